import Foundation
import Testing

/// Journal first at the CLI: a write whose intent cannot be made durable is refused (exit 1,
/// device file unchanged, journal unchanged, the fix names --journal); `hwx journal` reads
/// the journal back, golden, with intents lacking an outcome and corrupt lines marked.
/// Writes go to copies of the q35 fixture only.
@Suite(.serialized) struct JournalCLITests {
    static let mixed = HWXProcess.fixtures + "/journals/mixed.jsonl"

    func golden(_ name: String) throws -> String {
        try HWXProcess.golden(name)
    }

    @Test(arguments: [
        (["--count", "20"], "journal-mixed"),
        (["--count", "2"], "journal-mixed-count2"),
        (["--json"], "journal-mixed-json"),
    ])
    func journalMatchesGolden(_ extra: [String], _ name: String) throws {
        let r = try HWXProcess.run(["journal", "--journal", Self.mixed] + extra)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.replacingOccurrences(of: Self.mixed, with: "JOURNAL") == (try golden(name)))
    }

    @Test func missingJournalIsNoWritesAndUnreadableIsAnError() throws {
        let none = try HWXProcess.run(["journal", "--journal", "/nonexistent/hwx/journal.jsonl"])
        #expect(none.status == 0)
        #expect(none.stdout == "journal /nonexistent/hwx/journal.jsonl: no writes journaled (the file does not exist)\n")
        let dir = try HWXProcess.run(["journal", "--journal", HWXProcess.fixtures])
        #expect(dir.status == 1)
        #expect(dir.stderr.contains("read the journal \(HWXProcess.fixtures): it is a directory, not a regular file"))
        let zero = try HWXProcess.run(["journal", "--journal", Self.mixed, "--count", "0"])
        #expect(zero.status == 2)
    }

    /// A copy of q35, its edu BAR0 file, and a scratch directory beside it.
    struct Copy {
        let root: String
        var base: String { (root as NSString).deletingLastPathComponent }
        var bar0: String { root + "/sys/devices/pci0000:00/0000:00:02.0/resource0" }
        init() throws { root = try HWXProcess.copyFixture("q35") }
        func barBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: bar0)) }
        func write(_ journal: String, value: String = "0x12345678") throws -> HWXProcess.Result {
            try HWXProcess.run(["write", "00:02.0/bar0+4", value, "--yes", "--root", root, "--journal", journal])
        }
    }

    /// `why`: any of these names the cause (an errno from open, or the file's kind when
    /// the file-access layer looks before it opens).
    func expectRefused(_ r: HWXProcess.Result, _ why: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, sourceLocation: sourceLocation)
        #expect(r.stderr.contains("refused the write, the device is untouched: the journal cannot hold its intent"), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(why.contains { r.stderr.contains($0) }, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("fix: point --journal at a writable file"), sourceLocation: sourceLocation)
        #expect(r.stdout.contains("new       0x12345678"), "the plan is still shown", sourceLocation: sourceLocation)
        #expect(!r.stdout.contains("written   "), sourceLocation: sourceLocation)
    }

    @Test func unjournalableWritesAreRefusedAndTheDeviceIsUntouched() throws {
        let copy = try Copy()
        let before = try copy.barBytes()
        FileManager.default.createFile(atPath: copy.base + "/plain", contents: Data("x".utf8))
        try FileManager.default.createDirectory(atPath: copy.base + "/dir", withIntermediateDirectories: true)
        #expect(mkfifo(copy.base + "/fifo", 0o644) == 0)
        expectRefused(try copy.write("/dev/full"), "/dev/full: it is a character device, not a regular file", "/dev/full: it is a device", "/dev/full: it is a character device (1:7)")
        expectRefused(try copy.write(copy.base + "/plain/journal.jsonl"), "ENOTDIR")
        expectRefused(try copy.write(copy.base + "/plain/sub/journal.jsonl"), "ENOTDIR")
        expectRefused(try copy.write(copy.base + "/dir"), "EISDIR", "it is a directory")
        expectRefused(try copy.write(copy.base + "/fifo"), "ENXIO", "it is a FIFO")   // refused, never blocks
        let state = try HWXProcess.run(["write", "00:02.0/bar0+4", "1", "--yes", "--root", copy.root],
                                       environment: ["XDG_STATE_HOME": copy.base + "/plain"])
        #expect(state.status == 1 && state.stderr.contains("ENOTDIR") && state.stderr.contains("XDG_STATE_HOME"))
        #expect(try copy.barBytes() == before, "no refused write may touch the device")
        #expect(try String(contentsOfFile: copy.base + "/plain", encoding: .utf8) == "x")
    }

    /// `bash -c 'ulimit -f 1'` caps files at 1024 bytes (RLIMIT_FSIZE; SIGXFSZ ignored, so
    /// write(2) returns EFBIG), a real failed write on a regular file.
    func runLimited(_ copy: Copy, journal: String) throws -> HWXProcess.Result {
        let args = ["write", "00:02.0/bar0+4", "0x12345678", "--yes", "--root", copy.root, "--journal", journal]
        return try HWXProcess.run(["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", HWXProcess.executable] + args,
                                  executable: "/bin/bash")
    }

    @Test func aShortWriteIsTruncatedAwayAndRefused() throws {
        let copy = try Copy()
        let before = try copy.barBytes()
        let journal = copy.base + "/journal.jsonl"
        let prefix = Data(repeating: UInt8(ascii: "#"), count: 1000) + Data("\n".utf8)
        try prefix.write(to: URL(fileURLWithPath: journal))
        let r = try runLimited(copy, journal: journal)
        expectRefused(r, "write failed: EFBIG")   // EFBIG after a partial write
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == prefix, "the torn intent is truncated away")
        #expect(try copy.barBytes() == before)
    }

    @Test func aRefusedFirstIntentLeavesNoEmptyJournal() throws {
        let copy = try Copy()
        let before = try copy.barBytes()
        let journal = copy.base + "/new/journal.jsonl"
        // ulimit -f 0: not one byte fits (EFBIG), like a disk that is full.
        let args = ["write", "00:02.0/bar0+4", "0x12345678", "--yes", "--root", copy.root, "--journal", journal]
        let r = try HWXProcess.run(["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", HWXProcess.executable] + args,
                                   executable: "/bin/bash")
        expectRefused(r, "write failed: EFBIG")
        #expect(!FileManager.default.fileExists(atPath: journal), "the file made for the refused intent is removed")
        #expect(try copy.barBytes() == before)
        // A journal that was there stays, even an empty one.
        FileManager.default.createFile(atPath: journal, contents: Data())
        expectRefused(try HWXProcess.run(["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", HWXProcess.executable] + args,
                                         executable: "/bin/bash"), "write failed: EFBIG")
        #expect(FileManager.default.fileExists(atPath: journal))
    }

    @Test func outcomeThatCannotBeJournaledLeavesTheIntent() throws {
        let copy = try Copy()
        // Measure this write's two lines (same root, same target: same lengths), then leave
        // room for the intent but not the outcome.
        let probe = copy.base + "/probe.jsonl"
        #expect(try copy.write(probe).status == 0)
        let lines = try String(contentsOfFile: probe, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        _ = try copy.write(copy.base + "/undo.jsonl", value: "0")
        let journal = copy.base + "/journal.jsonl"
        let fill = 1024 - (lines[0].utf8.count + 1) - 10
        try (Data(repeating: UInt8(ascii: "\n"), count: fill)).write(to: URL(fileURLWithPath: journal))
        let r = try runLimited(copy, journal: journal)
        #expect(r.status == 1)
        #expect(r.stderr.contains("written, but the outcome could not be journaled"), "\(r.stderr)")
        #expect(r.stdout.contains("read back 0x12345678"))
        #expect(try copy.barBytes()[4..<8] == Data([0x78, 0x56, 0x34, 0x12]), "the write itself happened")
        let report = try HWXProcess.run(["journal", "--journal", journal])
        #expect(report.status == 0)
        #expect(report.stdout.contains("1 write, 1 without an outcome"), "\(report.stdout)")
        #expect(report.stdout.contains("00:02.0/bar0+0x04  0x00000000 -> 0x12345678  machine \(copy.root)"))
    }

    @Test func writeThenJournalShowsItNewestLast() throws {
        let copy = try Copy()
        let journal = copy.base + "/state/hwx/journal.jsonl"
        #expect(try copy.write(journal).status == 0)
        #expect(try copy.write(journal, value: "0xff").status == 0)
        let r = try HWXProcess.run(["journal", "--journal", journal, "--count", "1"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n")
        #expect(rows.first == "journal \(journal): 2 writes; the last 1:")
        #expect(rows.count == 2 && rows[1].contains("00:02.0/bar0+0x04  phys 0xfea00004  32-bit  0x12345678 -> 0x000000ff  read back 0x000000ff  [\(copy.root)]"))
    }

    /// Real file systems: a full tmpfs (ENOSPC) and a read-only one (EROFS), mounted in a
    /// private mount namespace (`unshare -m`, needs root as in CI), so nothing outside
    /// this test sees them.
    static let canMount: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        p.arguments = ["-m", "sh", "-c", "mount -t tmpfs -o size=4k none /mnt"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    @Test(.enabled(if: canMount, "needs unshare -m and mount (root)"))
    func fullAndReadOnlyFileSystemsRefuse() throws {
        let copy = try Copy()
        let before = try copy.barBytes()
        let mnt = copy.base + "/mnt"
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        let write = "\"$0\" write 00:02.0/bar0+4 0x12345678 --yes --root \(copy.root) --journal"
        let script = """
        mount -t tmpfs -o size=16k none \(mnt) && dd if=/dev/zero of=\(mnt)/fill bs=1k count=64 2>/dev/null
        \(write) \(mnt)/journal.jsonl; echo "full=$?" >&2; [ -e \(mnt)/journal.jsonl ]; echo "left=$?" >&2
        mount -o remount,ro \(mnt) && \(write) \(mnt)/hwx/journal.jsonl; echo "ro=$?" >&2
        """
        let r = try HWXProcess.run(["-m", "sh", "-c", script, HWXProcess.executable], executable: "/usr/bin/unshare")
        #expect(r.stderr.contains("full=1") && r.stderr.contains("ro=1"), "\(r.stderr)")
        #expect(r.stderr.contains("write failed: ENOSPC"))
        #expect(r.stderr.contains("left=1"), "no empty journal stays on the full disk")
        #expect(r.stderr.contains("create the directory \(mnt)/hwx failed: EROFS"))
        #expect(try copy.barBytes() == before)
    }
}
