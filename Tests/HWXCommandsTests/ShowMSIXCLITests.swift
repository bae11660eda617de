import Foundation
import Testing

/// `hwx show <device> --msix [--json]`: the MSI-X table read from the BAR of a copied capture.
@Suite struct ShowMSIXCLITests {
    func programmedCopy() throws -> String {
        let copy = try HWXProcess.copyFixture("q35")
        let bar = copy + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: bar))
        // entry 0: APIC address 0xfee00000, data 0x4021, unmasked; entry 1: masked; PBA bit 1
        try handle.seek(toOffset: 0x2000); handle.write(Data([0x00, 0x00, 0xe0, 0xfe, 0, 0, 0, 0, 0x21, 0x40, 0, 0, 0, 0, 0, 0]))
        try handle.seek(toOffset: 0x201c); handle.write(Data([0x01, 0, 0, 0]))
        try handle.seek(toOffset: 0x3000); handle.write(Data([0x02, 0, 0, 0]))
        try handle.close()
        return copy
    }

    @Test func textListsEveryEntryWithMaskAndPendingBits() throws {
        let copy = try programmedCopy()
        let r = try HWXProcess.run(["show", "00:03.0", "--msix", "--root", copy])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "00:03.0 MSI-X: 65 entries, enabled, table BAR0+0x2000, PBA BAR0+0x3000")
        #expect(lines[1] == "entry  address             data        control     mask    pending")
        #expect(lines[2] == "0      0x00000000fee00000  0x00004021  0x00000000  -       -")
        #expect(lines[3] == "1      0x0000000000000000  0x00000000  0x00000001  masked  pending")
        #expect(lines.count == 2 + 65)
    }

    @Test func jsonHasTheSameFacts() throws {
        let copy = try programmedCopy()
        let r = try HWXProcess.run(["show", "00:03.0", "--msix", "--json", "--root", copy])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 65)
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries[0]["address"] as? String == "0x00000000fee00000")
        #expect(entries[0]["data"] as? String == "0x00004021")
        #expect(entries[1]["masked"] as? Bool == true)
        #expect(entries[1]["pending"] as? Bool == true)
    }

    @Test func aFunctionWithoutMSIXSaysSo() throws {
        let r = try HWXProcess.run(["show", "00:02.0", "--msix", "--root", HWXProcess.fixtures + "/q35"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect((r.stdout + r.stderr).contains("00:02.0 has no MSI-X capability"))
    }
}
