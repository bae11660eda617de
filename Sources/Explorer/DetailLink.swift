import MMIOCore

/// Where a details line leads: another tree node, or a live view of a register range.
public enum DetailLink: Sendable, Equatable {
    case node(NodeID)
    case open(NodeID)
    /// The live MSI-X table of a function (from its MSI-X capability line).
    case msix(PCIAddress)
}
