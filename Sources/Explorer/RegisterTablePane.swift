import MMIOCore
import TerminalUI

/// Draws a register table (`RegisterTable`): one row per register at its own width with
/// its value in hex, its fields indented below it (name, bits, value, value name,
/// access), and one row per stretch without registers. Changed register bytes and changed
/// fields are highlighted, fading with age. Values come only from `samples` (the shared
/// scheduler's last reads): drawing never touches hardware.
public struct RegisterTablePane {
    public let view: LiveView
    public let table: RegisterTable
    /// Latest sample per entry index.
    public let samples: [Int: WordSample]
    public let tick: Int
    public let fadeTicks: Int

    public init(view: LiveView, table: RegisterTable, samples: [Int: WordSample], tick: Int, fadeTicks: Int) {
        self.view = view
        self.table = table
        self.samples = samples
        self.tick = tick
        self.fadeTicks = fadeTicks
    }

    /// Column widths: offset, name, bits, value, value name; access/description follows.
    var nameWidth: Int {
        let longest = table.entries.map { max($0.register.name.count, ($0.fields.map(\.name.count).max() ?? 0) + 2) }.max() ?? 8
        return min(22, max(10, longest + 1))
    }
    static let bitsWidth = 8
    var valueWidth: Int { (table.entries.map { $0.register.width.hexDigits }.max() ?? 8) + 4 }
    /// Room for value names (`NOT_REPORTED`), none when no shown field has any.
    var meaningWidth: Int {
        let longest = table.entries.flatMap(\.fields).flatMap(\.values).map(\.name.count).max() ?? 0
        return longest == 0 ? 0 : min(16, longest + 2)
    }

    public func render<C: Canvas>(in inner: Rect, into canvas: inout C) {
        let x0 = inner.col + 1
        let header = "offset    " + Formatting.fit("register", nameWidth) + Formatting.fit("bits", Self.bitsWidth)
            + Formatting.fit("value", valueWidth) + (meaningWidth > 0 ? Formatting.fit("meaning", meaningWidth) : "") + "access / description"
        canvas.put(header, row: inner.row, col: x0, style: Style(.label, bold: true), clip: inner)
        let rows = max(0, inner.height - 2)
        for r in 0..<rows {
            let index = view.rowTop + r
            guard index < table.rows.count else { break }
            renderRow(index, y: inner.row + 1 + r, inner: inner, into: &canvas)
        }
        renderCursorLine(in: inner, into: &canvas)
    }

    private func renderRow<C: Canvas>(_ index: Int, y: Int, inner: Rect, into canvas: inout C) {
        let selected = index == view.row
        let x0 = inner.col + 1
        if selected { canvas.fill(Rect(row: y, col: inner.col, height: 1, width: inner.width), style: Style(.selection)) }
        func style(_ role: Role, bold: Bool = false) -> Style { selected ? Style(.selection, bold: bold) : Style(role, bold: bold) }
        switch table.rows[index] {
        case .gap(let start, let length):
            var x = canvas.put(hex(start, 8) + "  ", row: y, col: x0, style: style(.dim), clip: inner)
            x = canvas.put("… 0x\(hex(length, 1)) bytes without registers", row: y, col: x, style: style(.dim), clip: inner)
            canvas.put("  (Enter: hex view here)", row: y, col: x, style: style(.dim), clip: inner)
        case .register(let e):
            let entry = table.entries[e]
            let r = entry.register
            var x = canvas.put(hex(entry.offset, 8) + "  ", row: y, col: x0, style: style(.dim), clip: inner)
            x = canvas.put(Formatting.fit(r.name, nameWidth), row: y, col: x, style: style(.hardware, bold: true), clip: inner)
            x = canvas.put(Formatting.fit("\(r.width.bits)-bit", Self.bitsWidth), row: y, col: x, style: style(.dim), clip: inner)
            let valueEnd = x + valueWidth
            if let effect = r.readSideEffect {
                canvas.put(Formatting.fit(String(repeating: "~", count: r.width.hexDigits + 2), valueWidth), row: y, col: x, style: style(.warning), clip: inner)
                canvas.put("not polled: " + effect + " (! reads once)", row: y, col: valueEnd, style: style(.warning), clip: inner)
                return
            }
            x = canvas.put("0x", row: y, col: x, style: style(.dim), clip: inner)
            putValue(samples[e], entry: entry, selected: selected, row: y, col: x, clip: inner, into: &canvas)
            let text = samples[e]?.value.flatMap { r.decode($0).summary }.map { $0 + "  " } ?? ""
            canvas.put(text + (r.description ?? ""), row: y, col: valueEnd + meaningWidth, style: style(.dim), clip: inner)
        case .field(let e, let f):
            let entry = table.entries[e]
            let field = entry.fields[f]
            var x = canvas.put(String(repeating: " ", count: 10), row: y, col: x0, style: style(.normal), clip: inner)
            x = canvas.put(Formatting.fit("  " + field.name, nameWidth), row: y, col: x, style: style(.normal), clip: inner)
            x = canvas.put(Formatting.fit(field.bits.description, Self.bitsWidth), row: y, col: x, style: style(.dim), clip: inner)
            let sample = samples[e]
            var valueText = entry.register.hasReadSideEffect ? "~" : (sample?.error != nil ? "?" : "-")
            var meaning = ""
            if let v = sample?.value {
                let decoded = DecodedField(field: field, value: field.bits.extract(from: v))
                valueText = decoded.value < 10 ? "\(decoded.value)" : "0x" + hex(decoded.value, 1)
                meaning = decoded.valueName ?? (field.values.isEmpty ? "" : "?")
            }
            var valueStyle = style(.hardware)
            if !selected, let at = view.fieldChangedAt[RegisterTable.FieldKey(register: e, field: f)],
               let role = Role.changed(age: tick - at, fadeTicks: fadeTicks) {
                valueStyle = Style(role)
            }
            x = canvas.put(Formatting.fit(valueText, valueWidth), row: y, col: x, style: valueStyle, clip: inner)
            if meaningWidth > 0 { x = canvas.put(Formatting.fit(meaning, meaningWidth), row: y, col: x, style: valueStyle, clip: inner) }
            x = canvas.put(Formatting.fit(field.access.description, 6), row: y, col: x, style: style(field.access.isWritable ? .warning : .dim), clip: inner)
            if let d = field.description { canvas.put(d, row: y, col: x, style: style(.dim), clip: inner) }
        }
    }

