import TerminalUI

/// One line of the details pane: a label column, a value, a role, and optionally a
/// cross-link that Enter follows (iomem region ↔ PCI function/BAR).
public struct DetailLine: Sendable, Equatable {
    public var label: String
    public var value: String
    public var role: Role
    public var link: DetailLink?

    public init(_ label: String, _ value: String = "", role: Role = .normal, link: DetailLink? = nil) {
        self.label = label
        self.value = value
        self.role = role
        self.link = link
    }

    /// A section heading (`BARs`, `Capabilities`).
    public static func heading(_ text: String) -> DetailLine { DetailLine(text, role: .header) }
}

/// Where a details line leads: another tree node, or a live view of a register range.
public enum DetailLink: Sendable, Equatable {
    case node(NodeID)
    case open(NodeID)
}
