import FixText
import MMIOCore
import TerminalUI

/// Draws a live view: the hex dump (offset, words at the access width, ASCII) or the
/// register table (offset, hex, binary with bit positions, name and fields). Bytes that
/// changed recently are highlighted, fading with age; the word under the cursor is
/// selected. Words not read yet show `--`, failed reads `??`.
public struct LiveViewPane {
    public let view: LiveView
    /// Latest samples by offset, from the shared scheduler.
    public let samples: [UInt64: WordSample]
    public let tick: Int
    public let fadeTicks: Int

    /// Samples of the register table's entries (by entry index), when the view shows one.
    public let tableSamples: [Int: WordSample]

    public init(view: LiveView, samples: [UInt64: WordSample], tick: Int, fadeTicks: Int, tableSamples: [Int: WordSample] = [:]) {
        self.view = view
        self.samples = samples
        self.tick = tick
        self.fadeTicks = fadeTicks
        self.tableSamples = tableSamples
    }

    /// Rows of data (hex mode) or words (register mode) that fit in `inner`, the area
    /// inside the border: one row goes to the column header, one to the cursor line, and
    /// `rulerLines` to the bit ruler of a mapped register view; 64-bit registers take two.
    public static func dataRows(inner: Rect, mode: LiveViewMode, width: AccessWidth, rulerLines: Int = 0) -> Int {
        let rows = max(0, inner.height - 2 - rulerLines)
        return mode == .registers && width == .bits64 ? rows / 2 : rows
    }

    public func render<C: Canvas>(in rect: Rect, into canvas: inout C) {
        let base = view.space?.physicalBase.map { "  phys 0x" + hex($0, 8) } ?? ""
        let title = view.space == nil ? view.title + "  not open"
            : view.title + base + "  " + Formatting.size(view.length) + "  " + (view.mode == .hex ? "hex" : "registers")
                + (view.showsTable ? "" : "  \(view.width)")
                + (view.labels.map { "  map " + $0.mapName } ?? "")
        canvas.drawBox(rect, title: title, titleStyle: Style(.header, bold: true))
        let inner = rect.inside
        if let error = view.openError {
            renderError(error, in: inner, into: &canvas)
            return
        }
        if view.showsTable, let table = view.table {
            RegisterTablePane(view: view, table: table, samples: tableSamples, tick: tick, fadeTicks: fadeTicks).render(in: inner, into: &canvas)
            return
        }
        switch view.mode {
        case .hex: renderHex(in: inner, into: &canvas)
        case .registers: renderRegisters(in: inner, into: &canvas)
        }
        renderCursorLine(in: inner, into: &canvas)
    }

    /// The last row: the word under the cursor in full: register name and every field
    /// when a map names it, else its value in decimal and the bits that are set.
    private func renderCursorLine<C: Canvas>(in inner: Rect, into canvas: inout C) {
        let y = inner.bottom - 1
        let w = view.width
        let off = view.cursor
        var x = canvas.put("+0x" + hex(off, 4) + " ", row: y, col: inner.col + 1, style: Style(.label, bold: true), clip: inner)
        if let effect = view.labels?.readSideEffect(at: off, width: w) {
            canvas.put("not polled: " + effect + " (. skips it; ! reads it once)", row: y, col: x, style: Style(.warning), clip: inner)
            return
        }
        let sample = samples[off]
        if let e = sample?.error {
            // The status line carries what failed; this line says what to do about it.
            canvas.put(e.fix.map { "fix: " + FixText.tui.words($0) } ?? e.summary, row: y, col: x, style: Style(.error), clip: inner)
            return
        }
        guard let value = sample?.value else { return }
        if let label = view.labels?.label(at: off, width: w, value: value) {
            x = canvas.put(label.name + " ", row: y, col: x, style: Style(.hardware, bold: true), clip: inner)
            canvas.put(label.fields, row: y, col: x, clip: inner)
            return
        }
        let bits = (0..<w.bits).reversed().filter { (value >> UInt64($0)) & 1 == 1 }
        let bitText = bits.isEmpty ? "no bits set" : "bits set: " + bits.map(String.init).joined(separator: " ")
        canvas.put("= \(value)  " + bitText, row: y, col: x, style: Style(.dim), clip: inner)
    }

