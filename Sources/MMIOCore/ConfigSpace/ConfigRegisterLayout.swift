/// One configuration register described as data: where it is, how wide, its fields with
/// their access (RW, RO, RW1C, RsvdP, RsvdZ) and value names, and the names users reach it
/// by: setpci's register name (`COMMAND`) and lspci's label (`Control`, `DevCtl`).
///
/// Header registers carry absolute offsets; capability registers carry offsets from the
/// capability's header. Named config targets (`config/COMMAND.BusMaster`,
/// `config/CAP_EXP+8.w.MaxPayload`), field writes and the JSON's field access all come
/// from these descriptions.
public struct ConfigRegisterLayout: Sendable, Hashable {
    /// setpci's name (`setpci --dumpregs`), nil for registers setpci reaches only as `CAP_x+OFF`.
    public let setpciName: String?
    /// lspci's label for the register (`Control`, `DevCtl`); also accepted as a target name.
    public let label: String
    /// Absolute (header) or capability-relative offset.
    public let offset: Int
    public let width: AccessWidth
    /// Fields, lowest bit first; bits no field covers are reserved (RsvdP: preserved).
    public let fields: [FieldDefinition]
    /// PCI Express port types the register exists for (nil: every function that has the structure).
    public let portTypes: Set<ExpressPortType>?
    /// Header types (0, 1, 2) whose layout this is (nil: every header type).
    public let headerTypes: Set<ConfigHeaderType>?
    /// Where the layout comes from (`PCI Local Bus 3.0 §6.2.2`).
    public let spec: String
    /// How lspci prints the register: its lines of fields (empty: the register has no
    /// table-driven text; its capability's decoder prints it).
    public let printed: [[ConfigPrintedField]]
    /// The label printed before the fields when it differs from `label` (`VC0: Caps`).
    public let printedLabel: String?
    /// When lspci shows the register (nil: whenever it exists for the port type, `applies(to:)`).
    /// It replaces the port-type test, so it states the port types itself: PCIe Base 6.0
    /// §7.5.3's Slot registers only where ExpCap.Slot is set, LnkCap2 only when nonzero.
    /// Named targets still reach a register that is not shown.
    public let shownWhen: ConfigCondition?
    /// A register printed without a label that begins a line of its own. Without it, a
    /// label-less register continues the line of the label-less register before it (virtio's
    /// BAR, offset and size), and each Resizable BAR entry would run onto the one before.
    public let startsLine: Bool

    public init(setpciName: String? = nil, label: String, offset: Int, width: AccessWidth, fields: [FieldDefinition] = [],
                portTypes: Set<ExpressPortType>? = nil, headerTypes: Set<ConfigHeaderType>? = nil, spec: String,
                printed: [[ConfigPrintedField]] = [], printedLabel: String? = nil, shownWhen: ConfigCondition? = nil,
                startsLine: Bool = false) {
        self.setpciName = setpciName
        self.label = label
        self.offset = offset
        self.width = width
        self.fields = fields.sorted { $0.bits.lsb < $1.bits.lsb }
        self.portTypes = portTypes
        self.headerTypes = headerTypes
        self.spec = spec
        self.printed = printed
        self.printedLabel = printedLabel
        self.shownWhen = shownWhen
        self.startsLine = startsLine
    }

    /// The same register `by` bytes further on, named `label` (the repeated blocks of a
    /// capability: VC resources, link entries).
    public func moved(by delta: Int, label: String, printedLabel: String? = nil) -> ConfigRegisterLayout {
        ConfigRegisterLayout(setpciName: setpciName, label: label, offset: offset + delta, width: width, fields: fields,
                             portTypes: portTypes, headerTypes: headerTypes, spec: spec, printed: printed, printedLabel: printedLabel,
                             shownWhen: shownWhen, startsLine: startsLine)
    }

    /// The register as a register-map definition at absolute config offset `base + offset`
    /// (what field decoding and `FieldWritePlanner` work on).
    public func definition(base: Int = 0, name: String? = nil) -> RegisterDefinition {
        RegisterDefinition(name: name ?? setpciName ?? label, offset: UInt64(base + offset), width: width,
                           description: label + " (" + spec + ")", fields: fields)
    }

    /// The label as a target spells it: a space (lspci's `Max snoop latency`) written `_`,
    /// so the name needs no shell quoting: `ECAP_LTR.Max_snoop_latency`.
    public var typedLabel: String { String(label.map { $0 == " " ? "_" : $0 }) }

    /// Whether a target's register part `name` names this register: its label or `typedLabel`,
    /// case-insensitive.
    public func isLabelled(_ name: String) -> Bool {
        let wanted = name.lowercased()
        return label.lowercased() == wanted || typedLabel.lowercased() == wanted
    }

    /// The field named `name`, case-insensitive. A dot in a field's name (lspci's `ASPM_L1.1`,
    /// `LTR1.2_Threshold`) may be written `_`, since a dot separates the parts of a target, and
    /// so may a space (`Uses Driver`), so no name needs shell quoting.
    public func field(named name: String) -> FieldDefinition? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }
            ?? fields.first { ($0.name.contains(".") || $0.name.contains(" "))
                && String($0.name.lowercased().map { $0 == "." || $0 == " " ? "_" : $0 }) == wanted }
    }

    /// Whether the register exists for a function of PCI Express port type `type`.
    public func applies(to type: ExpressPortType?) -> Bool {
        guard let portTypes else { return true }
        return type.map { portTypes.contains($0) } ?? false
    }
}
