import ArgumentParser
import MMIOCore

/// `hwx read <target> [--width 8|16|32|64] [--count N] [--json]`.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read registers at the exact width (one volatile access per word).",
        discussion: Target.grammar)

    @Argument(help: "What to read, e.g. 00:02.0/bar0+0x0, phys:0xfed000f0, port:0x71.") var target: String
    @Option(help: "Access width in bits: 8, 16, 32 or 64 (default 32, or the named register's width).") var width: String?
    @Option(help: "Number of consecutive words to read (default 1).") var count: String?
    @Flag(help: "Machine-readable output.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let parsed = try parseTarget(target)
        let count = try parseNumber(count, "--count", in: 1...UInt64.max) ?? 1
        let requested = try parseWidth(width)
        let (span, spanOverflow) = count.multipliedReportingOverflow(by: UInt64((requested ?? .bits64).bytes))
        if spanOverflow || parsed.advanced(by: span - 1) == nil {
            let space = if case .port = parsed { "I/O port space (0xffff)" } else { "64-bit address space" }
            throw CommandFailure.usage("--count \(count) words from \(parsed) reach past the end of the \(space)")
        }
        let opener = try TargetOpener(global: global, writable: false, targets: [parsed])
        let resolved = try opener.open(parsed, span: span)
        let width = requested ?? resolved.defaultWidth
        var rows: [ReadRow] = []
        var failure: AccessError?
        for i in 0..<count {
            let delta = i &* UInt64(width.bytes)   // below span, which did not overflow
            let (offset, past) = resolved.offset.addingReportingOverflow(delta)
            guard !past, let target = parsed.advanced(by: delta) else {
                failure = AccessError(.outOfRange, operation: "read \(resolved.space.name) at offset 0x\(hex(resolved.offset, 1)) + 0x\(hex(delta, 1))",
                                      fix: .advice("the offset is not representable in 64 bits; read fewer words"))
                break
            }
            do {
                let value = try resolved.space.read(at: offset, width: width)
                rows.append(ReadRow(target: target,
                                    offset: offset, physicalAddress: resolved.space.physicalAddress(of: offset),
                                    width: width, value: value))
            } catch {
                failure = error
                break
            }
        }
        let named = try? RegisterNaming.describe(parsed, global: global, machine: opener.machine)
        if json {
            printOut(JSONValue.array(rows.enumerated().map { i, row in row.json(decodedBy: i == 0 ? named : nil) }).render())
        } else {
            for (i, row) in rows.enumerated() { printOut(row.text(decodedBy: i == 0 ? named : nil)) }
        }
        if let failure { throw CommandFailure.access(failure) }
    }
}

/// One word read, as `hwx read` shows it.
struct ReadRow {
    let target: Target
    let offset: UInt64
    let physicalAddress: UInt64?
    let width: AccessWidth
    let value: UInt64

    /// `00:02.0/bar0+0x00  phys 0xfea00000  32-bit  0x010000ed`
    var text: String {
        var s = target.description
        if let physicalAddress { s += "  phys 0x" + hex(physicalAddress, 8) }
        return s + "  \(width)  " + width.format(value)
    }

    var json: JSONValue {
        .object([
            ("target", .string(target.description)),
            ("offset", .hex(offset)),
            ("physical_address", .optional(physicalAddress.map { .hex($0, digits: 8) })),
            ("width", .int(Int64(width.bits))),
            ("value", .hex(value, digits: width.hexDigits)),
        ])
    }
}
