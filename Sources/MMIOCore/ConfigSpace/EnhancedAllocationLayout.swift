/// The Enhanced Allocation capability (ID 0x14) as data, PCI Local Bus ECN "Enhanced
/// Allocation" (PCI 3.0 §6.9): the number of entries at +2 (5:0); for type 1 headers the fixed
/// secondary and subordinate bus numbers at +4; then the entries, each a header dword (entry
/// size 2:0 in dwords after the header, BAR equivalent indicator 7:4, primary properties 15:8,
/// secondary properties 23:16, writable 30, enable 31), base and max offset dwords (bit 1: a
/// 64-bit value whose upper dword follows, base's first), as far as the entry size reaches.
public enum EnhancedAllocationLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// lspci's words for the BAR Equivalent Indicator (EA ECN Table 6-x).
    static let indicators: [String] = (0..<16).map { v in
        switch v {
        case 0...5: "BAR \(v)"
        case 6: "resource behind function"
        case 7: "equivalent not indicated"
        case 8: "expansion ROM"
        case 9...14: "VF-BAR \(v - 9)"
        default: "reserved"
        }
    }

    /// The properties' words (EA ECN Table 6-y); an unassigned code as `reserved [08]`.
    static func properties(secondary: Bool) -> [String] {
        (0..<256).map { v in
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
            case 0xff: secondary ? "entry unavailable for use, PrimaryProperties should be used" : "entry unavailable for use"
            default: "reserved [" + hex(UInt64(v), 2) + "]"
            }
        }
    }

    public static let numEntries = ConfigRegisterLayout(label: "NumEntries", offset: 0x02, width: .bits16, fields: [
        T.bits("NumEntries", 5, 0, .readOnly, "Number of entries"), T.rsvdP(15, 6),
    ], spec: "PCI EA ECN §6.9.1", printed: [[P.decimal("NumEntries", "NumEntries=")]])

    public static let fixedBuses = ConfigRegisterLayout(label: "Fixed Buses", offset: 0x04, width: .bits32, fields: [
        T.bits("Secondary", 7, 0, .readOnly, "Fixed Secondary Bus Number"), T.bits("Subordinate", 15, 8, .readOnly, "Fixed Subordinate Bus Number"),
        T.rsvdP(31, 16),
    ], headerTypes: [.pciBridge], spec: "PCI EA ECN §6.9.1.1", printed: [[P.hex("Secondary", "Secondary=", 2), P.hex("Subordinate", "Subordinate=", 2)]])

    static let header = ConfigRegisterLayout(label: "Entry", offset: 0, width: .bits32, fields: [
        T.bits("EntrySize", 2, 0, .readOnly, "Entry Size (dwords after the header)"), T.rsvdP(3, 3),
        T.bits("BEI", 7, 4, .readOnly, "BAR Equivalent Indicator"), T.bits("PrimaryProperties", 15, 8, .readOnly),
        T.bits("SecondaryProperties", 23, 16, .readOnly), T.rsvdP(29, 24), T.bit("Writable", 30, .readOnly), T.bit("Enable", 31, .readWrite),
    ], spec: "PCI EA ECN §6.9.1.2", printed: [
        [P.flag("Enable"), P.flag("Writable"), P.decimal("EntrySize", "EntrySize=")],
        [P.words("BEI", "BAR Equivalent Indicator: ", indicators)],
        [P.words("PrimaryProperties", "PrimaryProperties: ", properties(secondary: false))],
        [P.words("SecondaryProperties", "SecondaryProperties: ", properties(secondary: true))],
    ])

    static let base = ConfigRegisterLayout(label: "Base", offset: 4, width: .bits32, fields: [
        T.rsvdP(0, 0), T.bit("64bit", 1, .readOnly, "Base is 64-bit"), T.bits("Base", 31, 2, .readOnly, "Base[31:2]"),
    ], spec: "PCI EA ECN §6.9.1.2")
    static let maxOffset = ConfigRegisterLayout(label: "MaxOffset", offset: 8, width: .bits32, fields: [
        T.rsvdP(0, 0), T.bit("64bit", 1, .readOnly, "MaxOffset is 64-bit"), T.bits("MaxOffset", 31, 2, .readOnly, "MaxOffset[31:2]"),
    ], spec: "PCI EA ECN §6.9.1.2")
    static let upper = ConfigRegisterLayout(label: "High", offset: 0, width: .bits32, fields: [
        T.bits("High", 31, 0, .readOnly, "Upper 32 bits"),
    ], spec: "PCI EA ECN §6.9.1.2")

    /// One entry's registers: `Entry n` (header), `Entry n Base`, `Entry n MaxOffset`, and the
    /// upper dwords the entry holds (`Entry n BaseHigh`, `Entry n MaxOffsetHigh`).
    public struct Entry: Sendable {
        public let header: ConfigRegisterLayout
        public let base: ConfigRegisterLayout?
        public let maxOffset: ConfigRegisterLayout?
        public let baseHigh: ConfigRegisterLayout?
        public let maxOffsetHigh: ConfigRegisterLayout?

        public var registers: [ConfigRegisterLayout] { [header] + [base, maxOffset, baseHigh, maxOffsetHigh].compactMap { $0 } }
    }

    /// The entries of the capability at `capability` in `config`, as far as they were read
    /// (an entry whose header is beyond the bytes read is the last, with only its header).
    public static func entries(capability: Int, in config: ConfigSpace) -> [Entry] {
        guard let count = config.value(at: capability + 2, width: 1).map({ Int($0 & 0x3f) }) else { return [] }
        var rel = config.header == .pciBridge ? 8 : 4
        var out: [Entry] = []
        for n in 0..<count {
            let name = "Entry \(n)"
            let head = header.moved(by: rel, label: name)
            guard let h = config.value(at: capability + rel, width: 4) else {
                out.append(Entry(header: head, base: nil, maxOffset: nil, baseHigh: nil, maxOffsetHigh: nil))
                break
            }
            let size = Int(h & 7)
            let lo = size >= 2 ? config.value(at: capability + rel + 4, width: 4) : nil
            let maxLo = size >= 2 ? config.value(at: capability + rel + 8, width: 4) : nil
            let base64 = (lo ?? 0) & 2 != 0 && size >= 3
            let max64 = (maxLo ?? 0) & 2 != 0 && size >= 3 + (base64 ? 1 : 0)
            out.append(Entry(header: head,
                             base: size >= 2 ? base.moved(by: rel, label: name + " Base") : nil,
                             maxOffset: size >= 2 ? maxOffset.moved(by: rel, label: name + " MaxOffset") : nil,
                             baseHigh: base64 ? upper.moved(by: rel + 12, label: name + " BaseHigh") : nil,
                             maxOffsetHigh: max64 ? upper.moved(by: rel + (base64 ? 16 : 12), label: name + " MaxOffsetHigh") : nil))
            rel += 4 + 4 * size
        }
        return out
    }

    /// Every register of the capability at `base`, for named targets.
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        [numEntries] + (config.header == .pciBridge ? [fixedBuses] : []) + entries(capability: base, in: config).flatMap(\.registers)
    }
}
