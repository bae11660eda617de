/// TPH Requester extended capability (ID 0x0017), PCIe Base 6.0 §7.9.13: capability +4 (no
/// ST mode 0, interrupt vector mode 1, device specific mode 2, extended TPH requester 8, ST
/// table location 10:9, ST table size 26:16 as N-1), control +8 (ST mode select 2:0, TPH
/// requester enable 9:8).
public enum TPHRequesterDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Transaction Processing Hints")
        b.add("TPHCap", 4, 4) { r in [[
            F.flag("NoST", r, bit: 0), F.flag("IntVec", r, bit: 1), F.flag("DevSpec", r, bit: 2), F.flag("ExtTPH", r, bit: 8),
            F.choice("STTableLocation", r, low: 9, count: 2, names: { ["none", "in TPH capability", "in MSI-X table", "reserved"][Int($0)] }) { "Steering table " + $0 },
            F.number("STTableSize", r, low: 16, count: 11, decode: { $0 + 1 }) { "size \($0)" },
        ]] }
        if let cap = b.value(4, 4) {
            // lspci's sentences for the modes and the steering table's place.
            if cap & 2 != 0 { b.capability.notes.append("Interrupt vector mode supported") }
            if cap & 4 != 0 { b.capability.notes.append("Device specific mode supported") }
            if cap & 0x100 != 0 { b.capability.notes.append("Extended requester support") }
            switch (cap >> 9) & 3 {
            case 0: b.capability.notes.append("No steering table available")
            case 1: b.capability.notes.append("Steering table in TPH capability structure")
            case 2: b.capability.notes.append("Steering table in MSI-X table")
            default: b.capability.notes.append("Reserved steering table location")
            }
        }
        b.add("TPHCtl", 8, 4) { r in [[
            F.number("STModeSelect", r, low: 0, count: 3) { "ST mode \($0)," },
            F.number("RequesterEnable", r, low: 8, count: 2) { "requester enable \($0)" },
        ]] }
        return b.result
    }
}
