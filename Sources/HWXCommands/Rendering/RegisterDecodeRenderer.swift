import MMIOCore

/// Text and JSON for a register value decoded by its map: the summary (`1.4.0`) after the
/// value, then one line per field: name, bits, value (enumerated name), access when not RW.
enum RegisterDecodeRenderer {
    /// Field lines under a read row; a field target shows only its field.
    static func lines(_ named: NamedRegister, value: UInt64) -> [String] {
        let decoded = named.register.decode(value)
        let shown = decoded.fields.filter { d in
            if let f = named.field { return d.field.name == f.name }
            return !d.field.access.isReserved || d.value != 0
        }
        let nameWidth = shown.map(\.field.name.count).max() ?? 0
        let bitsWidth = shown.map(\.field.bits.description.count).max() ?? 0
        return shown.map { d in
            var line = "  " + pad(d.field.name, nameWidth) + "  " + pad(d.field.bits.description, bitsWidth) + "  " + d.formattedValue
            if d.field.access != .readWrite { line += "  [\(d.field.access)]" }
            return line
        }
    }

    /// `  1.4.0` for registers with a summary template, else empty.
    static func summary(_ named: NamedRegister, value: UInt64) -> String {
        guard named.field == nil, let s = named.register.decode(value).summary else { return "" }
        return "  " + s
    }

    static func json(_ named: NamedRegister, value: UInt64) -> [(String, JSONValue)] {
        let decoded = named.register.decode(value)
        let fields = decoded.fields.filter { named.field == nil || $0.field.name == named.field?.name }
        return [
            ("map", .string(named.map.name)),
            ("register", .string(named.register.name)),
            ("summary", .optional(named.field == nil ? decoded.summary.map(JSONValue.string) : nil)),
            ("fields", .array(fields.map { d in
                .object([
                    ("name", .string(d.field.name)),
                    ("bits", .string(d.field.bits.description)),
                    ("access", .string(d.field.access.rawValue)),
                    ("value", .uint(d.value)),
                    ("value_name", .optional(d.valueName.map(JSONValue.string))),
                ])
            })),
        ]
    }

    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}
