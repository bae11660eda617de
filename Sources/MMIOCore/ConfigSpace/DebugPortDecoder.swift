/// Debug port capability (ID 0x0a), EHCI 1.0 Appendix C: at +2, the offset of the debug
/// port registers (12:0) inside BAR number 15:13.
public enum DebugPortDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Debug port")
        if let r = b.add("Debug port", 2, 2, { r in [[
            F.number("BAR", r, low: 13, count: 3) { "BAR=\($0)" },
            F.number("offset", r, low: 0, count: 13) { "offset=" + hex($0, 4) },
        ]] }) { b.capability.headline = r.fields }
        return b.result
    }
}
