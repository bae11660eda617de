/// One register of a map: its place in the BAR or region, its access width, its fields,
/// and whether reading it changes the device (then views never poll it on their own).
public struct RegisterDefinition: Sendable, Hashable, Codable {
    public let name: String
    /// Byte offset from the start of the BAR or region.
    public let offset: UInt64
    public let width: AccessWidth
    public let description: String?
    /// What a read does to the device (e.g. "clears ICR: read-to-clear"); nil when a read is harmless.
    public let readSideEffect: String?
    /// A one-line rendering built from fields, e.g. `{MJR}.{MNR}.{TER}` prints `1.4.0`.
    public let summary: String?
    /// Fields, lowest bit first. Bits not covered by a field are treated as reserved.
    public let fields: [FieldDefinition]
    /// When set, `offset` counts from the value of this field rather than from the start
    /// of the BAR (xHCI operational registers sit at CAPLENGTH).
    public let relativeTo: FieldReference?

    public init(name: String, offset: UInt64, width: AccessWidth, description: String? = nil,
                readSideEffect: String? = nil, summary: String? = nil, fields: [FieldDefinition] = [],
                relativeTo: FieldReference? = nil) {
        self.name = name
        self.offset = offset
        self.width = width
        self.description = description
        self.readSideEffect = readSideEffect
        self.summary = summary
        self.fields = fields.sorted { $0.bits.lsb < $1.bits.lsb }
        self.relativeTo = relativeTo
    }

    public var hasReadSideEffect: Bool { readSideEffect != nil }

    /// The field named `name` (case-insensitive).
    public func field(named name: String) -> FieldDefinition? {
        fields.first { $0.name.equalsIgnoringCase(name) }
    }

    /// Decodes a value read from this register.
    public func decode(_ value: UInt64) -> DecodedRegister {
        DecodedRegister(register: self, value: value & width.mask)
    }
}
