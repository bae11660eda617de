import FixText
import MMIOCore
import TerminalUI

/// The details pane's content for a selected node: for a PCI function its decoded header,
/// BARs, capabilities, driver, NUMA node and IOMMU group; for a map region its range,
/// size, owner chain and the PCI function/BAR it belongs to.
public struct DetailsBuilder: Sendable {
    public let tree: MachineTree
    var machine: Machine { tree.machine }

    public init(tree: MachineTree) { self.tree = tree }

    /// The details of `id`; a function's config bytes with `words` laid over them (what this
    /// session read or wrote since the function was loaded).
    public func lines(for id: NodeID) -> (title: String, lines: [DetailLine]) {
        lines(for: id, words: ConfigWords())
    }

    func lines(for id: NodeID, words: ConfigWords) -> (title: String, lines: [DetailLine]) {
        let (title, lines) = unescapedTitle(for: id, words: words)
        return (TerminalSafe.escape(title), lines)  // the title is a region or device name
    }

    private func unescapedTitle(for id: NodeID, words: ConfigWords) -> (title: String, lines: [DetailLine]) {
        switch id {
        case .section(let s): return section(s)
        case .region(let kind, let rid): return region(kind: kind, id: rid)
        case .hostBridge(let name): return hostBridge(name)
        case .function(let a):
            guard let f = machine.function(a) else { return (a.description, [DetailLine("gone", "function not found")]) }
            return function(words.applied(to: f))
        case .bar(let a, let index):
            guard let f = machine.function(a), let bar = f.resources.first(where: { $0.index == index }) else {
                return ("BAR", [DetailLine("gone", "BAR not found")])
            }
            return barDetails(bar, of: f)
        case .config(let a):
            guard let f = machine.function(a) else { return ("config", []) }
            return configDetails(words.applied(to: f))
        }
    }

    // MARK: sections

    private func section(_ s: TreeSection) -> (String, [DetailLine]) {
        switch s {
        case .iomem, .ioports:
            let map = s == .iomem ? machine.iomem : machine.ioports
            let file = s == .iomem ? "/proc/iomem" : "/proc/ioports"
            var out = [DetailLine("Source", machine.root.path(file))]
            guard let map else {
                if let failure = machine.mapFailure(s == .iomem ? .iomem : .ioports) {
                    let error = AccessError(failure)
                    out.append(DetailLine("Problem", error.summary, role: .error))
                    if let fix = error.fix { out.append(DetailLine("Fix", FixText.tui.words(fix), role: .warning)) }
                    return (s == .iomem ? "Physical address map" : "I/O ports", out)
                }
                out.append(DetailLine("Problem", "\(file) could not be read", role: .error))
                out.append(DetailLine("Fix", "check that procfs is mounted (or that the capture has \(file))", role: .warning))
                return (s == .iomem ? "Physical address map" : "I/O ports", out)
            }
            out.append(DetailLine("Regions", "\(map.allRegions.count) (\(map.roots.count) top level)"))
            if map.addressesHidden {
                out.append(DetailLine("Problem", "every address reads 0: the kernel hides them from non-root readers", role: .error))
                out.append(DetailLine("Fix", "run hwx as root (sudo hwx) to see addresses", role: .warning))
            }
            if !map.skippedLines.isEmpty {
                out.append(DetailLine("Skipped", "\(map.skippedLines.count) line(s) did not parse", role: .warning))
            }
            return (s == .iomem ? "Physical address map" : "I/O ports", out)
        case .pci:
            var out = [DetailLine("Source", machine.root.path(PCIEnumerator.devicesDirectory)),
                       DetailLine("Functions", "\(machine.functions.count)"),
                       DetailLine("Host bridges", machine.hostBridges.joined(separator: ", "))]
            if let hint = FixText.tui.pciIDsHint(machine.names) { out.append(DetailLine("Names", hint, role: .warning)) }
            else if let src = machine.names.source { out.append(DetailLine("Names", src)) }
            if machine.functions.isEmpty {
                out.append(DetailLine("Problem", "no PCI functions under \(machine.root.path(PCIEnumerator.devicesDirectory))", role: .error))
            }
            return ("PCI", out)
        }
    }

