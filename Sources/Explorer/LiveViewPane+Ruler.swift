import MMIOCore
import TerminalUI

extension LiveViewPane {
    /// The bit ruler of the register under the cursor, in the lines the view keeps free
    /// above the cursor line (`LiveView.rulerLines`): field boundaries and names aligned
    /// with the binary digits (two lines for 64-bit registers).
    func renderRuler<C: Canvas>(in inner: Rect, binaryCol: Int, into canvas: inout C) {
        let lines = view.rulerLines
        guard lines > 0, inner.height > lines + 2 else { return }
        let w = view.width
        var y = inner.bottom - 1 - lines
        guard let ruler = view.labels?.ruler(at: view.cursor, width: w) else {
            canvas.put("fields", row: y, col: inner.col + 1, style: Style(.dim), clip: inner)
            canvas.put("(no register of this width here)", row: y, col: binaryCol, style: Style(.dim), clip: inner)
            return
        }
        let bitsPerLine = min(32, w.bits)
        for line in 0..<(w.bits / bitsPerLine) {
            let hi = w.bits - 1 - line * bitsPerLine
            canvas.put(line == 0 ? "fields" : "", row: y, col: inner.col + 1, style: Style(.dim), clip: inner)
            canvas.put(ruler.line(hi: hi, lo: hi - bitsPerLine + 1), row: y, col: binaryCol, style: Style(.label), clip: inner)
            y += 1
        }
    }
}
