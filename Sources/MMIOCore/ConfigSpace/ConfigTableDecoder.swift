/// Decodes registers from their `ConfigRegisterLayout` tables: each printed field's bits are
/// read from the register and rendered as its `ConfigPrintedField` says; fields the text
/// leaves out still appear (with empty text) so JSON and the TUI show every field with its
/// bits. No capability-specific code: the table is the decoder.
///
/// Alternatives: an entry with a condition (`ConfigPrintedField.when`) that holds decodes its
/// field, and later entries of the same field are then skipped; one whose condition fails
/// passes the field on to the next entry, or with `Otherwise.silent` decodes it there without
/// text. So a field's conditional entries come first and its unconditional one last
/// (`Speed 2.5GT/s (downgraded),` when LnkSta is below LnkCap, else `Speed 2.5GT/s,`).
/// Entries without a condition always print (a field may be shown twice). An attached entry
/// joins its text to the token before it. A field no entry decodes joins the register's
/// unprinted fields at the end of its last line.
public enum ConfigTableDecoder {
    /// The register `layout` of the structure at `base` (0 for header registers), nil when
    /// the bytes were not read. `port` selects the fields lspci prints for that port type;
    /// conditions may read only `layout` itself.
    public static func register(_ layout: ConfigRegisterLayout, base: Int, in config: ConfigSpace, port: ExpressPortType? = nil) -> ConfigRegister? {
        register(layout, in: ConfigTableContext(config: config, base: base, port: port, layouts: [layout]))
    }

    /// The register `layout` decoded in `context` (conditions read the context's registers).
    public static func register(_ layout: ConfigRegisterLayout, in context: ConfigTableContext) -> ConfigRegister? {
        let at = context.base + layout.offset
        guard let raw = context.config.value(at: at, width: layout.width.bytes) else { return nil }
        var decoded = Set<String>()
        // Fields an entry with a condition decoded: their later alternatives are skipped.
        var chosen = Set<String>()
        var lines: [[ConfigField]] = layout.printed.map { line in
            var out: [ConfigField] = []
            var token: Int?
            for p in line {
                let key = p.field.lowercased()
                guard p.applies(to: context.port) else { continue }
                if p.attached, let t = token {
                    // An attached token joins the one before; its field stays, without text of its own.
                    guard context.holds(p.condition), let f = field(p, of: layout, raw: raw) else { continue }
                    out[t] = out[t].printed(out[t].text + f.text)
                    if !decoded.contains(key) { out.append(f.printed("")) }
                    decoded.insert(key)
                    continue
                }
                guard !chosen.contains(key) else { continue }
                let shown = context.holds(p.condition)
                guard shown || p.otherwise == .silent, let f = field(p, of: layout, raw: raw) else { continue }
                decoded.insert(key)
                if p.condition != nil { chosen.insert(key) }
                if shown {
                    token = out.count
                    out.append(f)
                } else {
                    out.append(f.printed(""))
                }
            }
            return out
        }
        let rest = layout.fields.filter { !decoded.contains($0.name.lowercased()) && $0.access != .reserved && $0.access != .reservedZero }
            .map { d in field(d, raw: raw, printed: ConfigPrintedField(d.name, "", d.bits.lsb == d.bits.msb ? .flag : .decimal)).printed("") }
        if lines.isEmpty { lines = [rest] } else { lines[lines.count - 1] += rest }
        return ConfigRegister(name: layout.label, offset: at, width: layout.width.bytes, raw: raw, lines: lines,
                              printedName: layout.printedLabel, startsLine: layout.startsLine)
    }

    /// Every register of `layouts` that was read, in table order.
    public static func registers(_ layouts: [ConfigRegisterLayout], base: Int, in config: ConfigSpace) -> [ConfigRegister] {
        let context = ConfigTableContext(config: config, base: base, layouts: layouts)
        return layouts.compactMap { register($0, in: context) }
    }

    /// The field `p` decodes from the register's value `raw`; nil when the table names no such
    /// field (`ConfigTableContext.unresolvedReferences` finds those).
    static func field(_ p: ConfigPrintedField, of layout: ConfigRegisterLayout, raw: UInt64) -> ConfigField? {
        guard case .scaled(let s) = p.style else {
            return layout.field(named: p.field).map { field($0, raw: raw, printed: p) }
        }
        guard let v = layout.field(named: s.value), let sc = layout.field(named: s.scale) else { return nil }
        let (value, scale) = (bits(v, raw), bits(sc, raw))
        let amount = s.amount(value: value, scale: scale)
        let prefix = s.special(value: value, scale: scale)?.prefix ?? ""
        let text = prefix + s.text(amount: amount)
        let low = min(v.bits.lsb, sc.bits.lsb), high = max(v.bits.msb, sc.bits.msb)
        return ConfigField.derived(p.field, raw: ConfigField.bits(raw, low, high - low + 1),
                                   value: s.kind == .text ? .text(text) : s.decoded(amount: amount), text: p.label + text + p.suffix)
    }

    static func bits(_ d: FieldDefinition, _ raw: UInt64) -> UInt64 { ConfigField.bits(raw, d.bits.lsb, d.bits.msb - d.bits.lsb + 1) }

    static func field(_ d: FieldDefinition, raw: UInt64, printed p: ConfigPrintedField) -> ConfigField {
        let count = d.bits.msb - d.bits.lsb + 1
        let bits = ConfigField.bits(raw, d.bits.lsb, count)
        return ConfigField(name: d.name, lowBit: d.bits.lsb, bitCount: count, raw: bits,
                           value: p.value(raw: bits, definition: d), text: p.text(raw: bits, definition: d))
    }
}
