/// Virtual Channel (IDs 0x0002 and 0x0009) and Multi-Function Virtual Channel (ID 0x0008)
/// extended capabilities, PCIe Base 6.0 §7.9.1/§7.9.2, decoded from `VirtualChannelLayout`.
public enum VirtualChannelDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let name = ExtendedCapabilityID(rawValue: entry.id) == .multiFunctionVirtualChannel ? "Multi-Function Virtual Channel" : "Virtual Channel"
        var b = CapabilityBuilder(entry, context, space: .extended, name: name)
        b.addTable(VirtualChannelLayout.registers(base: entry.offset, in: context.config))
        return b.result
    }
}
