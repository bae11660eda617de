/// Root Complex Event Collector Endpoint Association extended capability (ID 0x0007), PCIe
/// Base 6.0 §7.9.10, decoded from `EventCollectorAssociationLayout`: the RCiEP bitmap at +4,
/// and from version 2 the associated bus numbers at +8.
public enum EventCollectorAssociationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Root Complex Event Collector Endpoint Association")
        b.addTable(EventCollectorAssociationLayout.registers(version: entry.version ?? 1))
        return b.result
    }
}
