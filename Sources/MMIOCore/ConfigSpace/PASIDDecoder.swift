/// Process Address Space ID extended capability (ID 0x001b), PCIe Base 6.0 §7.8.9, decoded
/// from `PASIDLayout`.
public enum PASIDDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Process Address Space ID (PASID)")
        b.addTable(PASIDLayout.registers)
        return b.result
    }
}
