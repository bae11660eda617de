/// Enhanced Allocation capability (ID 0x14), PCI Local Bus ECN "Enhanced Allocation" §6.9:
/// number of entries at +2 (5:0); for type 1 headers the fixed secondary and subordinate bus
/// numbers at +4; then entries, each a header dword (entry size 2:0 in dwords after the
/// header, BAR equivalent indicator 7:4, primary properties 15:8, secondary properties 23:16,
/// writable 30, enable 31), base (bit 1: 64-bit), max offset (bit 1: 64-bit), and upper halves.
public enum EnhancedAllocationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Enhanced Allocation (EA)")
        guard let count = b.value(2, 1).map({ Int($0 & 0x3f) }) else { return b.result }
        b.capability.headline = [F.derived("NumEntries", raw: UInt64(count), value: .number(UInt64(count)), text: "NumEntries=\(count)")]
        var rel = 4
        if context.config.headerType == 1 {
            b.add("Fixed Buses", 4, 4) { r in [[
                F.number("Secondary", r, low: 0, count: 8) { "Secondary=" + hex($0, 2) },
                F.number("Subordinate", r, low: 8, count: 8) { "Subordinate=" + hex($0, 2) },
            ]] }
            rel = 8
        }
        for n in 0..<count {
            guard let header = b.value(rel, 4) else { b.add("Entry \(n)", rel, 4) { _ in [] }; break }
            let size = Int(header & 7)
            b.add("Entry \(n)", rel, 4) { r in [[
                F.flag("Enable", r, bit: 31), F.flag("Writable", r, bit: 30),
                F.number("EntrySize", r, low: 0, count: 3) { "EntrySize=\($0)" },
                F.number("BEI", r, low: 4, count: 4) { "BEI=\($0)" },
                F.number("PrimaryProperties", r, low: 8, count: 8) { "PrimaryProperties=" + hex($0, 2) },
                F.number("SecondaryProperties", r, low: 16, count: 8) { "SecondaryProperties=" + hex($0, 2) },
            ]] }
            if size >= 2, let baseLow = b.value(rel + 4, 4), let maxLow = b.value(rel + 8, 4) {
                var base = baseLow & ~3, maxOffset = maxLow | 3
                var extra = 12
                if baseLow & 2 != 0, size >= 3, let hi = b.value(rel + extra, 4) { base |= hi << 32; extra += 4 }
                if maxLow & 2 != 0, size >= 3 + (baseLow & 2 != 0 ? 1 : 0), let hi = b.value(rel + extra, 4) { maxOffset |= hi << 32 }
                b.add("Entry \(n) range", rel + 4, 4) { _ in [[
                    F.derived("Base", raw: base, value: .number(base), text: "Base: " + hex(base, 8)),
                    F.derived("MaxOffset", raw: maxOffset, value: .number(maxOffset), text: "MaxOffset: " + hex(maxOffset, 8)),
                ]] }
            }
            rel += 4 + 4 * size
        }
        return b.result
    }
}
