/// Data Link Feature extended capability (ID 0x0025), PCIe Base 6.0 §7.7.4: capabilities +4
/// (local features 22:0, bit 0 Scaled Flow Control; exchange enable 31), status +8 (remote
/// features 22:0, remote valid 31).
public enum DataLinkFeatureDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Data Link Feature")
        b.add("DLFCap", 4, 4) { r in [[
            F.flag("ScaledFlowControl", r, bit: 0), F.number("LocalFeatures", r, low: 0, count: 23) { "Features=" + hex($0, 6) },
            F.flag("ExchangeEnable", r, bit: 31),
        ]] }
        b.add("DLFSta", 8, 4) { r in [[
            F.number("RemoteFeatures", r, low: 0, count: 23) { "Remote Features=" + hex($0, 6) },
            F.flag("RemoteValid", r, bit: 31),
        ]] }
        return b.result
    }
}
