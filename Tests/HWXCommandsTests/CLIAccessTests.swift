import Foundation
import Testing

/// `read`/`write`/`dump` on fixture BAR files and `file:` targets: round trips, refusals,
/// exit codes (0 ok, 1 failure, 2 usage) and the journal. Writes go to copies.
@Suite struct CLIAccessTests {
    @Test func readsIdentificationRegisters() throws {
        let root = ["--root", HWXProcess.fixtures + "/q35"]
        let edu = try HWXProcess.run(["read", "00:02.0/bar0+0x0"] + root)
        #expect(edu.stdout == "00:02.0/bar0+0x00  phys 0xfea00000  32-bit  0x010000ed\n")
        let cap = try HWXProcess.run(["read", "00:03.0/bar0", "--width", "64"] + root)
        #expect(cap.stdout == "00:03.0/bar0+0x00  phys 0xfeb50000  64-bit  0x004018200f0107ff\n")
        let config = try HWXProcess.run(["read", "0000:00:03.0/config+0x0", "--json"] + root)
        let json = try JSONSerialization.jsonObject(with: Data(config.stdout.utf8)) as? [[String: Any]]
        #expect(json?.first?["value"] as? String == "0x00101b36")
        #expect(json?.first?["width"] as? Int == 32)
    }

    @Test(arguments: [8, 16, 32, 64])
    func writeRoundTripsOnAFixtureBAR(_ width: Int) throws {
        let root = try HWXProcess.copyFixture("q35")
        let state = root + "/../state"
        let full: UInt64 = 0x1122_3344_5566_7788
        let mask: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
        let value = String(full & mask, radix: 16)
        let offset = "0x\(String(0x40 + width / 8 * 2, radix: 16))"
        let write = try HWXProcess.run(["write", "00:02.0/bar0+\(offset)", "0x\(value)", "--width", "\(width)", "--yes", "--root", root],
                                       environment: ["XDG_STATE_HOME": state])
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stdout.contains("read back 0x" + String(repeating: "0", count: width / 4 - value.count) + value))
        let read = try HWXProcess.run(["read", "00:02.0/bar0+\(offset)", "--width", "\(width)", "--root", root])
        #expect(read.stdout.hasSuffix(value + "\n"))
        let journal = try String(contentsOfFile: state + "/hwx/journal.jsonl", encoding: .utf8)
        #expect(journal.contains("\"width\":\(width)"))
        #expect(journal.contains("\"physical_address\":\"0xfea000"))
    }

    @Test func writeWithoutYesShowsPlanAndChangesNothing() throws {
        let root = try HWXProcess.copyFixture("q35")
        let bar = root + "/sys/devices/pci0000:00/0000:00:02.0/resource0"
        let before = try Data(contentsOf: URL(fileURLWithPath: bar))
        let result = try HWXProcess.run(["write", "00:02.0/bar0+4", "0x12345678", "--root", root],
                                        environment: ["XDG_STATE_HOME": root + "/../state"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("old       0x00000000\nnew       0x12345678"))
        #expect(result.stderr.contains("not written: add --yes"))
        let dry = try HWXProcess.run(["write", "00:02.0/bar0+4", "0x12345678", "--dry-run", "--yes", "--root", root])
        #expect(dry.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bar)) == before)
        #expect(!FileManager.default.fileExists(atPath: root + "/../state/hwx/journal.jsonl"))
    }

    @Test func maskedWriteIsReadModifyWrite() throws {
        let root = try HWXProcess.copyFixture("q35")
        _ = try HWXProcess.run(["write", "00:02.0/bar0+8", "0x11223344", "--yes", "--root", root, "--journal", root + "/../j"])
        let masked = try HWXProcess.run(["write", "00:02.0/bar0+8", "0xff00", "--mask", "0xff00", "--yes", "--root", root, "--journal", root + "/../j"])
        #expect(masked.stdout.contains("new       0x1122ff44  (mask 0x0000ff00)"))
        let read = try HWXProcess.run(["read", "00:02.0/bar0+8", "--root", root])
        #expect(read.stdout.hasSuffix("0x1122ff44\n"))
    }

    @Test func refusalsAndExitCodes() throws {
        let root = try HWXProcess.copyFixture("q35")
        let bar = root + "/sys/devices/pci0000:00/0000:00:02.0/resource0"
        let before = try Data(contentsOf: URL(fileURLWithPath: bar))
        let misaligned = try HWXProcess.run(["write", "00:02.0/bar0+2", "1", "--yes", "--root", root, "--journal", root + "/../j"])
        #expect(misaligned.status == 1)
        #expect(misaligned.stderr.contains("misaligned"))
        let outside = try HWXProcess.run(["read", "00:02.0/bar0+0x100000", "--root", root])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("outside 0000:00:02.0 BAR0") || outside.stderr.contains("outside 00:02.0 BAR0"))
        let syntax = try HWXProcess.run(["read", "bar0+4", "--root", root])
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains("<device>/barN+OFF"))
        let width = try HWXProcess.run(["read", "00:02.0/bar0", "--width", "12", "--root", root])
        #expect(width.status == 2)
        let unknownOption = try HWXProcess.run(["read", "00:02.0/bar0", "--bogus", "--root", root])
        #expect(unknownOption.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bar)) == before)
    }

    @Test func missingDeviceAndBARAreExplained() throws {
        let root = ["--root", HWXProcess.fixtures + "/q35"]
        let device = try HWXProcess.run(["read", "00:09.0/bar0"] + root)
        #expect(device.status == 1)
        #expect(device.stderr.contains("no PCI function 0000:00:09.0") && device.stderr.contains("hwx list pci"))
        let bar = try HWXProcess.run(["read", "00:02.0/bar3"] + root)
        #expect(bar.stderr.contains("has no BAR3") && bar.stderr.contains("bar0"))
        let nonroot = try HWXProcess.run(["read", "00:03.0/bar0", "--root", HWXProcess.fixtures + "/q35-nonroot"])
        #expect(nonroot.status == 1)
        #expect(nonroot.stderr.contains("no resource0 file"))
    }

    @Test func fileTargetsAndTruncation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("regs.bin").path
        _ = FileManager.default.createFile(atPath: path, contents: Data((0..<8192).map { UInt8(truncatingIfNeeded: $0) }))
        let dump = try HWXProcess.run(["dump", "file:\(path)+0x1000", "--length", "32", "--width", "8"])
        #expect(dump.stdout == """
        1000: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f  |................|
        1010: 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f  |................|

        """)
        let write = try HWXProcess.run(["write", "file:\(path)+0x10", "0x41424344", "--yes", "--journal", dir.path + "/j"])
        #expect(write.status == 0)
        let ascii = try HWXProcess.run(["dump", "file:\(path)+0x10", "--length", "16"])
        #expect(ascii.stdout == "0010: 41424344 17161514 1b1a1918 1f1e1d1c  |DCBA............|\n")
        // Reading on past the end stops at the last word with the range explained.
        let pastEnd = try HWXProcess.run(["read", "file:\(path)+0x1ffc", "--count", "2"])
        #expect(pastEnd.status == 1)
        #expect(pastEnd.stdout.hasSuffix("0xfffefdfc\n"))
        #expect(pastEnd.stderr.contains("outside file:\(path) (length 0x2000)"))
    }
}
