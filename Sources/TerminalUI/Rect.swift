/// A rectangle of cells: origin row/column and size.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var height: Int
    public var width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = max(0, height)
        self.width = max(0, width)
    }

    public var bottom: Int { row + height }
    public var right: Int { col + width }
    public var isEmpty: Bool { height == 0 || width == 0 }

    public func contains(row r: Int, col c: Int) -> Bool {
        r >= row && r < bottom && c >= col && c < right
    }

    /// The area inside a one-cell border.
    public var inside: Rect { Rect(row: row + 1, col: col + 1, height: height - 2, width: width - 2) }
}
