import ArgumentParser
import MMIOCore

/// `hwx snapshot <dir> [--with-bars <device>/barN ...]`: capture this machine (or the
/// `--root` one) into a directory laid out like `/`, for `hwx --root DIR` elsewhere.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Capture /proc/iomem, /proc/ioports and PCI sysfs into DIR (read-only; BAR contents only with --with-bars).")

    @Argument(help: "Directory to create (must not exist or be empty).") var directory: String
    @Option(name: .customLong("with-bars"), parsing: .upToNextOption, help: "Also copy the contents of these BARs, e.g. 00:02.0/bar0.")
    var withBars: [String] = []
    @OptionGroup var global: GlobalOptions

    func run() throws {
        var bars: [(PCIAddress, Int)] = []
        for text in withBars {
            guard case .bar(let address, let index, 0) = try parseTarget(text) else {
                throw CommandFailure.usage("--with-bars takes <device>/barN (got '\(text)')")
            }
            bars.append((address, index))
        }
        if !FileIO.list(directory).isEmpty {
            throw CommandFailure.usage("\(directory) exists and is not empty; give a new directory")
        }
        let machine = try global.loadMachine()
        let snapshotter = MachineSnapshotter(machine: machine)
        let report: MachineSnapshotter.Report
        do {
            report = try snapshotter.write(to: directory, withBars: bars, time: WriteJournal.now())
        } catch {
            throw CommandFailure.access(error)
        }
        printOut("snapshot of \(machine.root.isLive ? "this machine" : machine.root.directory) in \(directory): \(report.functions) PCI functions, \(report.files) files, \(report.barsCopied) BAR(s) copied")
        for warning in report.warnings { writeStderr("warning: \(warning)\n") }
    }
}
