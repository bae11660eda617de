import ArgumentParser
import MMIOCore

/// Options every verb takes: which machine, which names.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read a captured machine laid out like / (DIR/proc/iomem, DIR/sys/bus/pci/devices/...).", valueName: "DIR"))
    public var root: String = "/"

    @Option(name: .customLong("pci-ids"), help: ArgumentHelp("pci.ids file to take names from.", valueName: "FILE"))
    public var pciIDs: String?

    @Option(name: .customLong("from-dump"), help: ArgumentHelp("Read PCI functions from an lspci -x/-xxx/-xxxx text dump instead of sysfs.", valueName: "FILE"))
    public var fromDump: String?

    @Option(name: .customLong("maps"), help: ArgumentHelp("Also load register maps (.yaml, .svd) from this folder (repeatable).", valueName: "DIR"))
    public var mapDirectories: [String] = []

    public init() {}

    public var machineRoot: MachineRoot { MachineRoot(root) }

    /// The machine the options name: the `--from-dump` file, else the `--root` capture (`/`:
    /// this machine). A dump or root that cannot be read is an error, never a quiet fall
    /// back to this machine; see `checkedRoot`.
    /// - Parameter names: false for verbs that print no device names (register access).
    func loadMachine(names: Bool = true, detail: PCIDetail = .full) throws(CommandFailure) -> Machine {
        let machine: Machine
        if let fromDump {
            machine = try loadDumpMachine(fromDump)
        } else {
            // A --pci-ids FILE is checked by every verb, also those that print no names.
            machine = Machine.load(root: try checkedRoot(), pciIDs: pciIDs, names: names || pciIDs != nil, detail: detail)
        }
        try checkNames(machine.names)
        return machine
    }

    /// A `--pci-ids FILE` that gave no names (missing, a directory or FIFO, unreadable, not
    /// text) is an error: the user asked for those names. Without the option, a machine
    /// with no pci.ids in the standard places shows numeric IDs and one hint line.
    func checkNames(_ names: PCIIDs) throws(CommandFailure) {
        guard let pciIDs, let failure = names.failure else { return }
        let why = failure.errno.map { "\(failure.operation) failed: \($0)" } ?? failure.summary
        throw CommandFailure.failure("error: cannot use --pci-ids \(pciIDs): \(why)\n  fix: name a readable pci.ids file (https://pci-ids.ucw.cz/), or leave --pci-ids out to take names from \(PCIIDs.standardLocations.joined(separator: ", "))")
    }

    /// The `--root` directory, checked: `''` and a directory with neither `proc/` nor `sys/`
    /// are usage errors (exit 2); a directory that cannot be opened is a failure (exit 1).
    func checkedRoot() throws(CommandFailure) -> MachineRoot {
        guard !root.isEmpty else {
            throw CommandFailure.usage("--root '' names no directory; give a machine capture (hwx snapshot DIR makes one), or leave --root out for this machine")
        }
        let machineRoot = self.machineRoot
        if let failure = machineRoot.openFailure {
            let why = failure.errno?.description ?? failure.summary
            throw CommandFailure.failure("error: cannot read the machine root \(root): \(why)\n  fix: check the path; a capture is a directory laid out like / (hwx snapshot DIR makes one)")
        }
        guard machineRoot.looksLikeMachine else {
            throw CommandFailure.usage("--root \(root) is not a machine root: it has neither proc/ nor sys/ (a capture is laid out like /: DIR/proc/iomem, DIR/sys/bus/pci/devices/...; hwx snapshot DIR makes one)")
        }
        return machineRoot
    }
}
