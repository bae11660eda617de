import Foundation
import MMIOCore

/// A private copy of a fixture machine for tests that change BAR files or write:
/// `cp -a` keeps the sysfs symlinks. Removed on deinit.
final class TempMachine {
    let directory: String
    let journalPath: String

    init(_ fixture: String = "q35") throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-explorer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        directory = base + "/" + fixture
        journalPath = base + "/state/hwx/journal.jsonl"
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = ["-a", Fixtures.directory + "/" + fixture, directory]
        try cp.run()
        cp.waitUntilExit()
    }

    deinit { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }

    var root: MachineRoot { MachineRoot(directory) }

    /// XDG_STATE_HOME for processes under test: the journal lands at `journalPath`.
    var stateHome: String { (directory as NSString).deletingLastPathComponent + "/state" }
    func machine() -> Machine { Machine.load(root: root, pciIDs: Fixtures.pciIDs) }

    /// The edu device's BAR0 file (00:02.0 resource0).
    var eduBAR0: String { directory + "/sys/devices/pci0000:00/0000:00:02.0/resource0" }

    /// Creates DIR/dev/mem (sparse, up to `size` bytes) and DIR/dev/port (64 KiB), as a
    /// capture lays them out, so `phys:` and `port:` targets open on the copy.
    func makeDevFiles(memSize: UInt64 = 0x1_0000_0000) throws {
        try FileManager.default.createDirectory(atPath: directory + "/dev", withIntermediateDirectories: true)
        for (name, size) in [("mem", memSize), ("port", UInt64(0x10000))] {
            _ = FileManager.default.createFile(atPath: directory + "/dev/" + name, contents: nil)
            let h = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/dev/" + name))
            try h.truncate(atOffset: size)
            try h.close()
        }
    }

    /// Overwrites bytes of a file in place, as another process (or the device) would.
    func patch(_ path: String, offset: UInt64, bytes: [UInt8]) throws {
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try h.seek(toOffset: offset)
        try h.write(contentsOf: Data(bytes))
        try h.close()
    }

    func read(_ path: String, offset: UInt64, count: Int) throws -> [UInt8] {
        let h = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        try h.seek(toOffset: offset)
        let d = try h.read(upToCount: count) ?? Data()
        try h.close()
        return Array(d)
    }
}
