import MMIOCore

/// A row of the tree, by identity (stable across redraws and searches).
public enum NodeID: Hashable, Sendable {
    /// The three roots.
    case section(TreeSection)
    /// A line of /proc/iomem or /proc/ioports, by its line number (`ResourceRegion.id`).
    case region(ResourceMap.Kind, Int)
    /// A host bridge directory, `pci0000:00`.
    case hostBridge(String)
    case function(PCIAddress)
    /// A BAR (index 0–5) or the expansion ROM (6) of a function.
    case bar(PCIAddress, Int)
    /// A function's configuration space.
    case config(PCIAddress)
}
