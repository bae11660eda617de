import MMIOCore

/// Text and JSON for write plans and results (shared by `hwx write`).
public enum WriteRenderer {
    /// ```
    /// target    00:02.0/bar0+0x04
    /// address   phys 0xfea00004
    /// width     32-bit
    /// old       0x00000000
    /// new       0x12345678
    /// changed   bits 28 25 22 21 20 18 14 13 10 6 5 4 3 (13 bits)
    /// ```
    public static func plan(_ plan: WritePlan) -> String {
        var lines = ["target    \(plan.target)"]
        lines.append("address   " + (plan.physicalAddress.map { "phys 0x" + hex($0, 8) } ?? "offset 0x" + hex(plan.offset, 1)))
        lines.append("width     \(plan.width)")
        lines.append("old       " + plan.width.format(plan.old))
        lines.append("new       " + plan.width.format(plan.new) + (plan.isFullWrite ? "" : "  (mask " + plan.width.format(plan.mask) + ")"))
        let bits = plan.changedBitNumbers
        lines.append("changed   " + (bits.isEmpty ? "none (the value is already set)" : "bits " + bits.map(String.init).joined(separator: " ") + " (\(bits.count) bit\(bits.count == 1 ? "" : "s"))"))
        return lines.joined(separator: "\n")
    }

    public static func result(_ result: WriteResult, journal: String?) -> String {
        var lines = ["written   " + result.plan.width.format(result.written)]
        lines.append("read back " + result.plan.width.format(result.readBack)
                     + (result.readBackMatches ? "" : "  (differs from the written value: read-only or self-clearing bits, or the device computed it)"))
        if let journal { lines.append("journal   \(journal)") }
        return lines.joined(separator: "\n")
    }

    public static func planJSON(_ plan: WritePlan, committed: WriteResult?) -> JSONValue {
        let d = plan.width.hexDigits
        var fields: [(String, JSONValue)] = [
            ("target", .string(plan.target)),
            ("physical_address", .optional(plan.physicalAddress.map { .hex($0, digits: 8) })),
            ("offset", .hex(plan.offset)),
            ("width", .int(Int64(plan.width.bits))),
            ("old", .hex(plan.old, digits: d)),
            ("new", .hex(plan.new, digits: d)),
            ("mask", .hex(plan.mask, digits: d)),
            ("changed_bits", .array(plan.changedBitNumbers.map { .int(Int64($0)) })),
            ("written", .bool(committed != nil)),
        ]
        if let committed {
            fields.append(("read_back", .hex(committed.readBack, digits: d)))
            fields.append(("read_back_matches", .bool(committed.readBackMatches)))
        }
        return .object(fields)
    }
}
