/// Conventional PCI Advanced Features capability (ID 0x13), PCI AF ECN: capabilities at +3
/// (transactions pending 0, FLR 1), control at +4 (initiate FLR 0), status at +5 (TP 0).
public enum AdvancedFeaturesDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "PCI Advanced Features")
        b.add("AFCap", 3, 1) { r in [[F.flag("TP", r, bit: 0), F.flag("FLR", r, bit: 1)]] }
        b.add("AFCtrl", 4, 1) { r in [[F.flag("FLR", r, bit: 0)]] }
        b.add("AFStatus", 5, 1) { r in [[F.flag("TP", r, bit: 0)]] }
        return b.result
    }
}
