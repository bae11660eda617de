import MMIOCore
import TerminalUI

/// One entry of the machine tree: its place (parent, children), its row text and role,
/// and the text search matches against.
public struct TreeNode: Sendable {
    public let id: NodeID
    public let parent: NodeID?
    public var children: [NodeID]
    /// The row as shown (without indentation or expander).
    public let text: String
    public let role: Role
    /// Lower-cased text `/` searches: the row plus IDs, drivers, addresses.
    public let searchText: String

    public init(id: NodeID, parent: NodeID?, children: [NodeID] = [], text: String, role: Role, searchText: String? = nil) {
        self.id = id
        self.parent = parent
        self.children = children
        // Names from the machine's files (iomem, pci.ids, maps): controls shown `\xNN`.
        self.text = TerminalSafe.escape(text)
        self.role = role
        self.searchText = (searchText ?? text).lowercased()
    }
}
