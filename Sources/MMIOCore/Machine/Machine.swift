/// A machine as hwx sees it: its address maps, PCI functions and names, all read through
/// one `MachineRoot`. A value snapshot: call `Machine.load` again to refresh.
public struct Machine: Sendable {
    public let root: MachineRoot
    public let iomem: ResourceMap?
    public let ioports: ResourceMap?
    public let functions: [PCIFunction]
    public let names: PCIIDs

    public init(root: MachineRoot, iomem: ResourceMap?, ioports: ResourceMap?, functions: [PCIFunction], names: PCIIDs) {
        self.root = root
        self.iomem = iomem
        self.ioports = ioports
        self.functions = functions
        self.names = names
    }

    /// Reads `/proc/iomem`, `/proc/ioports` and `/sys/bus/pci/devices` under `root`.
    /// Names are loaded for the vendors present (and their subsystem vendors) only, and
    /// not at all with `names: false` (register access needs none). `detail: .summary`
    /// reads only what `hwx list pci` prints of each function (see `PCIDetail`).
    public static func load(root: MachineRoot = .live, pciIDs: String? = nil, names: Bool = true,
                            detail: PCIDetail = .full) -> Machine {
        let functions = PCIEnumerator(root: root).functions(detail: detail)
        let vendors = Set(functions.flatMap { [$0.vendorID] + ($0.subsystemVendorID.map { [$0] } ?? []) })
        return Machine(
            root: root,
            iomem: root.readText("/proc/iomem").map { ResourceMap.parse($0, kind: .iomem) },
            ioports: root.readText("/proc/ioports").map { ResourceMap.parse($0, kind: .ioports) },
            functions: functions,
            names: names ? PCIIDs.load(path: pciIDs, vendors: vendors) : PCIIDs()
        )
    }

    public func function(_ address: PCIAddress) -> PCIFunction? {
        functions.first { $0.address == address }
    }

    /// The functions directly below `parent` (nil: those on a host bridge's root bus).
    public func children(of parent: PCIAddress?) -> [PCIFunction] {
        functions.filter { $0.parent == parent }
    }

    /// Host bridge names (`pci0000:00`), in order of first appearance.
    public var hostBridges: [String] {
        var seen: [String] = []
        for f in functions where !seen.contains(f.hostBridge) { seen.append(f.hostBridge) }
        return seen
    }

    /// The iomem region (and its path from the top) that the kernel named after `function`
    /// and that holds BAR `bar`'s start address.
    public func iomemRegion(for function: PCIAddress, bar: BAR) -> [ResourceRegion] {
        guard let iomem = bar.kind == .memory ? self.iomem : ioports else { return [] }
        let chain = iomem.path(containing: bar.start)
        guard let last = chain.lastIndex(where: { $0.name == function.description }) else { return [] }
        return Array(chain[...last])
    }

    /// The PCI function and BAR that own a resource-map region: the nearest region on the
    /// path that is named after a function, matched to the BAR containing its start.
    public func owner(of path: [ResourceRegion], kind: ResourceMap.Kind) -> (PCIFunction, BAR?)? {
        guard let named = path.last(where: { $0.pciAddress != nil }),
              let address = named.pciAddress, let f = function(address) else { return nil }
        let wanted: BAR.Kind = kind == .iomem ? .memory : .io
        let bar = f.resources.first { $0.isUsed && $0.kind == wanted && $0.start <= named.start && named.start <= $0.end }
        return (f, bar)
    }
}
