/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var col: Int

    public init(_ kind: Kind, row: Int, col: Int) {
        self.kind = kind
        self.row = row
        self.col = col
    }
}
