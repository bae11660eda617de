/// L1 PM Substates extended capability (ID 0x001e), PCIe Base 6.0 §7.8.3, decoded from
/// `L1PMSubstatesLayout`: capabilities +4, control 1 +8, control 2 +0xc.
public enum L1PMSubstatesDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "L1 PM Substates")
        b.addTable(L1PMSubstatesLayout.registers)
        return b.result
    }
}
