/// MSI capability (ID 0x05), PCI Local Bus 3.0 §6.8.1: Message Control at +2 (enable,
/// multiple message capable/enable, 64-bit, per-vector masking), then address, data and,
/// with per-vector masking, mask and pending bits.
public enum MSIDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "MSI")
        guard let ctl = config.value(at: base + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        let is64 = (ctl >> 7) & 1 == 1
        let maskable = (ctl >> 8) & 1 == 1
        let capable = UInt64(1) << F.bits(ctl, 1, 3)
        cap.headline = [
            F.flag("Enable", ctl, bit: 0),
            F.number("Count", ctl, low: 4, count: 3, decode: { 1 << $0 }) { "Count=\($0)/\(capable)" },
            F.number("MultipleMessageCapable", ctl, low: 1, count: 3, decode: { 1 << $0 }) { _ in "" },
            F.flag("Maskable", ctl, bit: 8),
            F.flag("64bit", ctl, bit: 7),
        ]
        let dataOffset = base + (is64 ? 0x0c : 0x08)
        if is64 {
            if let a = config.register("Address", at: base + 4, width: 8, { r in [[F.number("Address", r, low: 0, count: 64) { hex($0, 16) }]] }) {
                cap.registers.append(a)
            }
        } else if let a = config.register("Address", at: base + 4, width: 4, { r in [[F.number("Address", r, low: 0, count: 32) { hex($0, 8) }]] }) {
            cap.registers.append(a)
        }
        if let d = config.register("Data", at: dataOffset, width: 2, { r in [[F.number("Data", r, low: 0, count: 16) { hex($0, 4) }]] }) {
            cap.registers.append(d)
        }
        if maskable {
            let maskOffset = base + (is64 ? 0x10 : 0x0c)
            if let m = config.register("Masking", at: maskOffset, width: 4, { r in [[F.number("Masking", r, low: 0, count: 32) { hex($0, 8) }]] }) {
                cap.registers.append(m)
            }
            if let p = config.register("Pending", at: maskOffset + 4, width: 4, { r in [[F.number("Pending", r, low: 0, count: 32) { hex($0, 8) }]] }) {
                cap.registers.append(p)
            }
        }
        return cap
    }
}
