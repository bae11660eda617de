/// Scroll position and the selected cross-link of the details pane.
public struct DetailsState: Sendable, Equatable {
    /// Index into the lines of the selected line (only lines with a link are selectable).
    public var selectedLine: Int?
    public var scroll = 0

    public init() {}

    /// Moves to the next/previous line that has a link.
    public mutating func moveLink(by delta: Int, lines: [DetailLine]) {
        let linked = lines.indices.filter { lines[$0].link != nil }
        guard !linked.isEmpty else { selectedLine = nil; return }
        guard let cur = selectedLine, let pos = linked.firstIndex(of: cur) else {
            selectedLine = delta >= 0 ? linked.first : linked.last
            return
        }
        selectedLine = linked[max(0, min(linked.count - 1, pos + delta))]
    }

    /// PgUp/PgDn, Home/End among links: to the link nearest `lines` lines away (or the
    /// first/last one), so a long list of field rows is crossed a page at a time.
    public mutating func moveLink(page delta: Int, lines: [DetailLine]) {
        let linked = lines.indices.filter { lines[$0].link != nil }
        guard let first = linked.first, let last = linked.last else { selectedLine = nil; return }
        let target = (selectedLine ?? (delta >= 0 ? first : last)) + delta
        selectedLine = delta >= 0 ? (linked.first { $0 >= target } ?? last) : (linked.last { $0 <= target } ?? first)
    }

    public mutating func scrollToSelection(height: Int) {
        guard let s = selectedLine, height > 0 else { return }
        if s < scroll { scroll = s }
        if s >= scroll + height { scroll = s - height + 1 }
    }
}
