
/// One field of a register: where its bits are, how software may access it, and what its
/// values mean. Described once, as data; decoding, the CLI and the TUI all use it.
public struct FieldDefinition: Sendable, Hashable, Codable {
    public let name: String
    public let bits: BitRange
    public let access: FieldAccess
    public let description: String?
    public let values: [EnumeratedValue]

    public init(name: String, bits: BitRange, access: FieldAccess = .readWrite,
                description: String? = nil, values: [EnumeratedValue] = []) {
        self.name = name
        self.bits = bits
        self.access = access
        self.description = description
        self.values = values
    }

    /// The enumerated value named `name` (case-insensitive).
    public func value(named name: String) -> EnumeratedValue? {
        values.first { $0.name.equalsIgnoringCase(name) }
    }

    /// The name of `value`, if the map lists it.
    public func name(of value: UInt64) -> String? { values.first { $0.value == value }?.name }
}
