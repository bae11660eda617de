/// Vital Product Data capability (ID 0x03), PCI Local Bus 3.0 §6.4 / Appendix I, decoded from
/// `VitalProductDataLayout`: VPD address 14:0 and completion flag 15 at +2, data at +4.
public enum VitalProductDataDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Vital Product Data")
        b.addTable(VitalProductDataLayout.registers)
        b.capability.notes.append("Not readable here: VPD contents are read through the capability (a dump does not hold them)")
        return b.result
    }
}