    private func hostBridge(_ name: String) -> (String, [DetailLine]) {
        let funcs = machine.functions.filter { $0.hostBridge == name }
        return ("Host bridge " + name, [DetailLine("Sysfs", "/sys/devices/" + name),
                                       DetailLine("Functions", "\(funcs.count) below it")])
    }

    // MARK: regions

    private func region(kind: ResourceMap.Kind, id: Int) -> (String, [DetailLine]) {
        guard let map = kind == .iomem ? machine.iomem : machine.ioports else { return ("region", []) }
        let chain = map.path(toRegion: id)
        guard let r = chain.last else { return ("region", []) }
        let digits = kind == .iomem ? 8 : 4
        if map.addressesHidden {
            return (r.name, [DetailLine("Name", r.name, role: .hardware),
                             DetailLine("Range", "hidden: the kernel shows addresses to root only", role: .warning),
                             DetailLine("Fix", "run hwx as root (sudo hwx) to see addresses", role: .warning)])
        }
        var out = [
            DetailLine("Name", r.name, role: .hardware),
            DetailLine("Range", "0x" + hex(r.start, digits) + " - 0x" + hex(r.end, digits)),
            r.invalidReason.map { DetailLine("Size", "invalid: " + $0, role: .error) }
                ?? DetailLine("Size", Formatting.size(r.size) + "  (0x" + hex(r.size, 1) + " bytes)"),
            DetailLine("Map", kind == .iomem ? "/proc/iomem" : "/proc/ioports"),
        ]
        if chain.count > 1 {
            out.append(.heading("Owner chain"))
            for (depth, c) in chain.dropLast().enumerated() {
                out.append(DetailLine("", String(repeating: " ", count: depth) + Formatting.range(c.start, c.end, kind: kind) + "  " + c.name,
                                      link: .node(.region(kind, c.id))))
            }
        }
        if let (f, bar) = machine.owner(of: chain, kind: kind) {
            out.append(.heading("Belongs to"))
            out.append(DetailLine("Function", MachineTree.functionRow(f, names: machine.names), role: .link,
                                  link: .node(.function(f.address))))
            if let bar {
                out.append(DetailLine(bar.isROM ? "ROM" : "BAR\(bar.index)", bar.summary, role: .link, link: .node(.bar(f.address, bar.index))))
            }
        }
        if !r.children.isEmpty {
            out.append(DetailLine("Children", "\(r.children.count) nested region(s)"))
        }
        return (r.name, out)
    }

    // MARK: PCI

    private func function(_ f: PCIFunction) -> (String, [DetailLine]) {
        let names = machine.names
        var out: [DetailLine] = []
        if let problem = f.resourceProblem {
            let error = AccessError(problem)
            out.append(DetailLine("Problem", error.summary + "; no BARs shown", role: .error))
            if let fix = error.fix { out.append(DetailLine("Fix", FixText.tui.words(fix), role: .warning)) }
        }
        out.append(DetailLine("Vendor", hex(f.vendorID, 4) + "  " + (names.vendorName(f.vendorID) ?? "(unknown)")))
        out.append(DetailLine("Device", hex(f.deviceID, 4) + "  " + (names.deviceName(f.vendorID, f.deviceID) ?? "(unknown)")))
        if let sv = f.subsystemVendorID, let sd = f.subsystemDeviceID {
            let name = names.subsystemName(f.vendorID, f.deviceID, subVendor: sv, subDevice: sd) ?? names.vendorName(sv) ?? ""
            out.append(DetailLine("Subsystem", hex(sv, 4) + ":" + hex(sd, 4) + "  " + name))
        }
        var cls = hex(f.classCode, 6) + "  " + (names.className(f.baseClass) ?? "")
        if let sub = names.subclassName(f.baseClass, f.subClass) { cls += " / " + sub }
        if let pi = names.progIFName(f.baseClass, f.subClass, f.progIF) { cls += " / " + pi }
        out.append(DetailLine("Class", cls))
        out.append(DetailLine("Revision", hex(f.revision, 2)))
        let decoded = DecodedFunction.decode(f)
        out += ConfigHeaderLines.lines(decoded)
        out.append(DetailLine("Driver", f.driver ?? "none bound"))
        if let irq = f.irq { out.append(DetailLine("IRQ", "\(irq)")) }
        out.append(DetailLine("NUMA node", f.numaNode.map { $0 < 0 ? "none (\($0))" : "\($0)" } ?? "not reported"))
        out.append(DetailLine("IOMMU group", f.iommuGroup ?? "none"))
        if let s = f.currentLinkSpeed {
            out.append(DetailLine("Link", s + " x" + (f.currentLinkWidth ?? "?") + "  (max " + (f.maxLinkSpeed ?? "?") + " x" + (f.maxLinkWidth ?? "?") + ")"))
        }
        let bars = f.resources.filter { $0.index <= 6 && $0.isUsed }
        out.append(.heading("BARs"))
        if bars.isEmpty { out.append(DetailLine("", "none", role: .dim)) }
        for bar in bars {
            out.append(DetailLine(bar.isROM ? "ROM" : "BAR\(bar.index)", bar.summary, role: .link, link: .node(.bar(f.address, bar.index))))
            out.append(DetailLine("", mappability(bar, f), role: f.hasResourceFile(bar.index) || bar.kind == .io ? .dim : .warning))
        }
        out += ConfigHeaderLines.capabilityLines(decoded, function: f.address)
        out.append(DetailLine("Sysfs", f.sysfsPath, role: .dim))
        out += ConfigFieldLines.lines(f)
        return (f.address.description + "  " + (names.classDescription(f.classCode) ?? ""), out)
    }

