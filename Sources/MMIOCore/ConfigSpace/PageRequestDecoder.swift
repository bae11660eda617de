/// Page Request Interface extended capability (ID 0x0013), PCIe Base 6.0 §10.5.2: control +4
/// (enable 0, reset 1), status +6 (response failure 0, unexpected response 1, stopped 8,
/// PRG response PASID required 15), outstanding request capacity +8, allocation +0xc.
public enum PageRequestDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Page Request Interface (PRI)")
        b.add("PRICtl", 4, 2) { r in [[F.flag("Enable", r, bit: 0), F.flag("Reset", r, bit: 1)]] }
        b.add("PRISta", 6, 2) { r in [[
            F.flag("RF", r, bit: 0), F.flag("UPRGI", r, bit: 1), F.flag("Stopped", r, bit: 8), F.flag("PASID", r, bit: 15),
        ]] }
        b.add("Page Request Capacity", 8, 4) { r in [[F.number("Capacity", r, low: 0, count: 32) { hex($0, 8) + "," }]] }
        b.add("Page Request Allocation", 0xc, 4) { r in [[F.number("Allocation", r, low: 0, count: 32) { hex($0, 8) }]] }
        return b.result
    }
}
