/// Address Translation Services extended capability (ID 0x000f), PCIe Base 6.0 §10.5.1,
/// decoded from `ATSLayout`: ATS Capability at +4, ATS Control at +6.
public enum ATSDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Address Translation Service (ATS)")
        b.addTable(ATSLayout.registers)
        return b.result
    }
}
