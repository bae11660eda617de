/// How one field of a `ConfigRegisterLayout` reads in lspci's `-vv` text: which field, the
/// word printed before its value (`ArbSelect=`, `Caps:`), and the value's form. A register's
/// printed lines are arrays of these, so the text, the JSON and the TUI's details all come
/// from the layout tables instead of per-capability code.
public struct ConfigPrintedField: Sendable, Hashable {
    /// The value's form.
    public enum Style: Sendable, Hashable {
        /// `Name+` when the bit is 1, `Name-` when 0 (label is the name).
        case flag
        /// `Name+` when the bit is 0 (a bit whose sense lspci inverts, such as B2_B3#).
        case invertedFlag
        /// label + the value in decimal.
        case decimal
        /// label + the value in hex, zero-padded to the digits.
        case hex(Int)
        /// label + the field's value name (its enumerated values), or `reserved(N)` when unnamed.
        case named
        /// Only the label (a fixed word of lspci's line, placed with the field's bits).
        case label
        /// label + lspci's word for the value (index = raw value), `fallback` beyond the list;
        /// for fields whose printed words differ from their value names (`ASPM L1 Enabled`).
        case words([String], fallback: String)
        /// label + the set bits as ranges, lspci's way (`0-7`, `1, 3-4`), `none` when no bit
        /// is set (the RCEC association bitmap, PCIe Base 6.0 §7.9.10.2).
        case bitRanges
        /// label + the words of the bits that are set, lowest first, space-separated (bit k of
        /// the field → `names[k]`; bits beyond the list are left out): Resizable BAR's supported
        /// sizes, PCIe Base 6.0 §7.8.6.2.
        case setBitNames([String])
        /// label + the value (after the scale) in bytes with a binary unit and `B` (`256MB`,
        /// `humanSize`): Resizable BAR's current size, §7.8.6.3.
        case size
        /// label + a quantity computed from two fields of the register (value × scale: Slot
        /// Power Limit in W, LTR times in ns); `field` is then the decoded field's own name.
        case scaled(ConfigScaledValue)
        /// label + the raw value in decimal, while the decoded value is the field's value name
        /// (lspci prints the code where the spec names a meaning: DPC `Trigger:1`, "fatal").
        case code
        /// label + lspci's word for the value (index = raw value), while the decoded value is
        /// the field's value name: PM's PowerState prints `D3` for the spec's D3hot (PCI PM 1.2
        /// §3.2.4); beyond the list the value name, or `reserved(N)`, is printed.
        case renamed([String])
        /// label + `(` + each bit's word with `+`/`-`, lowest bit first, comma-separated + `)`:
        /// PM's PME_Support vector `PME(D0+,D1-,D2-,D3hot+,D3cold+)` (PCI PM 1.2 §3.2.3).
        case flagList([String])
    }

    /// What the decoder does with the entry when its `condition` does not hold.
    public enum Otherwise: Sendable, Hashable {
        /// Nothing here: a later entry for the same field may print it, or it ends up with
        /// the register's unprinted fields at the end.
        case next
        /// The field is decoded here, in its place among the printed fields, without text.
        case silent
    }

    /// How the raw bits turn into the printed number.
    public enum Scale: Sendable, Hashable {
        case none
        /// raw + 1 (counts encoded minus one: MaxTimeSlots, UnitCnt-style fields).
        case plusOne
        /// 1 << raw (sizes encoded as a power of two: PATEntryBits).
        case powerOfTwo
        /// table[raw], 0 beyond the table (encodings that are neither linear nor powers of two:
        /// PCI-X 2.0 §7.2.3 outstanding split transactions 1, 2, 3, 4, 8, 12, 16, 32).
        case lookup([UInt64])
        /// raw × factor (a count of dwords shown in bytes).
        case times(UInt64)
        /// base << raw (Max_Payload_Size: 128 << n bytes, PCIe Base 6.0 §7.5.3.3).
        case shifted(UInt64)
        /// raw, except that 0 encodes `n` (Max End-End TLP Prefixes: 00b is 4, §7.5.3.15).
        case zeroMeans(UInt64)

