import MMIOCore

/// Text and JSON for `hwx journal`: recent writes (newest last), then the intents that
/// have no outcome, then the lines that are not records.
enum JournalRenderer {
    static func text(_ history: JournalHistory, path: String, count: Int) -> String {
        let records = history.records
        let shown = records.suffix(count)
        let missing = history.withoutOutcome
        var head = "journal \(printable(path)): \(plural(records.count, "write"))"
        if !missing.isEmpty { head += ", \(missing.count) without an outcome" }
        if !history.corrupt.isEmpty { head += ", \(plural(history.corrupt.count, "corrupt line"))" }
        if shown.count < records.count { head += "; the last \(shown.count):" }
        var lines = [head]
        let targetWidth = shown.map { printable($0.target).count }.max() ?? 0
        for r in shown { lines.append(row(r, targetWidth: targetWidth)) }
        if !missing.isEmpty {
            lines.append("")
            lines.append("without an outcome: hwx stopped between journaling the intent and the outcome (crash, kill, hang, power loss);")
            lines.append("the register may or may not hold the new value: read it to check")
            for r in missing {
                lines.append("  line \(r.line)  \(r.time)  \(printable(r.target))  \(r.width.format(r.old)) -> \(r.width.format(r.new))  machine \(printable(r.machine))")
            }
        }
        if !history.corrupt.isEmpty {
            lines.append("")
            lines.append("corrupt lines (not records hwx wrote; skipped):")
            for c in history.corrupt { lines.append("  line \(c.line): \(printable(c.reason))") }
        }
        return lines.joined(separator: "\n")
    }

    /// `TIME  TARGET  ADDRESS  WIDTH  OLD -> NEW  OUTCOME`.
    private static func row(_ r: JournalRecord, targetWidth: Int) -> String {
        let w = r.width
        // A port target's "physical address" is its I/O port number.
        let space = r.target.hasPrefix("port:") ? "port 0x" : "phys 0x"
        let address = r.physicalAddress.map { space + hex($0, r.target.hasPrefix("port:") ? 4 : 8) } ?? "offset 0x" + hex(r.offset, 1)
        var s = "\(r.time)  \(pad(printable(r.target), targetWidth))  \(pad(address, 15))  \(pad("\(w)", 6))  \(w.format(r.old)) -> \(w.format(r.new))  "
        switch r.outcome {
        case .readBack(let value, _):
            s += "read back \(w.format(value))" + (value == r.new ? "" : " (differs)")
        case .failed(let error, let written, _):
            s += (written ? "written, then FAILED: " : "FAILED, not written: ") + printable(error)
        case .missing:
            s += "NO OUTCOME (line \(r.line))"
        }
        if r.machine != "/" { s += "  [\(printable(r.machine))]" }
        return s
    }

    static func json(_ history: JournalHistory, path: String, count: Int) -> JSONValue {
        .object([
            ("journal", .string(path)),
            ("writes", .int(Int64(history.records.count))),
            ("shown", .array(history.records.suffix(count).map(record))),
            ("without_outcome", .array(history.withoutOutcome.map(record))),
            ("corrupt_lines", .array(history.corrupt.map { .object([("line", .int(Int64($0.line))), ("reason", .string($0.reason))]) })),
        ])
    }

    private static func record(_ r: JournalRecord) -> JSONValue {
        let d = r.width.hexDigits
        var fields: [(String, JSONValue)] = [
            ("line", .int(Int64(r.line))),
            ("id", .optional(r.id.map(JSONValue.string))),
            ("time", .string(r.time)),
            ("machine", .string(r.machine)),
            ("target", .string(r.target)),
            ("physical_address", .optional(r.physicalAddress.map { .hex($0, digits: 8) })),
            ("offset", .hex(r.offset)),
            ("width", .int(Int64(r.width.bits))),
            ("old", .hex(r.old, digits: d)),
            ("new", .hex(r.new, digits: d)),
            ("mask", .hex(r.mask, digits: d)),
        ]
        switch r.outcome {
        case .readBack(let value, _):
            fields += [("outcome", .string("read_back")), ("written", .bool(true)), ("read_back", .hex(value, digits: d)),
                       ("read_back_matches", .bool(value == r.new))]
        case .failed(let error, let written, _):
            fields += [("outcome", .string("failed")), ("written", .bool(written)), ("error", .string(error))]
        case .missing:
            fields += [("outcome", .string("missing")), ("written", .null)]
        }
        return .object(fields)
    }

    private static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)" + (n == 1 ? "" : "s") }

    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }

    /// Control characters from the file (a hand-edited or hostile journal) are shown as
    /// `\xNN`, never sent to the terminal (the one escaper, `TerminalSafe`).
    private static func printable(_ s: String) -> String { TerminalSafe.escape(s) }
}
