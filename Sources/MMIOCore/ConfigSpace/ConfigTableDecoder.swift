/// Decodes registers from their `ConfigRegisterLayout` tables: each printed field's bits are
/// read from the register and rendered as its `ConfigPrintedField` says; fields the text
/// leaves out still appear (with empty text) so JSON and the TUI show every field with its
/// bits. No capability-specific code: the table is the decoder.
public enum ConfigTableDecoder {
    /// The register `layout` of the structure at `base` (0 for header registers), nil when
    /// the bytes were not read. `port` selects the fields lspci prints for that port type.
    public static func register(_ layout: ConfigRegisterLayout, base: Int, in config: ConfigSpace, port: ExpressPortType? = nil) -> ConfigRegister? {
        let at = base + layout.offset
        guard let raw = config.value(at: at, width: layout.width.bytes) else { return nil }
        var printedFields = Set<String>()
        var lines: [[ConfigField]] = layout.printed.map { line in
            var out: [ConfigField] = []
            var token: Int?
            for p in line {
                guard p.applies(to: port), let d = layout.field(named: p.field) else { continue }
                let f = field(d, raw: raw, printed: p)
                // An attached token joins the one before; its field stays, without text of its own.
                if p.attached, let t = token {
                    out[t] = out[t].printed(out[t].text + f.text)
                    if !printedFields.contains(d.name) { out.append(f.printed("")) }
                } else {
                    token = out.count
                    out.append(f)
                }
                printedFields.insert(d.name)
            }
            return out
        }
        let rest = layout.fields.filter { !printedFields.contains($0.name) && $0.access != .reserved && $0.access != .reservedZero }
            .map { d in field(d, raw: raw, printed: ConfigPrintedField(d.name, "", d.bits.lsb == d.bits.msb ? .flag : .decimal)).printed("") }
        if lines.isEmpty { lines = [rest] } else { lines[lines.count - 1] += rest }
        return ConfigRegister(name: layout.label, offset: at, width: layout.width.bytes, raw: raw, lines: lines,
                              printedName: layout.printedLabel)
    }

    /// Every register of `layouts` that was read, in table order.
    public static func registers(_ layouts: [ConfigRegisterLayout], base: Int, in config: ConfigSpace) -> [ConfigRegister] {
        layouts.compactMap { register($0, base: base, in: config) }
    }

    static func field(_ d: FieldDefinition, raw: UInt64, printed p: ConfigPrintedField) -> ConfigField {
        let count = d.bits.msb - d.bits.lsb + 1
        let bits = ConfigField.bits(raw, d.bits.lsb, count)
        return ConfigField(name: d.name, lowBit: d.bits.lsb, bitCount: count, raw: bits,
                           value: p.value(raw: bits, definition: d), text: p.text(raw: bits, definition: d))
    }
}
