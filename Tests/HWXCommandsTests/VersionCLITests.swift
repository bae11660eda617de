import Testing
@testable import HWXCommands

/// `hwx --version` prints the one version constant (the .deb is named after this output).
@Suite struct VersionCLITests {
    @Test func versionIsPrintedAndExitsZero() throws {
        let r = try HWXProcess.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == HWXVersion.current + "\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func versionIsDebianVersionSyntax() {
        // deb-version(7) upstream part as scripts/package.sh uses it: starts with a digit, then digits and dots.
        let v = HWXVersion.current
        #expect(v.first?.isNumber == true)
        #expect(v.allSatisfy { $0.isNumber || $0 == "." })
    }
}
