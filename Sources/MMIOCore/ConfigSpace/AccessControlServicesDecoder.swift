/// Access Control Services extended capability (ID 0x000d), PCIe Base 6.0 §7.7.8, decoded
/// from `AccessControlServicesLayout`: ACS Capability at +4, ACS Control at +6.
public enum AccessControlServicesDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Access Control Services")
        b.addTable(AccessControlServicesLayout.registers)
        return b.result
    }
}
