/// Virtual Channel (IDs 0x0002 and 0x0009) and Multi-Function Virtual Channel (ID 0x0008)
/// extended capabilities, PCIe Base 6.0 §7.9.1/§7.9.2: port VC capability 1 at +4 (extended VC
/// count 2:0, low priority extended VC count 6:4, reference clock 9:8, port arbitration table
/// entry size 11:10), capability 2 at +8 (VC arbitration capability 7:0, table offset 31:24),
/// port VC control +0xc, port VC status +0xe, then one 12-byte resource block per VC from +0x10
/// (capability, control with TC/VC map 7:0, VC ID 26:24 and enable 31, status with
/// negotiation pending bit 1).
public enum VirtualChannelDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        let name = entry.id == 0x08 ? "Multi-Function Virtual Channel" : "Virtual Channel"
        var b = CapabilityBuilder(entry, context, space: .extended, name: name)
        let extended = b.value(4, 4).map { Int($0 & 7) } ?? 0
        b.add("Caps", 4, 4) { r in [[
            F.number("LPEVC", r, low: 4, count: 3) { "LPEVC=\($0)" },
            F.number("RefClk", r, low: 8, count: 2) { $0 == 0 ? "RefClk=100ns" : "RefClk=reserved(\($0))" },
            F.number("PATEntryBits", r, low: 10, count: 2, decode: { 1 << $0 }) { "PATEntryBits=\($0)" },
            F.number("ExtendedVCCount", r, low: 0, count: 3) { _ in "" },
        ]] }
        b.add("Arb", 8, 4) { r in [[
            F.flag("Fixed", r, bit: 0), F.flag("WRR32", r, bit: 1), F.flag("WRR64", r, bit: 2), F.flag("WRR128", r, bit: 3),
            F.number("TableOffset", r, low: 24, count: 8) { _ in "" },
        ]] }
        b.add("Ctrl", 0xc, 2) { r in [[
            F.flag("ArbSelect", r, bit: 1).printed("ArbSelect=" + ["Fixed", "WRR32", "WRR64", "WRR128"][Int((r >> 1) & 3)]),
            F.flag("LoadTable", r, bit: 0).printed(""),
        ]] }
        b.add("Status", 0xe, 2) { r in [[F.flag("InProgress", r, bit: 0)]] }
        for vc in 0...extended {
            let rel = 0x10 + 12 * vc
            b.add("VC\(vc) Caps", rel, 4) { r in [[
                F.number("PATOffset", r, low: 24, count: 8) { "PATOffset=" + hex($0, 2) },
                F.number("MaxTimeSlots", r, low: 16, count: 7, decode: { $0 + 1 }) { "MaxTimeSlots=\($0)" },
                F.flag("RejSnoopTrans", r, bit: 15),
            ], [
                // Port arbitration capability, bits 5:0 of the VC resource capability.
                F.flag("Fixed", r, bit: 0).printed("Arb: " + F.flag("Fixed", r, bit: 0).text),
                F.flag("WRR32", r, bit: 1), F.flag("WRR64", r, bit: 2), F.flag("WRR128", r, bit: 3),
                F.flag("TWRR128", r, bit: 4), F.flag("WRR256", r, bit: 5),
            ]] }
            b.add("VC\(vc) Ctrl", rel + 4, 4) { r in [[
                F.flag("Enable", r, bit: 31),
                F.number("ID", r, low: 24, count: 3) { "ID=\($0)" },
                F.number("ArbSelect", r, low: 17, count: 3) { "ArbSelect=\($0)" },
                F.number("TC/VC", r, low: 0, count: 8) { "TC/VC=" + hex($0, 2) },
            ]] }
            b.add("VC\(vc) Status", rel + 10, 2) { r in [[F.flag("NegoPending", r, bit: 1), F.flag("InProgress", r, bit: 0)]] }
        }
        return b.result
    }
}
