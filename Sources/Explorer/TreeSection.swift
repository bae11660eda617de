/// The three top-level entries of the tree.
public enum TreeSection: Int, Hashable, Sendable, CaseIterable {
    case iomem, ioports, pci
}
