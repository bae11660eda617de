/// Secondary PCI Express extended capability (ID 0x0019), PCIe Base 6.0 §7.7.3: Link Control 3
/// at +4 (perform equalization 0, link equalization request interrupt enable 1, enable lower
/// SKP OS generation vector 15:9), Lane Error Status at +8 (one bit per lane).
public enum SecondaryPCIeDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Secondary PCI Express")
        b.add("LnkCtl3", 4, 4) { r in [[
            F.flag("LnkEquIntrruptEn", r, bit: 1), F.flag("PerformEqu", r, bit: 0),
            F.number("LowerSKPOSGenVector", r, low: 9, count: 7) { _ in "" },
        ]] }
        b.add("LaneErrStat", 8, 4) { r in [[F.number("Lanes", r, low: 0, count: 32) { $0 == 0 ? "0" : hex($0, 8) }]] }
        return b.result
    }
}
