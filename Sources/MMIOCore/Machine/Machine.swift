/// A machine as hwx sees it: its address maps, PCI functions and names, all read through
/// one `MachineRoot`. A value snapshot: call `Machine.load` again to refresh.
public struct Machine: Sendable {
    public let root: MachineRoot
    public let iomem: ResourceMap?
    public let ioports: ResourceMap?
    public let functions: [PCIFunction]
    public let names: PCIIDs
    /// Why `iomem` is nil: the file-access layer's reason (missing, refused by type, not
    /// text at line N). Nil when it was read, and for machines that have no maps (dumps).
    public let iomemFailure: FileAccessError?
    /// Why `ioports` is nil, likewise.
    public let ioportsFailure: FileAccessError?
    /// How much of each function `functions` holds; `function(_:)` always gives it whole.
    public let detail: PCIDetail
    /// With `.summary`: where `function(_:)` reads and keeps the whole functions.
    private let details: FunctionDetails?

    public init(root: MachineRoot, iomem: ResourceMap?, ioports: ResourceMap?, functions: [PCIFunction], names: PCIIDs,
                iomemFailure: FileAccessError? = nil, ioportsFailure: FileAccessError? = nil) {
        self.init(root: root, iomem: iomem, ioports: ioports, functions: functions, names: names,
                  iomemFailure: iomemFailure, ioportsFailure: ioportsFailure, detail: .full)
    }

    private init(root: MachineRoot, iomem: ResourceMap?, ioports: ResourceMap?, functions: [PCIFunction], names: PCIIDs,
                 iomemFailure: FileAccessError?, ioportsFailure: FileAccessError?, detail: PCIDetail) {
        self.root = root
        self.iomem = iomem
        self.ioports = ioports
        self.functions = functions
        self.names = names
        self.iomemFailure = iomemFailure
        self.ioportsFailure = ioportsFailure
        self.detail = detail
        details = detail == .summary ? FunctionDetails(root: root) : nil
    }

    /// Reads `/proc/iomem`, `/proc/ioports` and `/sys/bus/pci/devices` under `root`.
    /// Names are loaded for the vendors present (and their subsystem vendors) only, and
    /// not at all with `names: false` (register access needs none). `detail: .summary`
    /// reads only what `hwx list pci` prints of each function (see `PCIDetail`) into
    /// `functions`; `function(_:)` then reads a function whole when it is asked for.
    public static func load(root: MachineRoot = .live, pciIDs: String? = nil, names: Bool = true,
                            detail: PCIDetail = .full) -> Machine {
        let functions = PCIEnumerator(root: root).functions(detail: detail)
        let vendors = Set(functions.flatMap { [$0.vendorID] + ($0.subsystemVendorID.map { [$0] } ?? []) })
        let iomem = map(root, .iomem), ioports = map(root, .ioports)
        func failure(_ r: Result<ResourceMap, FileAccessError>) -> FileAccessError? {
            if case .failure(let e) = r { return e }
            return nil
        }
        return Machine(
            root: root,
            iomem: try? iomem.get(),
            ioports: try? ioports.get(),
            functions: functions,
            names: names ? PCIIDs.load(path: pciIDs, vendors: vendors) : PCIIDs(),
            iomemFailure: failure(iomem),
            ioportsFailure: failure(ioports),
            detail: detail
        )
    }

    /// `/proc/iomem` or `/proc/ioports` of `root`, or why it cannot be had.
    static func map(_ root: MachineRoot, _ kind: ResourceMap.Kind) -> Result<ResourceMap, FileAccessError> {
        do {
            return .success(ResourceMap.parse(try root.readLines("/proc/" + kind.rawValue), kind: kind))
        } catch {
            return .failure(error)
        }
    }

    /// The failure that left `kind`'s map nil.
    public func mapFailure(_ kind: ResourceMap.Kind) -> FileAccessError? {
        kind == .iomem ? iomemFailure : ioportsFailure
    }

    /// The function at `address`, whole (every attribute, all of config space), also on a
    /// machine loaded with `.summary` (read then, once).
    public func function(_ address: PCIAddress) -> PCIFunction? {
        guard let listed = functions.first(where: { $0.address == address }) else { return nil }
        return details?.function(address) ?? listed
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