        /// The printed number for `raw`.
        public func apply(_ raw: UInt64) -> UInt64 {
            switch self {
            case .none: raw
            case .plusOne: raw &+ 1
            case .powerOfTwo: raw < 64 ? 1 << raw : 0
            case .lookup(let table): raw < UInt64(table.count) ? table[Int(raw)] : 0
            case .times(let factor): raw.multipliedReportingOverflow(by: factor).partialValue
            case .shifted(let base): raw < 64 && base <= UInt64.max >> raw ? base << raw : 0
            case .zeroMeans(let n): raw == 0 ? n : raw
            }
        }
    }

    /// The `FieldDefinition` name in the layout.
    public let field: String
    public let label: String
    public let style: Style
    public let scale: Scale
    /// Punctuation lspci puts right after the value (`,` `;`).
    public let suffix: String
    /// PCI Express port types lspci prints the field for (nil: all); for other types the field
    /// is still decoded, without text.
    public let portTypes: Set<ExpressPortType>?
    /// Printed right after the previous token of the line, without a space: one lspci token
    /// made of several fields or of one field shown twice (`Dev=00:03.0` from bus, device and
    /// function; `Offset=00000004 (0x10 bytes)`). The token belongs to the first field.
    public let attached: Bool
    /// When the entry prints (nil: always): a condition on the port type or on fields of this
    /// or another register of the structure (`ConfigCondition`). An entry whose condition holds
    /// decodes its field and later entries of that field are skipped (alternatives: the
    /// conditional ones first, an unconditional one last); one that does not hold does what
    /// `otherwise` says. (An attached entry is printed whenever its condition holds.)
    public let condition: ConfigCondition?
    public let otherwise: Otherwise

    public init(_ field: String, _ label: String? = nil, _ style: Style = .flag, scale: Scale = .none, suffix: String = "",
                portTypes: Set<ExpressPortType>? = nil, attached: Bool = false, condition: ConfigCondition? = nil,
                otherwise: Otherwise = .next) {
        self.field = field
        self.label = label ?? field
        self.style = style
        self.scale = scale
        self.suffix = suffix
        self.portTypes = portTypes
        self.attached = attached
        self.condition = condition
        self.otherwise = otherwise
    }

    /// Whether lspci prints the field for a function of port type `port`.
    public func applies(to port: ExpressPortType?) -> Bool {
        guard let portTypes else { return true }
        return port.map { portTypes.contains($0) } ?? false
    }

    /// The same field printed only for `types`.
    public func only(_ types: Set<ExpressPortType>) -> ConfigPrintedField {
        ConfigPrintedField(field, label, style, scale: scale, suffix: suffix, portTypes: types, attached: attached, condition: condition,
                           otherwise: otherwise)
    }

    /// The same entry, printed only when `condition` holds (PCIe Base 6.0 §7.5.3.4: DevCtl's
    /// Initiate FLR where DevCap.FLReset is set); otherwise as `otherwise` says.
    public func when(_ condition: ConfigCondition, otherwise: Otherwise = .next) -> ConfigPrintedField {
        ConfigPrintedField(field, label, style, scale: scale, suffix: suffix, portTypes: portTypes, attached: attached, condition: condition,
                           otherwise: otherwise)
    }

    /// The field decoded in its place, never printed (lspci has no word for it there).
    public var silent: ConfigPrintedField { when(.never, otherwise: .silent) }

    /// The same field printed right after the previous token, without a space.
    public func attachedToPrevious() -> ConfigPrintedField {
        ConfigPrintedField(field, label, style, scale: scale, suffix: suffix, portTypes: portTypes, attached: true, condition: condition,
                           otherwise: otherwise)
    }

    /// `label` + lspci's word for the value.
    public static func words(_ field: String, _ label: String, _ words: [String], fallback: String = "unknown", suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(field, label, .words(words, fallback: fallback), suffix: suffix)
    }

