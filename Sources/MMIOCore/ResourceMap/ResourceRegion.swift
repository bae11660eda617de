/// One line of `/proc/iomem` or `/proc/ioports`: an inclusive range, a name, and the
/// regions nested inside it (kernel/resource.c `r_show`: two spaces per depth level).
public struct ResourceRegion: Sendable, Equatable, Identifiable {
    /// Position in the file (0-based line order), stable for a given file.
    public let id: Int
    public var start: UInt64
    public var end: UInt64
    public var name: String
    /// Nesting depth as the kernel printed it (0 for top level).
    public var depth: Int
    public var children: [ResourceRegion]

    public init(id: Int, start: UInt64, end: UInt64, name: String, depth: Int, children: [ResourceRegion] = []) {
        self.id = id
        self.start = start
        self.end = end
        self.name = name
        self.depth = depth
        self.children = children
    }

    /// Size in bytes; 0 when the range is invalid (see `invalidReason`).
    public var size: UInt64 { InclusiveRange(start: start, end: end).size ?? 0 }
    /// Why the line's range has no size (`size not representable`, `end below start`);
    /// nil when it is fine. Front ends show the region as invalid with this reason.
    public var invalidReason: String? { InclusiveRange(start: start, end: end).problemText }

    public func contains(_ address: UInt64) -> Bool { address >= start && address <= end }

    /// The PCI function this region is named after (`0000:00:03.0`), when it is one.
    public var pciAddress: PCIAddress? { PCIAddress(parsing: name) }
}
