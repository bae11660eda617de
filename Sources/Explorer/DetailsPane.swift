import TerminalUI

/// Draws the details of the selection: a label column and values; cross-links are
/// underlined and, when the pane has focus, the selected one is highlighted.
public enum DetailsPane {
    public static let labelWidth = 12

    public static func render<C: Canvas>(title: String, lines: [DetailLine], state: DetailsState, focused: Bool, in rect: Rect, into canvas: inout C) {
        canvas.drawBox(rect, title: title, style: Style(focused ? .normal : .dim), titleStyle: Style(.header, bold: true))
        let inner = rect.inside
        for i in 0..<inner.height {
            let index = state.scroll + i
            guard index < lines.count else { break }
            let line = lines[index]
            let y = inner.row + i
            let selected = focused && state.selectedLine == index
            if line.role == .header {
                canvas.put(line.label, row: y, col: inner.col, style: Style(.label, bold: true), clip: inner)
                continue
            }
            var x = inner.col
            if !line.label.isEmpty || !line.value.isEmpty {
                x = canvas.put(Formatting.fit(line.label, labelWidth) + " ", row: y, col: inner.col, style: Style(.label), clip: inner)
            }
            var style = Style(line.role == .link ? .link : line.role, underline: line.link?.isUnderlined == true && line.role != .link)
            if selected {
                style = Style(.selection)
                canvas.fill(Rect(row: y, col: x, height: 1, width: inner.right - x), style: style)
            }
            canvas.put(line.value, row: y, col: x, style: style, clip: inner)
        }
        if lines.count > inner.height + state.scroll {
            canvas.put(" more ↓ ", row: rect.bottom - 1, col: rect.right - 10, style: Style(.dim))
        }
    }
}
