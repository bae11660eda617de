import MMIOCore

/// A config field being edited from the details pane: the row, the target it names opened
/// for writing (as `hwx write` opens it) and the register as the core's resolver describes it
/// (`ConfigNameResolver.namedRegister`), which `FieldWritePlanner` plans on.
struct ConfigFieldEdit: Sendable {
    let row: ConfigFieldRow
    let resolved: ResolvedTarget
    let register: RegisterDefinition
    let field: FieldDefinition
}
