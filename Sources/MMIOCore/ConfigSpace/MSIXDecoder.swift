/// MSI-X capability (ID 0x11), PCI Local Bus 3.0 §6.8.2: Message Control at +2 (table size
/// N-1 in bits 10:0, function mask bit 14, enable bit 15), Table and PBA offset/BIR at +4, +8.
public enum MSIXDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "MSI-X")
        guard let ctl = config.value(at: base + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        cap.headline = [
            F.flag("Enable", ctl, bit: 15),
            F.number("Count", ctl, low: 0, count: 11, decode: { $0 + 1 }) { "Count=\($0)" },
            F.flag("Masked", ctl, bit: 14),
        ]
        for (name, offset) in [("Vector table", base + 4), ("PBA", base + 8)] {
            if let r = config.register(name, at: offset, width: 4, { r in [[
                F.number("BAR", r, low: 0, count: 3) { "BAR=\($0)" },
                F.number("offset", r, low: 3, count: 29, decode: { $0 << 3 }) { "offset=" + hex($0, 8) },
            ]] }) {
                cap.registers.append(r)
            }
        }
        return cap
    }
}
