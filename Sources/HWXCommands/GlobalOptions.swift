import ArgumentParser
import MMIOCore

/// Options every verb takes: which machine, which names.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read a captured machine laid out like / (DIR/proc/iomem, DIR/sys/bus/pci/devices/...).", valueName: "DIR"))
    public var root: String = "/"

    @Option(name: .customLong("pci-ids"), help: ArgumentHelp("pci.ids file to take names from.", valueName: "FILE"))
    public var pciIDs: String?

    public init() {}

    public var machineRoot: MachineRoot { MachineRoot(root) }

    public func loadMachine() -> Machine { Machine.load(root: machineRoot, pciIDs: pciIDs) }
}
