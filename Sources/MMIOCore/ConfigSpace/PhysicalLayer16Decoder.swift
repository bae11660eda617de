/// Physical Layer 16.0 GT/s extended capability (ID 0x0026), PCIe Base 6.0 §7.7.5, decoded
/// from `PhysicalLayer16Layout`.
public enum PhysicalLayer16Decoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Physical Layer 16.0 GT/s")
        b.addTable(PhysicalLayer16Layout.registers(in: context.config))
        return b.result
    }
}
