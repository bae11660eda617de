import Foundation
import Testing

/// The hwx binary links no full Foundation: importing `Foundation` (or FoundationXML,
/// FoundationNetworking, FoundationInternationalization) anywhere in Sources/ brings ICU and
/// its 34 MB data table into the static binary, tripling its size (README "Install").
/// FoundationEssentials, Glibc and MMIOCore's helpers (PathName, CFormat,
/// trimmingWhitespace, equalsIgnoringCase) cover what hwx needs.
@Suite struct FoundationImportTests {
    static let sources: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Sources"
    }()

    /// `import Foundation`, `@preconcurrency import FoundationXML`, `import struct Foundation.Date` ...
    static func importsICUFoundation(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).drop { $0.hasPrefix("@") || $0 == "public" || $0 == "internal" || $0 == "private" || $0 == "package" }
        guard words.first == "import", let module = words.dropFirst().last?.split(separator: ".").first else { return false }
        return ["Foundation", "FoundationXML", "FoundationNetworking", "FoundationInternationalization"].contains(String(module))
    }

    @Test func recognisesTheImportForms() {
        #expect(Self.importsICUFoundation("import Foundation"))
        #expect(Self.importsICUFoundation("@preconcurrency import FoundationXML"))
        #expect(Self.importsICUFoundation("import struct Foundation.Date"))
        #expect(!Self.importsICUFoundation("import FoundationEssentials"))
        #expect(!Self.importsICUFoundation("// import Foundation is what we avoid"))
    }

    @Test func noSourceFileImportsFoundation() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.sources)?.allObjects as? [String])
        #expect(files.contains { $0.hasSuffix("RegisterMapParser.swift") })
        var offenders: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: Self.sources + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where Self.importsICUFoundation(line) {
                offenders.append("Sources/\(file):\(n + 1): \(line)")
            }
        }
        #expect(offenders.isEmpty, "these import Foundation, which links ICU (34 MB) into the static binary; use FoundationEssentials or Glibc:\n\(offenders.joined(separator: "\n"))")
    }
}
