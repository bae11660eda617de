/// One field's value out of a register value, with its enumerated name when the map has one.
public struct DecodedField: Sendable, Hashable {
    public let field: FieldDefinition
    public let value: UInt64

    public init(field: FieldDefinition, value: UInt64) {
        self.field = field
        self.value = value
    }

    /// The map's name for this value (`NVM`), nil when the map lists none for it.
    public var valueName: String? { field.name(of: value) }

    /// `1`, `0x1f`, or `1 (NVM)`: decimal below 10, hex above, plus the enumerated name.
    public var formattedValue: String {
        let number = value < 10 ? "\(value)" : "0x" + hex(value, 1)
        if let name = valueName { return "\(number) (\(name))" }
        if field.values.isEmpty == false { return "\(number) (?)" }
        return number
    }
}
