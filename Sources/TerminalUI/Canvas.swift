/// Something views draw into: the in-memory `CellGrid` (tests, and the frame ncurses
/// blits). Drawing is clipped to the canvas; callers never need bounds checks.
public protocol Canvas {
    var rows: Int { get }
    var cols: Int { get }
    /// The characters boxes are drawn with.
    var box: BoxCharacters { get }
    subscript(row: Int, col: Int) -> Cell { get set }
}

extension Canvas {
    public var bounds: Rect { Rect(row: 0, col: 0, height: rows, width: cols) }

    /// Writes `text` from (`row`, `col`), clipped to `clip` (default: the whole canvas).
    /// Returns the column after the last character written (or that would have been).
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard row >= area.row, row < area.bottom, row >= 0, row < rows else { return col + text.unicodeScalars.count }
        var c = col
        for s in text.unicodeScalars {
            if Self.isControl(s) {
                // The last line of defence: a control character never reaches a cell (ncurses
                // would send it on, or draw ^X and shift the row); it is drawn `\xNN`, the
                // same rule as MMIOCore's TerminalSafe, which the Explorer applies to names.
                for e in "\\x\(Self.hexByte(s.value))".unicodeScalars {
                    if c >= area.col, c >= 0, c < area.right, c < cols { self[row, c] = Cell(e, style) }
                    c += 1
                }
                continue
            }
            if c >= area.right { c += 1; continue }
            if c >= area.col, c >= 0, c < cols { self[row, c] = Cell(s, style) }
            c += 1
        }
        return c
    }

    /// C0 controls, DEL and C1 controls (ECMA-48 §5.2, §5.3).
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7f...0x9f).contains(s.value)
    }

    static func hexByte(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4 & 0xf)], digits[Int(value & 0xf)]])
    }

    /// Sets every cell of `rect` to a space in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for r in max(0, rect.row)..<min(rows, rect.bottom) {
            for c in max(0, rect.col)..<min(cols, rect.right) { self[r, c] = Cell(" ", style) }
        }
    }

    /// Restyles the cells of `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for r in max(0, rect.row)..<min(rows, rect.bottom) {
            for c in max(0, rect.col)..<min(cols, rect.right) { self[r, c].style = style }
        }
    }

    /// A one-cell border around `rect` with an optional title on the top edge.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.height >= 2, rect.width >= 2 else { return }
        let b = box
        for c in rect.col + 1 ..< rect.right - 1 {
            self[rect.row, c] = Cell(b.horizontal, style)
            self[rect.bottom - 1, c] = Cell(b.horizontal, style)
        }
        for r in rect.row + 1 ..< rect.bottom - 1 {
            self[r, rect.col] = Cell(b.vertical, style)
            self[r, rect.right - 1] = Cell(b.vertical, style)
        }
        self[rect.row, rect.col] = Cell(b.topLeft, style)
        self[rect.row, rect.right - 1] = Cell(b.topRight, style)
        self[rect.bottom - 1, rect.col] = Cell(b.bottomLeft, style)
        self[rect.bottom - 1, rect.right - 1] = Cell(b.bottomRight, style)
        if let title, rect.width > 4 {
            let clip = Rect(row: rect.row, col: rect.col + 1, height: 1, width: rect.width - 2)
            put(" " + title + " ", row: rect.row, col: rect.col + 1, style: titleStyle ?? style, clip: clip)
        }
    }
}
