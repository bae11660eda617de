import Testing
import MMIOCore

@Suite struct PCIAddressTests {
    @Test func parsesBothForms() {
        #expect(PCIAddress(parsing: "00:03.0") == PCIAddress(bus: 0, device: 3, function: 0))
        #expect(PCIAddress(parsing: "0001:02:1f.7")?.description == "0001:02:1f.7")
        #expect(PCIAddress(parsing: "00:20.0") == nil)
        #expect(PCIAddress(parsing: "00:03.8") == nil)
        #expect(PCIAddress(parsing: "pci0000:00") == nil)
    }
}
