/// Alternative Routing-ID Interpretation extended capability (ID 0x000e), PCIe Base 6.0
/// §7.8.8, decoded from `ARILayout`: ARI Capability at +4, ARI Control at +6.
public enum ARIDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Alternative Routing-ID Interpretation (ARI)")
        b.addTable(ARILayout.registers)
        return b.result
    }
}
