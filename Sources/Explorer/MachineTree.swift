import MMIOCore
import TerminalUI

/// The browsable tree of a machine: the physical address map (/proc/iomem, nested as
/// the kernel prints it), the I/O port map (/proc/ioports), and PCI by topology (host
/// bridges → bridges → functions, each function with its BARs and config space).
///
/// A function's own rows (its BARs and config space) are made the first time they are
/// asked for, from the function read whole (`Machine.function`): on a machine loaded with
/// `PCIDetail.summary` the first frame needs only the function rows.
public struct MachineTree: Sendable {
    public let machine: Machine
    /// Every node but a function's own rows (see `children(of:)`).
    public private(set) var nodes: [NodeID: TreeNode] = [:]
    public let roots: [NodeID] = TreeSection.allCases.map { .section($0) }
    private let functionRows = FunctionRows()

    public init(machine: Machine) {
        self.machine = machine
        addSection(.iomem)
        addSection(.ioports)
        addSection(.pci)
    }

    public subscript(id: NodeID) -> TreeNode? {
        if let node = nodes[id] { return node }
        switch id {
        case .bar(let a, _), .config(let a): return rows(of: a).nodes[id]
        default: return nil
        }
    }

    /// A function's children are its BARs and config space, then (a bridge) the functions behind it.
    public func children(of id: NodeID) -> [NodeID] {
        if case .function(let a) = id, nodes[id] != nil { return rows(of: a).ids + (nodes[id]?.children ?? []) }
        return nodes[id]?.children ?? []
    }

    /// Whether `id` has children, without making a function's rows (it always has its
    /// config space row).
    public func hasChildren(_ id: NodeID) -> Bool {
        if case .function = id, nodes[id] != nil { return true }
        return !(nodes[id]?.children.isEmpty ?? true)
    }

    /// Ancestors from the root down to (not including) `id`.
    public func ancestors(of id: NodeID) -> [NodeID] {
        var out: [NodeID] = []
        var cur = self[id]?.parent
        while let c = cur { out.insert(c, at: 0); cur = self[c]?.parent }
        return out
    }

    /// Every node, depth-first in display order.
    public var allInOrder: [NodeID] {
        var out: [NodeID] = []
        func walk(_ ids: [NodeID]) { for i in ids { out.append(i); walk(children(of: i)) } }
        walk(roots)
        return out
    }

    // MARK: building

    private mutating func addSection(_ section: TreeSection) {
        let id = NodeID.section(section)
        switch section {
        case .iomem:
            let map = machine.iomem
            var text = "Physical address map  (/proc/iomem)"
            if map == nil { text += "  not readable" } else if map!.addressesHidden { text += "  addresses hidden: not root" }
            nodes[id] = TreeNode(id: id, parent: nil, text: text, role: .header)
            if let map { nodes[id]!.children = addRegions(map.roots, kind: .iomem, parent: id, dimmed: false, digits: Self.digits(map), hidden: map.addressesHidden) }
        case .ioports:
            let map = machine.ioports
            var text = "I/O ports  (/proc/ioports)"
            if map == nil { text += "  not readable" } else if map!.addressesHidden { text += "  addresses hidden: not root" }
            nodes[id] = TreeNode(id: id, parent: nil, text: text, role: .header)
            if let map { nodes[id]!.children = addRegions(map.roots, kind: .ioports, parent: id, dimmed: false, digits: Self.digits(map), hidden: map.addressesHidden) }
        case .pci:
            let n = machine.functions.count
            nodes[id] = TreeNode(id: id, parent: nil, text: "PCI  (\(n) function\(n == 1 ? "" : "s"))", role: .header)
            var kids: [NodeID] = []
            for bridge in machine.hostBridges {
                let b = NodeID.hostBridge(bridge)
                let dom = bridge.hasPrefix("pci") ? String(bridge.dropFirst(3)) : bridge
                nodes[b] = TreeNode(id: b, parent: id, text: "Host bridge \(bridge)  (domain:bus \(dom))", role: .normal)
                nodes[b]!.children = addFunctions(machine.children(of: nil).filter { $0.hostBridge == bridge }, parent: b)
                kids.append(b)
            }
            nodes[id]!.children = kids
        }
    }

    /// Hex digits that fit every address of the map (at least the kernel's 8 or 4), so
    /// ranges line up even when some are above 4 GiB.
    static func digits(_ map: ResourceMap) -> Int {
        let widest = map.allRegions.map { String($0.end, radix: 16).count }.max() ?? 0
        return max(map.kind == .iomem ? 8 : 4, widest)
    }

