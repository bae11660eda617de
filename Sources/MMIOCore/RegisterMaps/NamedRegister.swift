/// A register (and optionally one field) found by name, with where it lives: the map it
/// comes from, and the concrete target (`<device>/barN+OFF` or `phys:ADDR`) that reaches it.
public struct NamedRegister: Sendable {
    public let map: RegisterMap
    public let register: RegisterDefinition
    public let field: FieldDefinition?
    /// The register as an offset target: `.bar(device, index:, offset:)` or `.physical(address)`.
    public let target: Target
    /// Offset of the register from the start of its BAR or region.
    public let offset: UInt64

    public init(map: RegisterMap, register: RegisterDefinition, field: FieldDefinition?, target: Target, offset: UInt64) {
        self.map = map
        self.register = register
        self.field = field
        self.target = target
        self.offset = offset
    }

    /// `nvme CC.EN` / `hpet MAIN_COUNTER`.
    public var qualifiedName: String { register.name + (field.map { ".\($0.name)" } ?? "") }
}
