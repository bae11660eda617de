/// Address Translation Services extended capability (ID 0x000f), PCIe Base 6.0 §10.5.1:
/// ATS Capability at +4 (invalidate queue depth 4:0, page aligned request 5, global
/// invalidate 6, relaxed ordering 7), ATS Control at +6 (smallest translation unit 4:0, enable 15).
public enum ATSDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Address Translation Service (ATS)")
        b.add("ATSCap", 4, 2) { r in [[
            F.number("InvalidateQueueDepth", r, low: 0, count: 5) { "Invalidate Queue Depth: " + hex($0, 2) },
            F.flag("PageAlignedRequest", r, bit: 5).printed("PageAlignedRequest" + ((r >> 5) & 1 == 1 ? "+" : "-")),
            F.flag("GlobalInvalidate", r, bit: 6), F.flag("RelaxedOrdering", r, bit: 7),
        ]] }
        b.add("ATSCtl", 6, 2) { r in [[
            F.flag("Enable", r, bit: 15).printed(((r >> 15) & 1 == 1 ? "Enable+" : "Enable-") + ","),
            F.number("SmallestTranslationUnit", r, low: 0, count: 5) { "Smallest Translation Unit: " + hex($0, 2) },
        ]] }
        return b.result
    }
}
