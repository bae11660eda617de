/// Process Address Space ID extended capability (ID 0x001b), PCIe Base 6.0 §7.8.9: capability
/// +4 (execute 1, privileged 2, max PASID width 12:8), control +6 (enable 0, execute 1, privileged 2).
public enum PASIDDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Process Address Space ID (PASID)")
        b.add("PASIDCap", 4, 2) { r in [[
            F.flag("Exec", r, bit: 1), F.flag("Priv", r, bit: 2).printed(F.flag("Priv", r, bit: 2).text + ","),
            F.number("MaxPASIDWidth", r, low: 8, count: 5) { "Max PASID Width: " + hex($0, 2) },
        ]] }
        b.add("PASIDCtl", 6, 2) { r in [[F.flag("Enable", r, bit: 0), F.flag("Exec", r, bit: 1), F.flag("Priv", r, bit: 2)]] }
        return b.result
    }
}
