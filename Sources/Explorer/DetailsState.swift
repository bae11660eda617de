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

    public mutating func scrollToSelection(height: Int) {
        guard let s = selectedLine, height > 0 else { return }
        if s < scroll { scroll = s }
        if s >= scroll + height { scroll = s - height + 1 }
    }
}
