/// PCI-X capability (ID 0x07), PCI-X 2.0 §7.2, decoded from `PCIXLayout`: a device's command
/// and status, or a bridge's secondary and bridge status (type 1 header).
public enum PCIXDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let header = context.config.header
        var b = CapabilityBuilder(entry, context, space: .standard, name: "PCI-X")
        b.capability.title = header == .pciBridge ? "PCI-X bridge device" : "PCI-X non-bridge device"
        b.addTable(PCIXLayout.registers(header: header))
        return b.result
    }
}