    private func renderError<C: Canvas>(_ error: AccessError, in inner: Rect, into canvas: inout C) {
        var y = inner.row
        canvas.put("Cannot open this range:", row: y, col: inner.col + 1, style: Style(.error, bold: true), clip: inner); y += 1
        for line in wrap(error.summary, inner.width - 4) {
            canvas.put(line, row: y, col: inner.col + 3, style: Style(.error), clip: inner); y += 1
        }
        if let fix = error.fix {
            y += 1
            canvas.put("What to do:", row: y, col: inner.col + 1, style: Style(.label, bold: true), clip: inner); y += 1
            for line in wrap(FixText.tui.words(fix), inner.width - 4) {
                canvas.put(line, row: y, col: inner.col + 3, style: Style(.warning), clip: inner); y += 1
            }
        }
    }

    // MARK: hex

    private func renderHex<C: Canvas>(in inner: Rect, into canvas: inout C) {
        let w = view.width
        let perRow = 16 / w.bytes
        let cell = w.hexDigits + 1
        var header = "offset    "
        for i in 0..<perRow { header += Formatting.fit("+" + hex(UInt64(i * w.bytes), 1), cell) }
        header += " ascii"
        canvas.put(header, row: inner.row, col: inner.col + 1, style: Style(.label, bold: true), clip: inner)
        let rows = Self.dataRows(inner: inner, mode: .hex, width: w)
        for r in 0..<rows {
            let rowOffset = view.top + UInt64(r) * 16
            guard rowOffset < view.length else { break }
            let y = inner.row + 1 + r
            var x = canvas.put(hex(rowOffset, 8) + "  ", row: y, col: inner.col + 1, style: Style(.dim), clip: inner)
            var ascii = ""
            var asciiStyles: [Style] = []
            for i in 0..<perRow {
                let off = rowOffset + UInt64(i * w.bytes)
                guard off + UInt64(w.bytes) <= view.length else { break }
                let sample = samples[off]
                let selected = off == view.cursor
                x = putWord(sample, offset: off, selected: selected, row: y, col: x, clip: inner, into: &canvas)
                x = canvas.put(" ", row: y, col: x, clip: inner)
                for lane in 0..<w.bytes {
                    if let v = sample?.value {
                        let b = UInt8(truncatingIfNeeded: v >> UInt64(8 * lane))
                        ascii.unicodeScalars.append(b >= 0x20 && b < 0x7f ? Unicode.Scalar(b) : ".")
                    } else {
                        ascii += sample?.error != nil ? "?" : " "
                    }
                    asciiStyles.append(byteStyle(off + UInt64(lane), selected: false))
                }
            }
            x = canvas.put(" ", row: y, col: x, clip: inner)
            for (i, s) in ascii.unicodeScalars.enumerated() {
                canvas.put(String(s), row: y, col: x + i, style: asciiStyles[i], clip: inner)
            }
        }
    }

    /// Writes one word's hex digits, highlighting each changed byte lane.
    private func putWord<C: Canvas>(_ sample: WordSample?, offset: UInt64, selected: Bool, row: Int, col: Int, clip: Rect, into canvas: inout C) -> Int {
        let w = view.width
        if sample == nil, view.labels?.readSideEffect(at: offset, width: w) != nil {
            return canvas.put(String(repeating: "~", count: w.hexDigits), row: row, col: col, style: Style(selected ? .selection : .warning), clip: clip)
        }
        guard let value = sample?.value else {
            let text = String(repeating: sample?.error != nil ? "?" : "-", count: w.hexDigits)
            return canvas.put(text, row: row, col: col, style: Style(sample?.error != nil ? .error : (selected ? .selection : .dim)), clip: clip)
        }
        let digits = hex(value, w.hexDigits)
        var x = col
        for (i, ch) in digits.unicodeScalars.enumerated() {
            let lane = w.bytes - 1 - i / 2
            x = canvas.put(String(ch), row: row, col: x, style: byteStyle(offset + UInt64(lane), selected: selected), clip: clip)
        }
        return x
    }

