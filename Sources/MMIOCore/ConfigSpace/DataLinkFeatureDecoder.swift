/// Data Link Feature extended capability (ID 0x0025), PCIe Base 6.0 §7.7.4, decoded from
/// `DataLinkFeatureLayout`.
public enum DataLinkFeatureDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Data Link Feature")
        b.addTable(DataLinkFeatureLayout.registers)
        return b.result
    }
}
