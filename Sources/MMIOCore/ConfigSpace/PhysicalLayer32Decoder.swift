/// Physical Layer 32.0 GT/s extended capability (ID 0x002a), PCIe Base 6.0 §7.7.6, decoded
/// from `PhysicalLayer32Layout`.
public enum PhysicalLayer32Decoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Physical Layer 32.0 GT/s")
        b.addTable(PhysicalLayer32Layout.registers(in: context.config))
        return b.result
    }
}
