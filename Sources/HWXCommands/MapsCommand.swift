import ArgumentParser
import FoundationEssentials
import MMIOCore

/// `hwx maps [list|show|import]`: the register maps hwx knows and where they apply.
struct MapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maps",
        abstract: "List register maps and the devices/regions they match; show a map; import CMSIS-SVD.",
        discussion: """
        Maps come built in (Resources/RegisterMaps), from $XDG_CONFIG_HOME/hwx/maps/ (default \
        ~/.config/hwx/maps/) and from --maps DIR; .yaml/.yml/.json files are hwx maps, .svd files \
        are imported on load. A broken file is reported with file, line and field, and skipped.
        """,
        subcommands: [MapsListCommand.self, MapsShowCommand.self, MapsImportCommand.self],
        defaultSubcommand: MapsListCommand.self)
}

/// `hwx maps [list] [--json]`.
struct MapsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List maps and what they match on this machine (or --root).")

    @Flag(help: "Machine-readable output.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = RegisterMapCatalog.load(extraDirectories: global.mapDirectories)
        let machine = try global.loadMachine()
        let rows = MapMatchRow.rows(catalog: catalog, machine: machine)
        if json {
            printOut(JSONValue.object([
                ("maps", .array(rows.map(\.json))),
                ("problems", .array(catalog.problems.map { p in
                    .object([("file", .string(p.file)), ("line", .optional(p.line.map { .int(Int64($0)) })),
                             ("field", .optional(p.field.map(JSONValue.string))), ("message", .string(p.message))])
                })),
            ]).render())
            return
        }
        printOut(MapMatchRow.table(rows))
        if !catalog.problems.isEmpty {
            printOut("\nskipped (broken map files):")
            for p in catalog.problems { printOut("  \(p)") }
        }
        if !catalog.warnings.isEmpty {
            printOut("\nskipped (broken elements of SVD files; the rest loaded):")
            for p in catalog.warnings { printOut("  \(p)") }
        }
    }
}

/// `hwx maps show NAME`: every register and field of one map.
struct MapsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the registers and fields of one map.")

    @Argument(help: "Map name, as `hwx maps` lists it.") var name: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = RegisterMapCatalog.load(extraDirectories: global.mapDirectories)
        guard let map = catalog.map(named: name) else {
            throw CommandFailure.failure("no map named \(name); maps: " + catalog.maps.map(\.name).sorted().joined(separator: " "))
        }
        printOut(MapRenderer.text(map))
    }
}

/// `hwx maps import FILE.svd [--pci V:D | --class C] [--bar N] [-o FILE]`.
struct MapsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a CMSIS-SVD file into the hwx map format (one map per peripheral).",
        discussion: "Without -o the maps are printed. Save them in ~/.config/hwx/maps/ to use them by name.")

    @Argument(help: "A CMSIS-SVD file.") var file: String
    @Option(help: "Apply the maps to this PCI device (vendor:device in hex) instead of the SVD base address.") var pci: String?
    @Option(name: .customLong("class"), help: "Apply the maps to this PCI class code (e.g. 01:08:02).") var classCode: String?
    @Option(help: "BAR holding the registers, with --pci or --class.") var bar: String?
    @Option(name: [.short, .customLong("output")], help: "Write the maps to this file.") var output: String?

    func run() throws {
        var selectors: [MapSelector]?
        if let pci {
            guard let s = MapSelector.parse(pci: pci) else { throw CommandFailure.usage("--pci takes vendor:device in hex, e.g. 1234:11e8") }
            selectors = [s]
        }
        if let classCode {
            guard let s = MapSelector.parse(classCode: classCode) else { throw CommandFailure.usage("--class takes BB[:SS[:PP]] in hex, e.g. 01:08:02") }
            selectors = (selectors ?? []) + [s]
        }
        let bar = try parseNumber(bar, "--bar", in: 0...5).map { Int($0) }
        if selectors != nil && bar == nil { throw CommandFailure.usage("--pci/--class need --bar N (which BAR holds the registers)") }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw CommandFailure.failure("cannot read \(file) as UTF-8 text")
        }
        let imported: SVDImport
        do {
            imported = try SVDImporter(file: file, selectors: selectors, bar: bar).importing(text)
        } catch {
            throw CommandFailure.failure("error: \(error)")
        }
        let maps = imported.maps
        RegisterNaming.warn(about: imported.warnings, prefix: "hwx: warning: ")
        let yaml = RegisterMapWriter().yaml(maps, header: "Imported by `hwx maps import` from \(PathName.lastComponent(of: file)).")
        guard let output else { printOut(yaml, terminator: ""); return }
        do {
            try yaml.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure.failure("cannot write \(output): \(error)")
        }
        printOut("wrote \(maps.count) map(s) to \(output): " + maps.map { "\($0.name) (\($0.registers.count) registers" + ($0.arrays.isEmpty ? ")" : ", \($0.arrays.count) arrays)") }.joined(separator: ", "))
    }
}
