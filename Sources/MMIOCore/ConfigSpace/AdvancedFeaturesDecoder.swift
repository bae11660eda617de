/// Conventional PCI Advanced Features capability (ID 0x13), PCI AF ECN, decoded from
/// `AdvancedFeaturesLayout`: capabilities at +3, control at +4, status at +5.
public enum AdvancedFeaturesDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "PCI Advanced Features")
        b.addTable(AdvancedFeaturesLayout.registers)
        return b.result
    }
}
