/// Multicast extended capability (ID 0x0012), PCIe Base 6.0 §7.9.11: capability +4 (MC_Max_Group
/// 5:0 is N-1, window size 13:8 as a power of two, ECRC regeneration 15), control +6
/// (MC_Num_Group 5:0 is N-1, enable 15), base address +8 (index position 5:0, base 63:12),
/// receive +0x10, block all +0x18, block untranslated +0x20, overlay BAR +0x28 (size 5:0).
public enum MulticastDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Multicast")
        b.add("McastCap", 4, 2) { r in [[
            F.number("MaxGroups", r, low: 0, count: 6, decode: { $0 + 1 }) { "MaxGroups \($0)," },
            F.number("WindowSize", r, low: 8, count: 6) { "WindowSz \($0) (\(UInt64(1) << $0) bytes)" },
            F.flag("ECRCRegen", r, bit: 15),
        ]] }
        b.add("McastCtl", 6, 2) { r in [[
            F.number("NumGroups", r, low: 0, count: 6, decode: { $0 + 1 }) { "NumGroups \($0)," },
            F.flag("Enable", r, bit: 15),
        ]] }
        b.add("McastBAR", 8, 8) { r in [[
            F.number("IndexPos", r, low: 0, count: 6) { "IndexPos \($0)," },
            F.number("BaseAddr", r, low: 12, count: 52, decode: { $0 << 12 }) { "BaseAddr " + hex($0, 16) },
        ]] }
        b.add("McastReceiveVec", 0x10, 8) { r in [[F.number("ReceiveVector", r, low: 0, count: 64) { hex($0, 16) }]] }
        b.add("McastBlockAllVec", 0x18, 8) { r in [[F.number("BlockAllVector", r, low: 0, count: 64) { hex($0, 16) }]] }
        b.add("McastBlockUntransVec", 0x20, 8) { r in [[F.number("BlockUntranslatedVector", r, low: 0, count: 64) { hex($0, 16) }]] }
        b.add("McastOverlayBAR", 0x28, 8) { r in [[
            F.number("OverlaySize", r, low: 0, count: 6) { $0 == 0 ? "OverlaySize disabled," : "OverlaySize \(UInt64(1) << $0)," },
            F.number("BaseAddr", r, low: 6, count: 58, decode: { $0 << 6 }) { "BaseAddr " + hex($0, 16) },
        ]] }
        return b.result
    }
}
