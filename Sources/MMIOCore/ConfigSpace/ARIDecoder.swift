/// Alternative Routing-ID Interpretation extended capability (ID 0x000e), PCIe Base 6.0
/// §7.8.8: ARI Capability at +4 (MFVC, ACS, Next Function Number 15:8), ARI Control at +6
/// (MFVC, ACS, Function Group 6:4).
public enum ARIDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Alternative Routing-ID Interpretation (ARI)")
        b.add("ARICap", 4, 2) { r in [[
            F.flag("MFVC", r, bit: 0), F.flag("ACS", r, bit: 1).printed(F.flag("ACS", r, bit: 1).text + ","),
            F.number("NextFunction", r, low: 8, count: 8) { "Next Function: \($0)" },
        ]] }
        b.add("ARICtl", 6, 2) { r in [[
            F.flag("MFVC", r, bit: 0), F.flag("ACS", r, bit: 1).printed(F.flag("ACS", r, bit: 1).text + ","),
            F.number("FunctionGroup", r, low: 4, count: 3) { "Function Group: \($0)" },
        ]] }
        return b.result
    }
}