    /// The register's hex digits at its width, each changed byte lane highlighted.
    private func putValue<C: Canvas>(_ sample: WordSample?, entry: RegisterTable.Entry, selected: Bool, row: Int, col: Int, clip: Rect, into canvas: inout C) {
        let w = entry.register.width
        guard let value = sample?.value else {
            let failed = sample?.error != nil
            canvas.put(String(repeating: failed ? "?" : "-", count: w.hexDigits), row: row, col: col,
                       style: selected ? Style(.selection) : Style(failed ? .error : .dim), clip: clip)
            return
        }
        var x = col
        for (i, ch) in hex(value, w.hexDigits).unicodeScalars.enumerated() {
            let lane = UInt64(w.bytes - 1 - i / 2)
            var style = selected ? Style(.selection) : Style(.hardware)
            if !selected, let at = view.byteChangedAt[entry.offset + lane], let role = Role.changed(age: tick - at, fadeTicks: fadeTicks) {
                style = Style(role)
            }
            x = canvas.put(String(ch), row: row, col: x, style: style, clip: clip)
        }
    }

    /// The last row: what the selected row is and what Enter does there.
    private func renderCursorLine<C: Canvas>(in inner: Rect, into canvas: inout C) {
        let y = inner.bottom - 1
        let x0 = inner.col + 1
        switch view.selectedRow {
        case .gap(let start, _)?:
            canvas.put("+0x" + hex(start, 4) + "  no register of the map here: Enter opens the hex view at this offset",
                       row: y, col: x0, style: Style(.dim), clip: inner)
        case .register(let e)?:
            let entry = table.entries[e]
            var x = canvas.put("+0x" + hex(entry.offset, 4) + " ", row: y, col: x0, style: Style(.label, bold: true), clip: inner)
            if let effect = entry.register.readSideEffect {
                canvas.put("not polled: \(entry.register.name): \(effect) (! reads it once)", row: y, col: x, style: Style(.warning), clip: inner)
                return
            }
            x = canvas.put(entry.register.name + " ", row: y, col: x, style: Style(.hardware, bold: true), clip: inner)
            let fields = samples[e]?.value.map { entry.register.decode($0).fieldsLine } ?? ""
            canvas.put(fields.isEmpty ? (entry.register.description ?? "") : fields, row: y, col: x, clip: inner)
        case .field(let e, let f)?:
            let entry = table.entries[e]
            let field = entry.fields[f]
            var x = canvas.put("\(entry.register.name).\(field.name) ", row: y, col: x0, style: Style(.hardware, bold: true), clip: inner)
            if field.access.isWritable {
                x = canvas.put("Enter edits · ", row: y, col: x, style: Style(.label), clip: inner)
            }
            let names = field.values.map { "\($0.value)=\($0.name)" }.joined(separator: " ")
            canvas.put([field.description ?? "", names].filter { !$0.isEmpty }.joined(separator: "  "), row: y, col: x, style: Style(.dim), clip: inner)
        case nil:
            break
        }
    }
}