    private func byteStyle(_ byteOffset: UInt64, selected: Bool) -> Style {
        if selected { return Style(.selection) }
        if let at = view.byteChangedAt[byteOffset], let role = Role.changed(age: tick - at, fadeTicks: fadeTicks) {
            return Style(role)
        }
        return Style(.hardware)
    }

    // MARK: registers

    private func renderRegisters<C: Canvas>(in inner: Rect, into canvas: inout C) {
        let w = view.width
        let bitsPerLine = min(32, w.bits)
        let hexWidth = w.hexDigits + 2
        var header = "offset    " + Formatting.fit("value", hexWidth + 2)
        var positions = ""
        for nibble in stride(from: w.bits - 1, through: w.bits - bitsPerLine + 3, by: -4) { positions += Formatting.fit(String(nibble), 5) }
        header += positions + " register"
        canvas.put(header, row: inner.row, col: inner.col + 1, style: Style(.label, bold: true), clip: inner)
        let words = Self.dataRows(inner: inner, mode: .registers, width: w, rulerLines: view.rulerLines)
        renderRuler(in: inner, binaryCol: inner.col + 1 + 10 + 2 + w.hexDigits + 2, into: &canvas)
        var y = inner.row + 1
        for r in 0..<words {
            let off = view.top + UInt64(r * w.bytes)
            guard off + UInt64(w.bytes) <= view.length, y < inner.bottom else { break }
            let sample = samples[off]
            let selected = off == view.cursor
            var x = canvas.put(hex(off, 8) + "  ", row: y, col: inner.col + 1, style: Style(selected ? .selection : .dim), clip: inner)
            x = canvas.put("0x", row: y, col: x, style: Style(.dim), clip: inner)
            x = putWord(sample, offset: off, selected: selected, row: y, col: x, clip: inner, into: &canvas)
            x = canvas.put("  ", row: y, col: x, clip: inner)
            let binaryCol = x
            let lines = w.bits / bitsPerLine
            for line in 0..<lines {
                let hi = w.bits - 1 - line * bitsPerLine
                var bx = binaryCol
                for bit in stride(from: hi, through: hi - bitsPerLine + 1, by: -1) {
                    let text: String
                    if let v = sample?.value { text = (v >> UInt64(bit)) & 1 == 1 ? "1" : "0" } else { text = sample?.error != nil ? "?" : "-" }
                    let style = sample?.value == nil ? Style(.dim) : byteStyle(off + UInt64(bit / 8), selected: false)
                    bx = canvas.put(text, row: y, col: bx, style: style, clip: inner)
                    if bit % 4 == 0 && bit != hi - bitsPerLine + 1 { bx = canvas.put(" ", row: y, col: bx, clip: inner) }
                }
                if line == 0, let effect = view.labels?.readSideEffect(at: off, width: w) {
                    canvas.put(" not polled: " + effect, row: y, col: bx, style: Style(.warning), clip: inner)
                } else if line == 0, let label = view.labels?.label(at: off, width: w, value: sample?.value) {
                    let lx = canvas.put(" " + label.name, row: y, col: bx, style: Style(.hardware, bold: true), clip: inner)
                    canvas.put(" " + label.fields, row: y, col: lx, style: Style(.normal), clip: inner)
                } else if line == 0, let e = sample?.error {
                    canvas.put(" " + e.summary, row: y, col: bx, style: Style(.error), clip: inner)
                }
                if lines > 1 && line == 0 {
                    y += 1
                    canvas.put("bits 31..0", row: y, col: inner.col + 11, style: Style(.dim), clip: inner)
                }
            }
            y += 1
        }
    }

    private func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 8 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
