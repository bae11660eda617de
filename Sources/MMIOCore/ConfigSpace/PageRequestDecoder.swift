/// Page Request Interface extended capability (ID 0x0013), PCIe Base 6.0 §10.5.2, decoded
/// from `PageRequestLayout`.
public enum PageRequestDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Page Request Interface (PRI)")
        b.addTable(PageRequestLayout.registers)
        return b.result
    }
}
