import Foundation
import Testing

/// Offline means offline: a --root or --from-dump that cannot be read fails every verb
/// (exit 1) instead of falling back to this machine; --root '' and a directory with
/// neither proc/ nor sys/ are usage errors (exit 2). The test guard (Tests/LiveMachineGuard)
/// fails the run if any of these reached /sys or /proc.
@Suite struct OfflineCLITests {
    static let verbs: [[String]] = [
        ["list", "pci"], ["list", "iomem"], ["show", "00:00.0"], ["read", "00:00.0/config+0"],
        ["write", "00:00.0/config+0x40", "1", "--width", "8", "--yes"], ["dump", "00:00.0/config"],
        ["watch", "00:00.0/config+0", "--count", "1"], ["maps"],
    ]

    @Test(arguments: verbs) func unreadableRootOrDumpFailsEveryVerb(_ verb: [String]) throws {
        let missingRoot = try HWXProcess.run(verb + ["--root", "/nonexistent-hwx-root"])
        #expect(missingRoot.status == 1, "\(verb): \(missingRoot.stderr)")
        #expect(missingRoot.stderr.contains("/nonexistent-hwx-root"))
        let missingDump = try HWXProcess.run(verb + ["--from-dump", "/nonexistent-hwx-dump.txt"])
        #expect(missingDump.status == 1, "\(verb): \(missingDump.stderr)")
        let empty = try HWXProcess.run(verb + ["--root", ""])
        #expect(empty.status == 2, "\(verb): \(empty.stderr)")
        let notAMachine = try HWXProcess.run(verb + ["--root", HWXProcess.fixtures + "/dumps"])
        #expect(notAMachine.status == 2, "\(verb): \(notAMachine.stderr)")
    }

    @Test func theTUIRefusesAnUnreadableRootBeforeTheScreen() throws {
        let r = try HWXProcess.run(["--root", "/nonexistent-hwx-root"])
        #expect(r.status == 1 && r.stderr.contains("cannot read the machine root /nonexistent-hwx-root"))
    }

    @Test func aFileTargetReadsNothingOfTheMachine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-offline-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x78, 0x56, 0x34, 0x12]).write(to: URL(fileURLWithPath: dir + "/x"))
        // A guard log of this test's own: the live root is never named, so nothing lands there.
        let log = dir + "/guard.log"
        let r = try HWXProcess.run(["read", "file:\(dir)/x+0"], environment: ["HWX_LIVE_MACHINE_GUARD": log])
        #expect(r.status == 0 && r.stdout.contains("0x12345678"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: log), "no open of /sys or /proc")
        // The same guard trips when hwx is pointed at this machine: the proof it is armed.
        let live = try HWXProcess.run(["list", "iomem"], environment: ["HWX_LIVE_MACHINE_GUARD": log])
        #expect(live.status != 0)
        #expect((try? String(contentsOfFile: log, encoding: .utf8))?.contains("/proc") == true)
    }
}
