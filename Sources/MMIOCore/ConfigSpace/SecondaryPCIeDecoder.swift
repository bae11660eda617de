/// Secondary PCI Express extended capability (ID 0x0019), PCIe Base 6.0 §7.7.3, decoded from
/// `SecondaryPCIeLayout`.
public enum SecondaryPCIeDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Secondary PCI Express")
        b.addTable(SecondaryPCIeLayout.registers(in: context.config))
        return b.result
    }
}
