import MMIOCore

/// One field of a config register described as data (`ConfigRegisterLayout`), as a row of a
/// PCI function's details: where it lies and the name `hwx read`, `write` and `watch` take for
/// it after `<device>/config/` (`COMMAND.BusMaster`, `CAP_EXP.DevCtl.MaxPayload`), so what the
/// TUI edits can be repeated in a script. Editing resolves that name again through the core
/// (`TargetParser`, `ConfigNameResolver`), as `hwx write` does.
public struct ConfigFieldRow: Sendable, Hashable {
    public let function: PCIAddress
    /// The config name: `COMMAND.BusMaster`, `CAP_EXP@1.DevCtl.MaxPayload`, `CAP_PM+0x4.w.PowerState`.
    public let name: String
    /// Absolute config offset and width of the register the field is in.
    public let offset: Int
    public let width: AccessWidth
    public let field: FieldDefinition

    public init(function: PCIAddress, name: String, offset: Int, width: AccessWidth, field: FieldDefinition) {
        self.function = function
        self.name = name
        self.offset = offset
        self.width = width
        self.field = field
    }

    /// The whole target as the CLI takes it: `00:02.0/config/COMMAND.BusMaster`.
    public var target: String { function.display + "/config/" + name }
}