    /// A flag printed under its field name.
    public static func flag(_ field: String, _ label: String? = nil, suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(field, label, .flag, suffix: suffix)
    }

    /// `label` + decimal value.
    public static func decimal(_ field: String, _ label: String, scale: Scale = .none, suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(field, label, .decimal, scale: scale, suffix: suffix)
    }

    /// `label` + the quantity `scaled` computes, decoded as the field `name` (`SlotPowerLimit`).
    public static func scaled(_ name: String, _ label: String, _ scaled: ConfigScaledValue, suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(name, label, .scaled(scaled), suffix: suffix)
    }

    /// `label` + hex value with `digits` digits.
    public static func hex(_ field: String, _ label: String, _ digits: Int, scale: Scale = .none, suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(field, label, .hex(digits), scale: scale, suffix: suffix)
    }

    /// `label` + the field's value name.
    public static func named(_ field: String, _ label: String, suffix: String = "") -> ConfigPrintedField {
        ConfigPrintedField(field, label, .named, suffix: suffix)
    }

    /// The printed token for `raw` (the field's bits shifted down) of `definition`; for a
    /// `.scaled` entry `raw` is the computed amount (`ConfigTableDecoder` computes it).
    public func text(raw: UInt64, definition: FieldDefinition) -> String { body(raw: raw, definition: definition) + suffix }

    func body(raw: UInt64, definition: FieldDefinition) -> String {
        let value = scale.apply(raw)
        switch style {
        case .flag: return label + (raw & 1 == 1 ? "+" : "-")
        case .invertedFlag: return label + (raw & 1 == 1 ? "-" : "+")
        case .decimal: return label + "\(value)"
        case .hex(let digits): return label + MMIOCore.hex(value, digits)
        case .named: return label + (definition.name(of: raw) ?? "reserved(\(raw))")
        case .label: return label
        case .words(let words, let fallback): return label + (raw < UInt64(words.count) ? words[Int(raw)] : fallback)
        case .bitRanges: return label + Self.ranges(raw)
        case .setBitNames(let names):
            return label + names.indices.filter { $0 < 64 && (raw >> UInt64($0)) & 1 == 1 }.map { names[$0] }.joined(separator: " ")
        case .size: return label + humanSize(value) + "B"
        case .scaled(let s): return label + s.text(amount: raw)
        case .code: return label + "\(raw)"
        case .renamed(let words):
            return label + (raw < UInt64(words.count) ? words[Int(raw)] : definition.name(of: raw) ?? "reserved(\(raw))")
        case .flagList(let names):
            return label + "(" + names.indices.map { names[$0] + ($0 < 64 && (raw >> UInt64($0)) & 1 == 1 ? "+" : "-") }.joined(separator: ",") + ")"
        }
    }

    /// The set bits of `bits` as ranges: `0-7`, `1, 3-4`; `none` when no bit is set.
    static func ranges(_ bits: UInt64) -> String {
        var parts: [String] = []
        var bit = 0
        while bit < 64 {
            guard (bits >> UInt64(bit)) & 1 == 1 else { bit += 1; continue }
            var end = bit
            while end + 1 < 64, (bits >> UInt64(end + 1)) & 1 == 1 { end += 1 }
            parts.append(end == bit ? "\(bit)" : "\(bit)-\(end)")
            bit = end + 1
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// The decoded value (`ConfigField.Value`) of `raw`.
    public func value(raw: UInt64, definition: FieldDefinition) -> ConfigField.Value {
        switch style {
        case .flag: return .flag(raw & 1 == 1)
        case .invertedFlag: return .flag(raw & 1 == 0)
        case .named, .code, .renamed: return .text(definition.name(of: raw) ?? "reserved(\(raw))")
        case .words(let words, let fallback): return .text(raw < UInt64(words.count) ? words[Int(raw)] : fallback)
        case .setBitNames, .flagList: return .number(raw)
        case .scaled(let s): return s.decoded(amount: raw)
        case .decimal, .hex, .label, .bitRanges, .size: return .number(scale.apply(raw))
        }
    }
}
