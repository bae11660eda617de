/// A tree row as laid out: which node, how deep, and whether it can expand.
public struct VisibleRow: Sendable, Equatable {
    public let id: NodeID
    public let depth: Int
    public let hasChildren: Bool
    public let isExpanded: Bool
    /// The row matches the active search (false for ancestors shown for context).
    public let matches: Bool
}
