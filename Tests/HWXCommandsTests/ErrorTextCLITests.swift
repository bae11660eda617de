import Foundation
import Testing

/// Issue 9's small error texts: `hwx --root DIR journal` reads the journal (the journal is
/// not a machine's), and the snapshot's info file names a command that works when pasted.
@Suite struct ErrorTextCLITests {
    static let mixed = HWXProcess.fixtures + "/journals/mixed.jsonl"

    @Test func journalTakesTheGlobalOptionsAndReadsTheSameJournal() throws {
        let plain = try HWXProcess.run(["journal", "--journal", Self.mixed])
        #expect(plain.status == 0)
        for args in [["--root", HWXProcess.fixtures + "/q35", "journal"], ["--from-dump", "/nonexistent.lspci", "journal"],
                     ["journal", "--root", HWXProcess.fixtures + "/q35"]] {
            let r = try HWXProcess.run(args + ["--journal", Self.mixed])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout == plain.stdout)
        }
        #expect(try HWXProcess.run(["journal", "--help"]).stdout.contains("--root and the other global options are accepted"))
    }

    @Test func snapshotInfoNamesAPasteableCommand() throws {
        let base = try HWXProcess.copyFixture("q35")
        let snap = PathName(base).parent + "/it's a snap"
        let r = try HWXProcess.run(["snapshot", snap, "--root", base])
        #expect(r.status == 0, "\(r.stderr)")
        let info = try String(contentsOfFile: snap + "/hwx-snapshot.txt", encoding: .utf8)
        let first = try #require(info.split(separator: "\n").first)
        #expect(first == "# hwx snapshot: a machine root for `hwx --root '\(PathName(base).parent)/it'\\''s a snap'`")
        // Pasted into a shell, the command's words are hwx, --root and the directory.
        let command = String(first.split(separator: "`")[1])
        let shell = try HWXProcess.run(["-c", "set -- " + command + "; printf '%s\\n' \"$#\" \"$3\""], executable: "/bin/sh")
        #expect(shell.stdout == "3\n\(snap)\n")
        #expect(try HWXProcess.run(["list", "pci", "--root", snap, "--pci-ids", HWXProcess.fixtures + "/pci.ids.subset"]).status == 0)
    }
}

/// `dirname` on text, for the test's paths.
private struct PathName {
    let path: String
    init(_ path: String) { self.path = path }
    var parent: String { String(path[..<path.lastIndex(of: "/")!]) }
}
