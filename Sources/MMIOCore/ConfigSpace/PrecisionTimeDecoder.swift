/// Precision Time Measurement extended capability (ID 0x001f), PCIe Base 6.0 §7.9.15, decoded
/// from `PrecisionTimeLayout`.
public enum PrecisionTimeDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Precision Time Measurement")
        b.addTable(PrecisionTimeLayout.registers)
        return b.result
    }
}