    private func mappability(_ bar: BAR, _ f: PCIFunction) -> String {
        if bar.kind == .io { return "I/O ports: read through /dev/port (port:0x\(hex(bar.start, 4)))" }
        if let size = f.resourceFiles["resource\(bar.index)"] {
            return "mappable: resource\(bar.index) (\(Formatting.size(size)))"
        }
        return "not mappable here: no resource\(bar.index) file (this kernel/VM exposes none); use phys:0x\(hex(bar.start, 1)) as root"
    }

    private func barDetails(_ bar: BAR, of f: PCIFunction) -> (String, [DetailLine]) {
        var out = [
            DetailLine("Function", MachineTree.functionRow(f, names: machine.names), role: .link, link: .node(.function(f.address))),
            DetailLine("Address", "0x" + hex(bar.start, 8) + " - 0x" + hex(bar.end, 8)),
            bar.invalidReason.map { DetailLine("Size", "invalid: " + $0, role: .error) }
                ?? DetailLine("Size", Formatting.size(bar.size) + "  (0x" + hex(bar.size, 1) + " bytes)"),
            DetailLine("Type", bar.summary),
            DetailLine("Flags", "0x" + hex(bar.flags, 8) + " (IORESOURCE_*)"),
            DetailLine("Access", mappability(bar, f)),
        ]
        let chain = machine.iomemRegion(for: f.address, bar: bar)
        if let r = chain.last {
            let kind: ResourceMap.Kind = bar.kind == .memory ? .iomem : .ioports
            out.append(.heading(kind == .iomem ? "In /proc/iomem" : "In /proc/ioports"))
            for (depth, c) in chain.enumerated() {
                out.append(DetailLine("", String(repeating: " ", count: depth) + Formatting.range(c.start, c.end, kind: kind) + "  " + c.name,
                                      role: c.id == r.id ? .link : .normal, link: .node(.region(kind, c.id))))
            }
        } else {
            out.append(DetailLine("In iomem", "no region named \(f.address) contains 0x\(hex(bar.start, 1))", role: .dim))
        }
        out.append(.heading("Open"))
        out.append(DetailLine("Enter", "hex view of this BAR (live)", role: .link, link: .open(.bar(f.address, bar.index))))
        return ((bar.isROM ? "ROM" : "BAR\(bar.index)") + " of " + f.address.display, out)
    }

    private func configDetails(_ f: PCIFunction) -> (String, [DetailLine]) {
        var out = [DetailLine("File", machine.root.path(f.sysfsPath + "/config")),
                   DetailLine("Readable", "\(f.config.count) bytes")]
        if f.config.count <= 64 {
            out.append(DetailLine("Note", "only 64 bytes: non-root readers get the standard header only", role: .warning))
            out.append(DetailLine("Fix", "run as root to read 256/4096 bytes", role: .warning))
        }
        out.append(.heading("Open"))
        out.append(DetailLine("Enter", "hex view of config space (live)", role: .link, link: .open(.config(f.address))))
        out += ConfigFieldLines.lines(f)
        return ("Config space of " + f.address.display, out)
    }
}
