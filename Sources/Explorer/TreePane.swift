import TerminalUI

/// Draws the tree: one row per visible node, indented by depth, with ▸/▾ expanders;
/// the selection is highlighted (dimmer when the pane has no focus).
public enum TreePane {
    public static func render<C: Canvas>(_ tree: MachineTree, state: TreeState, focused: Bool, in rect: Rect, into canvas: inout C) {
        let title = state.filter.map { "Tree  /\($0)  \(state.matches.count) match\(state.matches.count == 1 ? "" : "es")" } ?? "Tree"
        canvas.drawBox(rect, title: title, style: Style(focused ? .normal : .dim), titleStyle: Style(.header, bold: true))
        let inner = rect.inside
        let rows = state.rows(tree)
        if state.filter != nil && state.matches.isEmpty {
            canvas.put("no match; Esc clears the search", row: inner.row, col: inner.col + 1, style: Style(.warning), clip: inner)
        }
        for i in 0..<inner.height {
            let index = state.scroll + i
            guard index < rows.count, let node = tree[rows[index].id] else { break }
            let row = rows[index]
            let y = inner.row + i
            let expander = row.hasChildren ? (row.isExpanded ? "▾ " : "▸ ") : "  "
            let prefix = String(repeating: "  ", count: row.depth) + expander
            let selected = row.id == state.selected
            var style = Style(node.role, bold: row.matches)
            if selected {
                style = Style(focused ? .selection : .selectionInactive, bold: row.matches)
                canvas.fill(Rect(row: y, col: inner.col, height: 1, width: inner.width), style: style)
            }
            let x = canvas.put(prefix, row: y, col: inner.col, style: selected ? style : Style(.dim), clip: inner)
            canvas.put(node.text, row: y, col: x, style: style, clip: inner)
        }
        if rows.count > inner.height, inner.height > 0 {
            let pos = "\(min(rows.count, state.scroll + inner.height))/\(rows.count)"
            canvas.put(" " + pos + " ", row: rect.bottom - 1, col: rect.right - pos.count - 4, style: Style(.dim))
        }
    }
}
