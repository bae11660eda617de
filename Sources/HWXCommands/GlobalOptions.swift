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

    /// - Parameter names: false for verbs that print no device names (register access).
    public func loadMachine(names: Bool = true) -> Machine {
        if let fromDump, let machine = try? loadDumpMachine(fromDump) { return machine }
        return Machine.load(root: machineRoot, pciIDs: pciIDs, names: names)
    }
}
