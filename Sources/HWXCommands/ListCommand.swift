import ArgumentParser
import MMIOCore

/// `hwx list pci|iomem|ioports [--tree] [--json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List PCI functions, the physical address map, or the I/O port map.")

    enum What: String, ExpressibleByArgument, CaseIterable { case pci, iomem, ioports }

    @Argument(help: "pci, iomem or ioports") var what: What
    @Flag(help: "Show nesting (iomem/ioports) or bridge topology (pci).") var tree = false
    @Flag(help: "Machine-readable output.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let machine = global.loadMachine()
        print("\(machine.functions.count) functions")
    }
}
