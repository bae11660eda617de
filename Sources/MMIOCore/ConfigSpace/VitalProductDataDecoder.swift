/// Vital Product Data capability (ID 0x03), PCI Local Bus 3.0 §6.4 / Appendix I: VPD address
/// 14:0 and completion flag 15 at +2, data at +4.
public enum VitalProductDataDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Vital Product Data")
        b.add("VPD Address", 2, 2) { r in [[
            F.number("Address", r, low: 0, count: 15) { "Address=" + hex($0, 4) },
            F.flag("F", r, bit: 15),
        ]] }
        b.add("VPD Data", 4, 4) { r in [[F.number("Data", r, low: 0, count: 32) { hex($0, 8) }]] }
        b.capability.notes.append("Not readable here: VPD contents are read through the capability (a dump does not hold them)")
        return b.result
    }
}