    /// `hidden`: the reader was not root, every address reads 0; ranges and sizes are
    /// shown as unknown rather than as a misleading `00000000-00000000  1`.
    private mutating func addRegions(_ regions: [ResourceRegion], kind: ResourceMap.Kind, parent: NodeID, dimmed: Bool, digits: Int, hidden: Bool) -> [NodeID] {
        regions.map { r in
            let id = NodeID.region(kind, r.id)
            let dim = dimmed || Self.isDimmed(r.name)
            let parentIsFunction: Bool = {
                if case .region(_, let pid) = parent, let p = nodes[.region(kind, pid)] { return p.role == .hardware }
                return false
            }()
            let role: Role = dim ? .dim : (r.pciAddress != nil || parentIsFunction || Self.isDevice(r.name)) ? .hardware : .normal
            let range = hidden ? String(repeating: "?", count: digits) + "-" + String(repeating: "?", count: digits)
                : hex(r.start, digits) + "-" + hex(r.end, digits)
            let invalid = hidden ? nil : r.invalidReason
            let sizeText = hidden ? "?" : invalid != nil ? "inval" : Formatting.size(r.size)
            let text = range + "  " + Formatting.fit(sizeText, 6) + " " + r.name + (invalid.map { "  invalid: " + $0 } ?? "")
            var search = text + " " + hex(r.start, 1) + " " + hex(r.end, 1)
            if let a = r.pciAddress, let f = machine.function(a) { search += " " + functionSearchText(f) }
            nodes[id] = TreeNode(id: id, parent: parent, text: text, role: role, searchText: search)
            nodes[id]!.children = addRegions(r.children, kind: kind, parent: id, dimmed: dim && r.name == "System RAM" || dimmed, digits: digits, hidden: hidden)
            return id
        }
    }

    /// RAM and firmware-reserved ranges: shown dimmed, they are not device registers.
    static func isDimmed(_ name: String) -> Bool {
        name == "System RAM" || name == "Reserved" || name.hasPrefix("Kernel ") || name == "reserved"
            || name.hasPrefix("ACPI Tables") || name.hasPrefix("ACPI Non-volatile")
    }

    /// Platform devices the kernel names in the maps (not PCI): highlighted as hardware.
    static func isDevice(_ name: String) -> Bool {
        ["IOAPIC", "HPET", "Local APIC", "pnp ", "PNP", "dma", "pic", "timer", "keyboard", "rtc", "serial", "fpu", "vga", "ACPI "]
            .contains { name.hasPrefix($0) }
    }

    /// Function rows; their own rows come later (`rows(of:)`), the functions behind a
    /// bridge now.
    private mutating func addFunctions(_ functions: [PCIFunction], parent: NodeID) -> [NodeID] {
        functions.sorted { $0.address < $1.address }.map { f in
            let id = NodeID.function(f.address)
            nodes[id] = TreeNode(id: id, parent: parent, text: Self.functionRow(f, names: machine.names),
                                 role: .hardware, searchText: functionSearchText(f))
            if f.isBridge {
                nodes[id]!.children = addFunctions(machine.children(of: f.address), parent: id)
            }
            return id
        }
    }

    /// A function's BAR and config rows, made from the whole function on first use.
    private func rows(of address: PCIAddress) -> FunctionRows.Rows {
        functionRows.rows(of: address) {
            let id = NodeID.function(address)
            var out = FunctionRows.Rows()
            guard nodes[id] != nil, let f = machine.function(address) else { return out }
            for bar in f.resources where bar.index <= 6 && bar.isUsed {
                let b = NodeID.bar(f.address, bar.index)
                out.nodes[b] = TreeNode(id: b, parent: id, text: Self.barRow(bar, function: f), role: bar.isDisabled ? .dim : .normal,
                                        searchText: Self.barRow(bar, function: f) + " " + hex(bar.start, 1))
                out.ids.append(b)
            }
            let c = NodeID.config(f.address)
            out.nodes[c] = TreeNode(id: c, parent: id, text: "Config space  (\(f.config.count) bytes readable)", role: .normal)
            out.ids.append(c)
            return out
        }
    }

    private func functionSearchText(_ f: PCIFunction) -> String {
        Self.functionRow(f, names: machine.names) + " " + f.address.description + " "
            + hex(f.vendorID, 4) + ":" + hex(f.deviceID, 4) + " " + hex(f.classCode, 6) + " " + (f.driver ?? "")
    }

    /// `00:03.0 Non-Volatile memory controller: Red Hat, Inc. QEMU NVM Express Controller [nvme]`.
    public static func functionRow(_ f: PCIFunction, names: PCIIDs) -> String {
        let cls = names.classDescription(f.classCode) ?? "Class " + hex(f.classCode >> 8, 4)
        let vendor = names.vendorName(f.vendorID)
        let device = names.deviceName(f.vendorID, f.deviceID)
        var s = f.address.display + " " + cls + ": "
        switch (vendor, device) {
        case let (v?, d?): s += v + " " + d
        case let (v?, nil): s += v + " Device " + hex(f.deviceID, 4)
        default: s += "Device " + hex(f.vendorID, 4) + ":" + hex(f.deviceID, 4)
        }
        if let d = f.driver { s += " [" + d + "]" }
        return s
    }

    /// `BAR0  fea00000  1M  mem32  mappable`.
    public static func barRow(_ bar: BAR, function f: PCIFunction) -> String {
        let name = bar.isROM ? "ROM " : "BAR\(bar.index)"
        let type: String
        switch bar.kind {
        case .io: type = "io"
        case .memory: type = bar.isROM ? "rom" : (bar.is64Bit ? "mem64" : "mem32") + (bar.isPrefetchable ? " pf" : "")
        }
        let sizeText = bar.invalidReason != nil ? "inval" : Formatting.size(bar.size)
        var s = name + "  " + hex(bar.start, 8) + "  " + Formatting.fit(sizeText, 5) + " " + Formatting.fit(type, 8)
        if let reason = bar.invalidReason { return s + " invalid: " + reason }
        if bar.kind == .io { s += " port access" }
        else if f.hasResourceFile(bar.index) { s += " mappable" }
        else { s += " no resource\(bar.index) file" }
        if bar.isUnassigned { s += " unassigned" }
        return s
    }
}
