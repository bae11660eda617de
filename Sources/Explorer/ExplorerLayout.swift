import TerminalUI

/// Where things go on a screen of a given size: title bar, the panes (side by side
/// when there is room, stacked otherwise), status line, function bar.
public struct ExplorerLayout: Sendable, Equatable {
    public static let minimumRows = 12
    public static let minimumCols = 50

    public let rows: Int
    public let cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    public var isTooSmall: Bool { rows < Self.minimumRows || cols < Self.minimumCols }
    public var titleRow: Int { 0 }
    public var statusRow: Int { rows - 2 }
    public var barRow: Int { rows - 1 }
    /// Everything between the title bar and the status line.
    public var body: Rect { Rect(row: 1, col: 0, height: rows - 3, width: cols) }

    /// Side by side from 120 columns; below that the details go under the tree.
    public var sideBySide: Bool { cols >= 120 }

    public var tree: Rect {
        let b = body
        if sideBySide { return Rect(row: b.row, col: 0, height: b.height, width: cols * 11 / 20) }
        return Rect(row: b.row, col: 0, height: b.height * 11 / 20, width: cols)
    }

    public var details: Rect {
        let b = body, t = tree
        if sideBySide { return Rect(row: b.row, col: t.right, height: b.height, width: cols - t.width) }
        return Rect(row: t.bottom, col: 0, height: b.height - t.height, width: cols)
    }
}
