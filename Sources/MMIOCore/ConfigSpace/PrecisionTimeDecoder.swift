/// Precision Time Measurement extended capability (ID 0x001f), PCIe Base 6.0 §7.9.15:
/// capability +4 (requester 0, responder 1, root 2, ePTM 3, local clock granularity 15:8 ns),
/// control +8 (enable 0, root select 1, effective granularity 15:8 ns).
public enum PrecisionTimeDecoder: CapabilityDecoder {
    static func granularity(_ g: UInt64) -> String { g == 0 ? "Unimplemented" : g == 255 ? "Greater than 254ns" : "\(g)ns" }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Precision Time Measurement")
        b.add("PTMCap", 4, 4) { r in [[
            F.flag("Requester", r, bit: 0).printed("Requester:" + ((r & 1) == 1 ? "+" : "-")),
            F.flag("Responder", r, bit: 1).printed("Responder:" + ((r >> 1) & 1 == 1 ? "+" : "-")),
            F.flag("Root", r, bit: 2).printed("Root:" + ((r >> 2) & 1 == 1 ? "+" : "-")),
            F.flag("ePTM", r, bit: 3).printed(""),
        ]] }
        b.add("PTMClockGranularity", 4, 4) { r in [[F.choice("LocalClockGranularity", r, low: 8, count: 8, names: granularity) { $0 }]] }
        b.add("PTMControl", 8, 4) { r in [[
            F.flag("Enabled", r, bit: 0).printed("Enabled:" + ((r & 1) == 1 ? "+" : "-")),
            F.flag("RootSelected", r, bit: 1).printed("RootSelected:" + ((r >> 1) & 1 == 1 ? "+" : "-")),
        ]] }
        // lspci prints the Effective Granularity (PTM Control bits 15:8) on a line of its own.
        b.add("PTMEffectiveGranularity", 8, 4) { r in [[
            F.choice("EffectiveGranularity", r, low: 8, count: 8, names: { $0 == 0 ? "Unknown" : granularity($0) }) { $0 },
        ]] }
        return b.result
    }
}
