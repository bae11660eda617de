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
        if context.config.header == .pciBridge {
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
            ], [
                F.number("BEI", r, low: 4, count: 4) { "BAR Equivalent Indicator: " + indicator($0) },
            ], [
                F.number("PrimaryProperties", r, low: 8, count: 8) { "PrimaryProperties: " + property($0) },
            ], [
                F.number("SecondaryProperties", r, low: 16, count: 8) { "SecondaryProperties: " + property($0) },
            ]] }
            if size >= 2, let baseLow = b.value(rel + 4, 4), let maxLow = b.value(rel + 8, 4) {
                var base = baseLow & ~3, maxOffset = maxLow | 3
                var extra = 12
                if baseLow & 2 != 0, size >= 3, let hi = b.value(rel + extra, 4) { base |= hi << 32; extra += 4 }
                if maxLow & 2 != 0, size >= 3 + (baseLow & 2 != 0 ? 1 : 0), let hi = b.value(rel + extra, 4) { maxOffset |= hi << 32 }
                b.add("Entry \(n) range", rel + 4, 4) { _ in [[
                    F.derived("Base", raw: base, value: .number(base), text: "Base: " + hex(base, 8)),
                ], [
                    F.derived("MaxOffset", raw: maxOffset, value: .number(maxOffset), text: "MaxOffset: " + hex(maxOffset, 8)),
                ]] }
            }
            rel += 4 + 4 * size
        }
        // lspci prints Base and MaxOffset under the entry without a label of their own.
        b.capability.registers = b.capability.registers.map {
            $0.name.hasSuffix(" range") ? ConfigRegister(name: $0.name, offset: $0.offset, width: $0.width, raw: $0.raw, lines: $0.lines, printedName: "") : $0
        }
        return b.result
    }

    /// BAR Equivalent Indicator values (EA ECN Table 6-x).
    static func indicator(_ v: UInt64) -> String {
        switch v {
        case 0...5: "BAR \(v)"
        case 6: "resource behind function"
        case 7: "equivalent not indicated"
        case 8: "expansion ROM"
        case 9...14: "VF-BAR \(v - 9)"
        default: "reserved"
        }
    }

    /// Primary/secondary properties (EA ECN Table 6-y).
    static func property(_ v: UInt64) -> String {
        switch v {
        case 0x00: "memory space, non-prefetchable"
        case 0x01: "memory space, prefetchable"
        case 0x02: "I/O space"
        case 0x03: "VF memory space, prefetchable"
        case 0x04: "VF memory space, non-prefetchable"
        case 0x05: "allocation behind bridge, non-prefetchable memory"
        case 0x06: "allocation behind bridge, prefetchable memory"
        case 0x07: "allocation behind bridge, I/O space"
        case 0xfd: "memory space resource unavailable for use"
        case 0xfe: "I/O space resource unavailable for use"
        case 0xff: "entry unavailable for use"
        default: "reserved (" + hex(v, 2) + ")"
        }
    }
}
