/// MSI-X capability (ID 0x11), PCI Local Bus 3.0 §6.8.2: Message Control at +2 (table size
/// N-1 in bits 10:0, function mask bit 14, enable bit 15), Table and PBA offset/BIR at +4, +8.
/// Every register, and how lspci prints it, is `MSILayout.msiX`; Message Control's fields
/// are the title line.
public enum MSIXDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "MSI-X")
        let table = ConfigTableContext(config: config, base: base, layouts: MSILayout.msiX)
        guard let control = ConfigTableDecoder.register(MSILayout.msiXControl, in: table) else {
            cap.notes.append("<truncated>")
            return cap
        }
        cap.headline = control.fields
        cap.registers = MSILayout.msiX.dropFirst().compactMap { ConfigTableDecoder.register($0, in: table) }
        return cap
    }
}
