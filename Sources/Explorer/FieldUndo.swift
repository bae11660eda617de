import MMIOCore

/// What `u` puts back after a field write (a config field from the details, or a mapped
/// register's field from the register view): the field's value before the write, written
/// back as a field write, so the register's other fields stay as they are then and its RW1C
/// bits are not written with the 1s they held.
struct FieldUndo: Sendable {
    let resolved: ResolvedTarget
    let register: RegisterDefinition
    let field: FieldDefinition
    let oldValue: UInt64
    /// Set for a config field edited from the details (its read-back goes over the details).
    let configEdit: ConfigFieldEdit?
}
