/// The keys of one screen (tree, hex view, dialog...). Lookup, the function bar at the
/// bottom, and the help screen all come from here.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action bound to `key`, first match wins.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Entries for the function bar: (first key's name, bar label).
    public var barEntries: [(key: String, label: String)] {
        bindings.compactMap { b in b.barLabel.map { (b.keys.first?.description ?? "", $0) } }
    }

    /// Help lines: keys padded to a column, then the description.
    public func helpLines() -> [String] {
        let width = min(18, bindings.map { $0.keyNames.unicodeScalars.count }.max() ?? 0)
        return bindings.map { b in
            let k = b.keyNames
            let pad = max(1, width + 2 - k.unicodeScalars.count)
            return "  " + k + String(repeating: " ", count: pad) + b.help
        }
    }

    /// Draws the function bar (htop style: key name, then label) on `row`.
    public func drawBar<C: Canvas>(into canvas: inout C, row: Int) {
        canvas.fill(Rect(row: row, col: 0, height: 1, width: canvas.cols), style: Style(.keyAction))
        var col = 0
        for entry in barEntries {
            let needed = entry.key.unicodeScalars.count + entry.label.unicodeScalars.count + 3
            if col + needed > canvas.cols { break }
            col = canvas.put(entry.key, row: row, col: col, style: Style(.keyLabel, bold: true))
            col = canvas.put(" " + entry.label + "  ", row: row, col: col, style: Style(.keyAction))
        }
    }
}
