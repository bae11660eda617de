/// Physical Layer 16.0 GT/s extended capability (ID 0x0026), PCIe Base 6.0 §7.7.5: capabilities
/// +4, control +8, status +0xc (equalization complete 0, phases 1-3 in bits 1-3, link
/// equalization request 4), local data parity mismatch +0x10, first/second retimer +0x14/+0x18.
public enum PhysicalLayer16Decoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Physical Layer 16.0 GT/s")
        b.add("Phy16Cap", 4, 4) { r in [[F.number("Capabilities", r, low: 0, count: 32) { hex($0, 8) }]] }
        b.add("Phy16Ctl", 8, 4) { r in [[F.number("Control", r, low: 0, count: 32) { hex($0, 8) }]] }
        b.add("Phy16Sta", 0xc, 4) { r in [[
            F.flag("EquComplete", r, bit: 0), F.flag("EquPhase1", r, bit: 1), F.flag("EquPhase2", r, bit: 2),
            F.flag("EquPhase3", r, bit: 3), F.flag("LinkEquRequest", r, bit: 4),
        ]] }
        b.add("Phy16LocalParity", 0x10, 4) { r in [[F.number("LocalDataParityMismatch", r, low: 0, count: 32) { hex($0, 8) }]] }
        b.add("Phy16Retimer1Parity", 0x14, 4) { r in [[F.number("FirstRetimerParityMismatch", r, low: 0, count: 32) { hex($0, 8) }]] }
        b.add("Phy16Retimer2Parity", 0x18, 4) { r in [[F.number("SecondRetimerParityMismatch", r, low: 0, count: 32) { hex($0, 8) }]] }
        return b.result
    }
}
