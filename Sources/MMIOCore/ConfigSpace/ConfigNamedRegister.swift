/// A config register reached by a `ConfigRegisterName` on one function: its absolute
/// offset and width, the capability it lies in, and (when the register is described as
/// data) its layout and the field the name picks.
public struct ConfigNamedRegister: Sendable {
    public let name: ConfigRegisterName
    /// Absolute offset in configuration space.
    public let offset: Int
    public let width: AccessWidth
    /// Offset of the capability header the name started from (nil for header registers).
    public let capabilityOffset: Int?
    /// The register's description, when hwx describes the register at exactly this offset and width.
    public let layout: ConfigRegisterLayout?
    public let field: FieldDefinition?

    public init(name: ConfigRegisterName, offset: Int, width: AccessWidth, capabilityOffset: Int?,
                layout: ConfigRegisterLayout?, field: FieldDefinition?) {
        self.name = name
        self.offset = offset
        self.width = width
        self.capabilityOffset = capabilityOffset
        self.layout = layout
        self.field = field
    }

    /// The register as a register-map definition at its absolute offset (no fields when not
    /// described), named as the user named it without the field (`COMMAND`, `CAP_EXP+8.w`).
    public var definition: RegisterDefinition {
        let registerName = displayName
        if let layout { return layout.definition(base: capabilityOffset ?? 0, name: registerName) }
        return RegisterDefinition(name: registerName, offset: UInt64(offset), width: width)
    }

    /// The name without `.FIELD`, plus lspci's label when it differs: `CAP_EXP+8.w (DevCtl)`.
    public var displayName: String {
        var text = name.text
        if let f = name.field, text.hasSuffix("." + f) { text = String(text.dropLast(f.count + 1)) }
        if let label = layout?.label, label.lowercased() != text.lowercased(), !text.hasSuffix("." + label),
           layout?.setpciName?.lowercased() != text.lowercased() {
            text += " (\(label))"
        }
        return text
    }
}
