import ArgumentParser
import FixText
import MMIOCore

/// `hwx list pci|iomem|ioports [--tree] [--json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List PCI functions, the physical address map (/proc/iomem), or the I/O port map (/proc/ioports).")

    enum What: String, ExpressibleByArgument, CaseIterable { case pci, iomem, ioports }

    @Argument(help: "pci, iomem or ioports") var what: What
    @Flag(help: "Show nesting (iomem/ioports) or the bridge topology (pci).") var tree = false
    @Flag(help: "Machine-readable output (see README, JSON output).") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        // The text of `list pci` shows IDs, class, revision, driver and bridges' bus
        // numbers only: read just those (the JSON and the other lists need more).
        let machine = try global.loadMachine(detail: what == .pci && !json ? .summary : .full)
        switch what {
        case .pci:
            if machine.functions.isEmpty {
                throw CommandFailure.failure("no PCI functions under \(machine.root.path("/sys/bus/pci/devices")) (is sysfs mounted, or is --root a machine capture?)")
            }
            if let hint = FixText.cli.pciIDsHint(machine.names), !json { writeStderr(hint + "\n") }
            if json {
                printOut(ListRenderer.pciJSON(machine).render())
            } else if tree {
                printOut(ListRenderer.pci(machine, tree: true), terminator: "")
            } else {
                // Line by line through stdio's buffer: the whole text is never held.
                for f in machine.functions { printOut(PCINaming.line(f, machine.names)) }
            }
        case .iomem, .ioports:
            let map = what == .iomem ? machine.iomem : machine.ioports
            guard let map else {
                let kind: ResourceMap.Kind = what == .iomem ? .iomem : .ioports
                if let failure = machine.mapFailure(kind) { throw CommandFailure.access(AccessError(failure)) }
                throw CommandFailure.failure("cannot read \(machine.root.path("/proc/\(what.rawValue)")) (is /proc mounted, or is --root a machine capture?)")
            }
            if let note = ListRenderer.hiddenAddressesNote(map), !json { writeStderr(note + "\n") }
            for skipped in map.skippedLines where !json {
                writeStderr("warning: /proc/\(what.rawValue) line \(skipped.line) not understood, skipped: \(skipped.text)\n")
            }
            printOut(json ? ListRenderer.resourcesJSON(map).render() : ListRenderer.resources(map, tree: tree), terminator: json ? "\n" : "")
        }
    }
}
