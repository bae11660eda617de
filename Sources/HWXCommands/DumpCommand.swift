import ArgumentParser
import MMIOCore

/// `hwx dump <target> [--length N] [--width W]`: hex + ASCII, one line per 16 bytes,
/// each word read once at the given width.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Hex dump of a register range (offsets, hex at the access width, ASCII).",
        discussion: Target.grammar)

    @Argument(help: "Where to start, e.g. 00:02.0/bar0+0x0, 00:03.0/config, phys:0xfed00000.") var target: String
    @Option(help: "Bytes to dump (default: all of config space, else 256).") var length: String?
    @Option(help: "Access width in bits: 8, 16, 32 or 64 (default 32; config and port: 8/16/32).") var width: String?
    @Option(help: "hex (default), or lspci: config space in the text format lspci -xxx prints and lspci -F / hwx --from-dump read.") var format: DumpFormat = .hex
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let parsed = try parseTarget(target)
        if format == .lspci { return try runLspciFormat(parsed) }
        var requestedLength: UInt64?
        if let length {
            guard let n = try parseNumber(length, "--length"), n > 0 else { throw CommandFailure.usage("--length must be at least 1") }
            requestedLength = n
        }
        let width = try parseWidth(width) ?? .bits32
        let opener = try TargetOpener(global: global, writable: false, targets: [parsed])
        let resolved = try opener.open(parsed, span: requestedLength ?? 256)
        let available = resolved.space.length > resolved.offset ? resolved.space.length - resolved.offset : 0
        var total = requestedLength ?? {
            if case .config = parsed { return available }
            return min(256, available)
        }()
        if total > available {
            writeStderr("note: \(resolved.space.name) ends after 0x\(hex(available, 1)) bytes from the start; dumping those\n")
            total = available
        }
        total -= total % UInt64(width.bytes)
        let dump = HexDump(space: resolved.space, start: resolved.offset, length: total, width: width)
        let error = dump.write()
        if let error { throw CommandFailure.access(error) }
    }
}
