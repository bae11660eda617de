import ArgumentParser
import FixText
import MMIOCore

/// `hwx show [<device>] [-v|-vv] [--json] [--from-dump FILE]`: one function's header, BARs
/// with sizes, bridge windows and capability lists, decoded like `lspci -v/-vv`. Without a
/// device it shows every function (a dump's in file order).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Decode a PCI function's configuration space (header, BARs, capabilities), like lspci -vv.",
        discussion: """
            <device> is DDDD:BB:DD.F or BB:DD.F (domain 0), as lspci -s takes it. Without a device, every function is shown.

            -v adds the header registers and capability summaries; -vv adds every decoded capability register.

            --msix reads the MSI-X table and pending bits live from the BAR the capability names (aligned DWORD reads).

            --from-dump FILE reads an lspci -x/-xxx/-xxxx text dump instead of sysfs (a dump has no BAR sizes).
            """)

    @Argument(help: "The function, e.g. 00:03.0 (omit to show all).") var device: String?
    @Flag(name: .shortAndLong, help: "More detail: -v header registers and capability summaries, -vv every register.") var verbose: Int
    @Flag(help: "Machine-readable output (every field with name, bits, raw value and decoded value).") var json = false
    @Flag(help: "The device's MSI-X table read live from its BAR: message address, data, mask bit and pending bit of every entry.") var msix = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let machine = try global.loadMachineReportingDumpErrors()
        // A `resource` file that is not text: its BARs are not shown; say why, with its line.
        for f in machine.functions where device.flatMap(PCIAddress.init(parsing:)).map({ $0 == f.address }) ?? true {
            if let problem = f.resourceProblem { writeStderr("hwx: warning: \(problem.summary); no BARs shown for \(f.address.display)\n") }
        }
        if msix {
            printOut(try Self.renderMSIX(machine: machine, device: device, json: json), terminator: "")
            return
        }
        printOut(try Self.render(machine: machine, device: device, verbosity: verbose, json: json), terminator: "")
    }

    /// The whole output, so tests compare it as golden text.
    static func render(machine: Machine, device: String?, verbosity: Int, json: Bool) throws(CommandFailure) -> String {
        var selected = machine.functions
        if let device {
            guard let address = PCIAddress(parsing: device) else {
                throw CommandFailure.usage("'\(device)' is not a PCI address: use DDDD:BB:DD.F or BB:DD.F, e.g. 00:03.0")
            }
            selected = [try lookUp(address, in: machine)]
        }
        let isDump = machine.functions.first?.sysfsPath.hasPrefix("dump:") ?? false
        if json {
            let objects = selected.map { jsonObject($0, machine: machine, fromDump: isDump) }
            return (device != nil ? objects[0] : .array(objects)).render() + "\n"
        }
        var blocks: [String] = []
        // Like lspci: once any function is outside domain 0, every address shows its domain.
        let domains = machine.functions.contains { $0.address.domain != 0 }
        for f in selected {
            let decoded = DecodedFunction.decode(f)
            let lines = ShowTextRenderer.lines(decoded, names: machine.names, sysfs: isDump ? nil : f, verbosity: verbosity, domains: domains)
            blocks.append(lines.joined(separator: "\n") + "\n")
        }
        var out = blocks.joined(separator: "\n")
        if let hint = FixText.cli.pciIDsHint(machine.names) { out = hint + "\n" + out }
        return out
    }

    /// The function `show` was asked for, or the same error `read` gives (what is there).
    static func lookUp(_ address: PCIAddress, in machine: Machine) throws(CommandFailure) -> PCIFunction {
        let found: Result<PCIFunction, AccessError>
        do { found = .success(try machine.requireFunction(address)) } catch { found = .failure(error) }
        switch found {
        case .success(let f): return f
        case .failure(let error): throw CommandFailure.access(error)
        }
    }

    /// The decoded function plus what names and sysfs add (title, driver, IRQ).
    static func jsonObject(_ f: PCIFunction, machine: Machine, fromDump: Bool) -> JSONValue {
        let decoded = DecodedFunction.decode(f)
        guard case .object(var pairs) = decoded.json else { return decoded.json }
        let title = ShowTextRenderer.titleLine(decoded, names: machine.names)
        pairs.insert(("description", .string(String(title.drop { $0 != " " }.dropFirst()))), at: 1)
        pairs.insert(("source", .string(fromDump ? "dump" : "sysfs")), at: 2)
        if !fromDump {
            pairs.insert(("driver", f.driver.map { .string($0) } ?? .null), at: 3)
            pairs.insert(("irq", f.irq.map { .int(Int64($0)) } ?? .null), at: 4)
        }
        return .object(pairs)
    }
}
