/// When a layout table prints a field or a register, as data. What lspci prints often depends
/// on something besides the field's own bits:
/// - the function's Device/Port Type (PCIe Base 6.0 §7.5.3.2): a Root Port's DevCap has no
///   acceptable latencies, a switch port completes no AtomicOps;
/// - another field of the same register: LnkCap's exit latencies only for the ASPM states it
///   supports (§7.5.3.6), DevCap2's MaxEETLPPrefixes only when EETLPPrefix is set (§7.5.3.15);
/// - a field of another register of the same structure: DevCtl's Initiate FLR only where
///   DevCap says FLR is supported (§7.5.3.3, §7.5.3.4); LnkSta's `(downgraded)` against LnkCap
///   (§7.5.3.8).
///
/// Fields are named `REG.FIELD` (`FieldReference`: a register of the same table by its label,
/// a field by its name; `REG` alone is the whole register) inside the checked expressions map
/// files already use (`RegisterExpression`: numbers, `+ - * <<`). `ConfigTableContext`
/// supplies the values.
///
/// Evaluation is three-valued: a reference whose register is not in the table, or whose bytes
/// were not read (a truncated dump), is unknown, and so is a comparison with it; `not` of
/// unknown is unknown; `all` is false if any part is false, `any` true if any part is true.
/// A condition that ends unknown does not hold.
public indirect enum ConfigCondition: Sendable, Hashable {
    /// The function's Device/Port Type is one of these; false for a function that is not PCI
    /// Express or has a reserved type (never unknown).
    case portType(Set<ExpressPortType>)
    /// `(expression & mask) != 0`: a flag is set, a field is nonzero, bit n of a field is set.
    case anyBit(RegisterExpression, mask: UInt64)
    /// `a == b`.
    case equal(RegisterExpression, RegisterExpression)
    /// `a < b` (unsigned).
    case less(RegisterExpression, RegisterExpression)
    case not(ConfigCondition)
    /// Every part holds (`all([])` always holds).
    case all([ConfigCondition])
    /// Some part holds (`any([])` never holds).
    case any([ConfigCondition])

    /// Always true.
    public static let always = ConfigCondition.all([])
    /// Never true: with `ConfigPrintedField.Otherwise.silent`, a field decoded in place without text.
    public static let never = ConfigCondition.any([])

    /// `REG.FIELD` (or `REG` when `field` is nil) as an expression.
    public static func ref(_ register: String, _ field: String? = nil) -> RegisterExpression {
        .field(FieldReference(register: register, field: field))
    }

    /// The field (or whole register) is nonzero; for a one-bit field, the flag is set.
    public static func nonzero(_ register: String, _ field: String? = nil) -> ConfigCondition {
        .anyBit(ref(register, field), mask: ~0)
    }

    /// Bit `bit` of the field is set (`LnkCap.ASPM` bit 0: L0s supported).
    public static func bit(_ bit: Int, of register: String, _ field: String) -> ConfigCondition {
        .anyBit(ref(register, field), mask: bit < 64 ? 1 << UInt64(bit) : 0)
    }

    /// The field is at least `n` (`ExpCap.Version` ≥ 2: the version 2 registers exist).
    public static func atLeast(_ register: String, _ field: String, _ n: UInt64) -> ConfigCondition {
        .not(.less(ref(register, field), .number(n)))
    }

    /// The function's port type is not one of `types` (true for a reserved type).
    public static func portTypeNot(_ types: Set<ExpressPortType>) -> ConfigCondition {
        .not(.portType(types))
    }

    /// Whether the condition holds for a function of type `port`, each reference's value from
    /// `value` (nil: unknown); nil when it cannot be known.
    public func evaluate(port: ExpressPortType?, value: (FieldReference) -> UInt64?) -> Bool? {
        func number(_ e: RegisterExpression) -> UInt64? { e.evaluate { (r: FieldReference) -> UInt64? in value(r) } }
        switch self {
        case .portType(let types):
            return port.map { types.contains($0) } ?? false
        case .anyBit(let e, let mask):
            return number(e).map { $0 & mask != 0 }
        case .equal(let a, let b):
            guard let x = number(a), let y = number(b) else { return nil }
            return x == y
        case .less(let a, let b):
            guard let x = number(a), let y = number(b) else { return nil }
            return x < y
        case .not(let c):
            return c.evaluate(port: port, value: value).map { !$0 }
        case .all(let parts):
            var unknown = false
            for p in parts {
                switch p.evaluate(port: port, value: value) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case .any(let parts):
            var unknown = false
            for p in parts {
                switch p.evaluate(port: port, value: value) {
                case true?: return true
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? nil : false
        }
    }

    /// Every `REG.FIELD` the condition reads, left to right.
    public var references: [FieldReference] {
        switch self {
        case .portType: []
        case .anyBit(let e, _): e.references
        case .equal(let a, let b), .less(let a, let b): a.references + b.references
        case .not(let c): c.references
        case .all(let parts), .any(let parts): parts.flatMap(\.references)
        }
    }
}
