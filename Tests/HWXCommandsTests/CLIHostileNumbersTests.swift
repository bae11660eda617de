import Foundation
import Testing

/// A capture with hostile numbers: a `resource` line covering all 2^64 addresses, iomem and
/// ioports regions of 2^64 and 2^64 - 1 bytes. Every verb shows them as invalid with the
/// reason (text and JSON) and exits normally; none traps.
@Suite struct CLIHostileNumbersTests {
    static let reason = "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)"

    static func hostileRoot() throws -> String {
        let root = try HWXProcess.copyFixture("q35")
        let edu = root + "/sys/devices/pci0000:00/0000:00:02.0/resource"
        var lines = try String(contentsOfFile: edu, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[0] = "0x0 0xffffffffffffffff 0x40200"
        try lines.joined(separator: "\n").write(toFile: edu, atomically: false, encoding: .utf8)
        let iomem = try String(contentsOfFile: root + "/proc/iomem", encoding: .utf8)
        try ("0000000000000000-ffffffffffffffff : everything\n0000000000000000-fffffffffffffffe : almost\n" + iomem)
            .write(toFile: root + "/proc/iomem", atomically: false, encoding: .utf8)
        let ioports = try String(contentsOfFile: root + "/proc/ioports", encoding: .utf8)
        try ("0000-ffffffffffffffff : all ports\n" + ioports).write(toFile: root + "/proc/ioports", atomically: false, encoding: .utf8)
        return root
    }

    @Test func listingsMarkTheRegionsInvalid() throws {
        let root = try Self.hostileRoot()
        let text = try HWXProcess.run(["list", "iomem", "--root", root])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("00000000-ffffffffffffffff invalid  everything  [invalid: \(Self.reason)]\n"), "\(text.stdout)")
        #expect(text.stdout.contains("00000000-fffffffffffffffe 16777216.0T  almost\n"), "\(text.stdout)")
        let flat = try HWXProcess.run(["list", "ioports", "--root", root])
        #expect(flat.status == 0)
        #expect(flat.stdout.contains("all ports  [invalid: \(Self.reason)]"), "\(flat.stdout)")
        let json = try HWXProcess.run(["list", "iomem", "--json", "--root", root])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let first = (object?["regions"] as? [[String: Any]])?.first
        #expect(first?["invalid"] as? String == Self.reason)
        #expect(first?["size"] is NSNull)
    }

    @Test func invalidBARInListShowAndRead() throws {
        let root = try Self.hostileRoot()
        let json = try HWXProcess.run(["list", "pci", "--json", "--root", root])
        #expect(json.status == 0, "\(json.stderr)")
        let functions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let edu = functions?.first { $0["address"] as? String == "0000:00:02.0" }
        let bar0 = (edu?["bars"] as? [[String: Any]])?.first
        #expect(bar0?["invalid"] as? String == Self.reason)
        #expect(bar0?["size"] is NSNull)
        let show = try HWXProcess.run(["show", "00:02.0", "--root", root])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Region 0: Memory at fea00000 (32-bit, non-prefetchable) [invalid: \(Self.reason)]"), "\(show.stdout)")
        let showJSON = try HWXProcess.run(["show", "00:02.0", "--json", "--root", root])
        #expect(showJSON.status == 0)
        #expect(showJSON.stdout.contains("\"invalid\""))
        let read = try HWXProcess.run(["read", "00:02.0/bar0", "--root", root])
        #expect(read.status == 1)
        #expect(read.stderr.contains("00:02.0 BAR0 is invalid: \(Self.reason)"), "\(read.stderr)")
    }

    @Test func physicalWindowsPastTheTopAreRefused() throws {
        let root = try Self.hostileRoot()
        let dump = try HWXProcess.run(["dump", "phys:0xfffffffffffffff0", "--length", "0x100", "--root", root])
        #expect(dump.status == 1)
        #expect(dump.stderr.contains("passes the end of the 64-bit address space"), "\(dump.stderr)")
        let read = try HWXProcess.run(["read", "phys:0xfffffffffffffff8", "--width", "64", "--root", root])
        #expect(read.status == 1)                        // no /dev/mem in the capture, and no trap
        #expect(!read.stderr.contains("Fatal"))
    }
}
