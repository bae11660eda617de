/// What `u` puts back after a config field edit: the field's value before the write.
struct ConfigFieldUndo: Sendable {
    let edit: ConfigFieldEdit
    let oldValue: UInt64
}
