/// Multicast extended capability (ID 0x0012), PCIe Base 6.0 §7.9.11, decoded from
/// `MulticastLayout`.
public enum MulticastDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Multicast")
        b.addTable(MulticastLayout.registers)
        return b.result
    }
}
