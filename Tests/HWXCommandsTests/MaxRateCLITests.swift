import Foundation
import Testing

/// `hwx watch --interval 0` and a streamed `hwx dump` on plain files (never hardware).
@Suite struct MaxRateCLITests {
    func file(_ bytes: [UInt8]) throws -> (String, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-maxrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("regs.bin").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return (path, dir)
    }

    @Test func watchAtMaxRatePrintsTheInitialValueAndTheRateAchieved() throws {
        let (path, dir) = try file((0..<4096).map { UInt8(truncatingIfNeeded: $0) })
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try HWXProcess.run(["watch", "file:\(path)+0x40", "--interval", "0", "--count", "100000"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "           0 ns  file:\(path)+0x40  0x43424140")
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("# file:\(path)+0x40: 100000 samples in "), "\(summary)")
        #expect(summary.contains(" samples/s, 0 changes, 0 dropped"), "\(summary)")
        #expect(lines.count == 2, "a static word has no change lines")
        let json = try HWXProcess.run(["watch", "file:\(path)+0x40", "--interval", "0", "--count", "10", "--json"])
        #expect(json.stdout.contains(#""event":"summary""#) && json.stdout.contains(#""samples":10,"#))
        let csv = try HWXProcess.run(["watch", "file:\(path)+0x40", "--interval", "0", "--csv"])
        #expect(csv.status == 2 && csv.stderr.contains("not --csv"))
    }

    @Test func dumpStreamsBlocksAndEndsWithAPartialLine() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let (path, dir) = try file(bytes)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try HWXProcess.run(["dump", "file:\(path)", "--length", "200000"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 12_500, "one line per 16 bytes, across several 64 KiB blocks")
        // line 4096 starts the second block at 0x10000
        let line = String(lines[4096])
        let words = (0..<4).map { w in (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[0x10000 + 4 * w + $1]) << (8 * UInt32($1)) } }
        #expect(line.hasPrefix("10000: " + words.map { String(format: "%08x", $0) }.joined(separator: " ") + "  |"), "\(line)")
        #expect(lines.last?.hasPrefix("30d30: ") == true)
    }
}
