import Foundation
import Testing

/// Every number on the command line is read with the one number syntax (0x hex, decimal,
/// 0b binary; leading zeros and bare hex refused), and hostile counts are usage errors.
@Suite struct CLINumberTests {
    let root = ["--root", HWXProcess.fixtures + "/q35"]

    @Test func optionsTakeTheSameSyntaxAsTargets() throws {
        let hex = try HWXProcess.run(["read", "00:02.0/bar0+0x0", "--count", "0x2", "--width", "0x20"] + root)
        #expect(hex.status == 0, "\(hex.stderr)")
        #expect(hex.stdout.split(separator: "\n").count == 2)
        let binary = try HWXProcess.run(["read", "00:02.0/bar0+0b100", "--count", "0b1", "--width", "0b100000"] + root)
        #expect(binary.stdout.hasPrefix("00:02.0/bar0+0x04  phys 0xfea00004  32-bit"), "\(binary.stderr)")
        let dump = try HWXProcess.run(["dump", "00:03.0/config", "--length", "0x10"] + root)
        #expect(dump.status == 0)
        #expect(dump.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        (["read", "00:02.0/bar0", "--count", "010"], "--count: '010' is not a number: a leading zero is ambiguous"),
        (["read", "00:02.0/bar0", "--count", "0"], "--count must be at least 1 (got 0)"),
        (["read", "00:02.0/bar0", "--count=-1"], "--count: '-1' is not a number"),
        (["read", "00:02.0/bar0", "--width", "0x21"], "--width must be 8, 16, 32 or 64"),
        (["read", "00:02.0/bar0", "--width", "ff"], "--width: 'ff' is not a number: hex needs the 0x prefix"),
        (["dump", "00:02.0/bar0", "--length", "1k"], "--length: '1k' is not a number"),
        (["dump", "00:02.0/bar0", "--length", "0"], "--length must be at least 1"),
        (["write", "00:02.0/bar0+4", "cafe", "--dry-run"], "value: 'cafe' is not a number: hex needs the 0x prefix: write 0xcafe"),
        (["write", "00:02.0/bar0+4", "0x1", "--mask", "0xfg", "--dry-run"], "--mask: '0xfg' is not a number"),
        (["watch", "00:02.0/bar0", "--interval", "0x"], "--interval: '0x' is not a number"),
        (["watch", "00:02.0/bar0", "--count", "0"], "--count must be at least 1"),
        (["read", "00:08.0/config++4"], "'++4' has more than one '+'"),
        (["read", "00:02.0/bar00"], "'bar00' is not config, bar0..bar5 or rom"),
    ])
    func refusedAsUsageErrors(_ arguments: [String], _ message: String) throws {
        let result = try HWXProcess.run(arguments + root)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// 2^61 words of 8 bytes span 2^64 bytes: refused before anything is opened, no trap.
    @Test func countBeyondTheAddressSpaceIsAUsageError() throws {
        for count in ["2305843009213693952", "18446744073709551615"] {
            let result = try HWXProcess.run(["read", "00:02.0/bar0", "--count", count, "--width", "64"] + root)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("reach past the end of the 64-bit address space"), "\(result.stderr)")
        }
        let phys = try HWXProcess.run(["read", "phys:0xfffffffffffffffc", "--count", "2"] + root)
        #expect(phys.status == 2)
        #expect(phys.stderr.contains("reach past the end of the 64-bit address space"), "\(phys.stderr)")
        let port = try HWXProcess.run(["read", "port:0xfffe", "--count", "2", "--width", "16"] + root)
        #expect(port.status == 2)
        #expect(port.stderr.contains("reach past the end"), "\(port.stderr)")
    }

    /// `DEV/rom` reads sysfs `rom` (here a file in a copied capture) and is never written.
    @Test func romTargetReadsTheRomFile() throws {
        let copy = try HWXProcess.copyFixture("q35")
        let vga = copy + "/sys/devices/pci0000:00/0000:00:01.0"
        var image = [UInt8](repeating: 0, count: 0x20000)
        image[0] = 0x55; image[1] = 0xaa; image[2] = 0x40
        try Data(image).write(to: URL(fileURLWithPath: vga + "/rom"))
        let read = try HWXProcess.run(["read", "00:01.0/rom", "--width", "16", "--count", "2", "--root", copy])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "00:01.0/rom+0x00  phys 0x000c0000  16-bit  0xaa55\n00:01.0/rom+0x02  phys 0x000c0002  16-bit  0x0040\n")
        let write = try HWXProcess.run(["write", "00:01.0/rom+0x0", "0x0", "--yes", "--root", copy, "--journal", copy + "/../j"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"), "\(write.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: vga + "/rom")).prefix(2) == Data([0x55, 0xaa]))
        let none = try HWXProcess.run(["read", "00:03.0/rom", "--root", copy])
        #expect(none.status == 1)
        #expect(none.stderr.contains("has no expansion ROM"), "\(none.stderr)")
    }
}
