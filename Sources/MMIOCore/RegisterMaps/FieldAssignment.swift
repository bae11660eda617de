/// One field to set in a field write: `CC.EN=1`, or `CC.CSS=NVM` by enumerated name.
public struct FieldAssignment: Sendable, Hashable {
    public let field: FieldDefinition
    public let value: UInt64

    public init(field: FieldDefinition, value: UInt64) {
        self.field = field
        self.value = value
    }
}
