import Testing
import MMIOCore

/// `PCIAddress(parsing:)`: the sysfs and lspci spellings, and what is not an address.
@Suite struct PCIAddressTests {
    @Test func acceptsSysfsAndLspciSpellings() {
        #expect(PCIAddress(parsing: "0000:00:03.0") == PCIAddress(bus: 0, device: 3, function: 0))
        #expect(PCIAddress(parsing: "00:1f.7") == PCIAddress(bus: 0, device: 0x1f, function: 7))
        #expect(PCIAddress(parsing: "10000:FF:1F.3") == PCIAddress(domain: 0x10000, bus: 0xff, device: 0x1f, function: 3))
        #expect(PCIAddress(parsing: "1:2.3") == PCIAddress(bus: 1, device: 2, function: 3))
        #expect(PCIAddress(parsing: "ffffffff:00:00.0")?.domain == 0xffff_ffff)
    }

    @Test(arguments: ["", "00:03", "00:03.", "00.03.0", ":00:03.0", "00::03.0", "0:0:0:0.0", "000:03.0", "00:020.0",
                      "00:20.0", "00:03.8", "00:03.00", "00:03.0x", "00:03.0 ", "+0:03.0", "123456789:00:00.0",
                      "pci0000:00", "0000:00:03.0/config", "g0:00.0", "00:1f.-1"])
    func rejects(_ text: String) {
        #expect(PCIAddress(parsing: text) == nil, "\(text)")
    }

    @Test func roundTripsItsSpellings() {
        let a = PCIAddress(domain: 0x2a, bus: 0x3b, device: 0x1c, function: 5)
        #expect(PCIAddress(parsing: a.description) == a && a.description == "002a:3b:1c.5")
        #expect(PCIAddress(parsing: a.short) == PCIAddress(bus: 0x3b, device: 0x1c, function: 5))
    }
}
