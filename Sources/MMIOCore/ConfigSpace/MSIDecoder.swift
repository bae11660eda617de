/// MSI capability (ID 0x05), PCI Local Bus 3.0 §6.8.1: Message Control at +2 (enable,
/// multiple message capable/enable, 64-bit, per-vector masking), then address, data and,
/// with per-vector masking, mask and pending bits. Every register, and how lspci prints it,
/// is `MSILayout.msi(control:)`; Message Control's fields are the title line.
public enum MSIDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "MSI")
        let layouts = MSILayout.msi(control: config.value(at: base + 2, width: 2))
        let table = ConfigTableContext(config: config, base: base, layouts: layouts)
        guard let control = ConfigTableDecoder.register(MSILayout.control, in: table) else {
            cap.notes.append("<truncated>")
            return cap
        }
        cap.headline = control.fields
        cap.registers = layouts.dropFirst().compactMap { ConfigTableDecoder.register($0, in: table) }
        return cap
    }
}
