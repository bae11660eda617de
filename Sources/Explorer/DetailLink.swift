import MMIOCore

/// Where a details line leads: another tree node, or a live view of a register range.
public enum DetailLink: Sendable, Equatable {
    case node(NodeID)
    case open(NodeID)
    /// The live MSI-X table of a function (from its MSI-X capability line).
    case msix(PCIAddress)
    /// A field of a described config register: `f` or Enter edits it (`ConfigFieldLines`).
    case configField(ConfigFieldRow)

    /// Cross-links are underlined; field rows are the cursor's stops, drawn plain.
    var isUnderlined: Bool {
        if case .configField = self { return false }
        return true
    }
}
