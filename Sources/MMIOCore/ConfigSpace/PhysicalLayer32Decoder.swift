/// Physical Layer 32.0 GT/s extended capability (ID 0x002a), PCIe Base 6.0 §7.7.6: capabilities
/// +4 (equalization bypass to highest rate 0, no equalization needed 1, modified TS usage modes
/// 8-10), control +8, status +0xc (equalization complete 0, phases 1-3, request 4, modified TS
/// received 5, received enhanced link behavior 7:6, transmitter precoding on 8, precode request 9,
/// no equalization needed received 10).
public enum PhysicalLayer32Decoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Physical Layer 32.0 GT/s")
        b.add("Phy32Cap", 4, 4) { r in [[
            F.flag("EqualizationBypassToHighestRate", r, bit: 0), F.flag("NoEqualizationNeeded", r, bit: 1),
            F.flag("ModTSMode0", r, bit: 8), F.flag("ModTSMode1", r, bit: 9), F.flag("ModTSMode2", r, bit: 10),
        ]] }
        b.add("Phy32Ctl", 8, 4) { r in [[
            F.flag("EqualizationBypassToHighestRateDisable", r, bit: 0), F.flag("NoEqualizationNeededDisable", r, bit: 1),
            F.number("ModTSUsageModeSelected", r, low: 8, count: 3) { "ModTSUsageModeSelected=\($0)" },
        ]] }
        b.add("Phy32Sta", 0xc, 4) { r in [[
            F.flag("EquComplete", r, bit: 0), F.flag("EquPhase1", r, bit: 1), F.flag("EquPhase2", r, bit: 2),
            F.flag("EquPhase3", r, bit: 3), F.flag("LinkEquRequest", r, bit: 4),
        ], [
            F.flag("ModTSRecv", r, bit: 5), F.number("RxEnhLinkBehavior", r, low: 6, count: 2) { "RxEnhLinkBehavior=\($0)" },
            F.flag("TxPrecodingOn", r, bit: 8), F.flag("TxPrecodeRequest", r, bit: 9), F.flag("NoEqualizationNeededRecv", r, bit: 10),
        ]] }
        return b.result
    }
}
