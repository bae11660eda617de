/// Data Object Exchange extended capability (ID 0x002e), PCIe Base 6.0 §7.9.24, decoded
/// from `DataObjectExchangeLayout`.
public enum DataObjectExchangeDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Data Object Exchange")
        b.addTable(DataObjectExchangeLayout.registers(base: entry.offset, in: context.config))
        return b.result
    }
}
