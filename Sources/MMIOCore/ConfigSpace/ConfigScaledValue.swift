/// A quantity encoded as a value field and a scale field of one register, as data:
/// `amount = value × factors[scale]` in a base unit, printed with `decimals` decimal places
/// (trailing zeros dropped) and `unit`. The forms in PCI Express:
/// - Slot Power Limit, PCIe Base 6.0 §7.5.3.3 (DevCap 25:18 × 27:26) and §7.5.3.9 (SltCap
///   14:7 × 16:15): value × 1, 0.1, 0.01 or 0.001 W, i.e. factors `[1000, 100, 10, 1]` mW with
///   `decimals: 3` and unit `W`;
/// - Latency Tolerance Reporting, §7.8.2: value × 32^scale ns, factors `[1, 32, 1024, 32768,
///   1048576, 33554432]` (scales 6 and 7 are reserved: beyond the list the amount is 0);
/// - L1 PM Substates, §7.8.3: T_PowerOn value × 2, 10 or 100 µs, the LTR L1.2 threshold as LTR.
///
/// The decoded field is named by its `ConfigPrintedField` (`SlotPowerLimit`); it has no bit
/// position of its own, and its raw value is the register's bits from the lowest bit of the two
/// fields to the highest (value and scale together).
public struct ConfigScaledValue: Sendable, Hashable {
    /// What the decoded `ConfigField.Value` carries.
    public enum Kind: Sendable, Hashable {
        /// The amount in the base unit (`.number(7500)` for 7.5 W in mW).
        case number
        /// The printed amount with its unit (`.text("7.5W")`).
        case text
    }

    /// An encoding that does not follow `value × factor`: PCIe Base 6.0 §7.5.3.3 gives Slot
    /// Power Limit values F0h-FEh at scale 00b 250 W to 600 W in 25 W steps and FFh "greater
    /// than 600 W" (`prefix: ">"`).
    public struct Special: Sendable, Hashable {
        public let scale: UInt64
        public let value: UInt64
        public let amount: UInt64
        /// Printed before the amount (`>`).
        public let prefix: String

        public init(scale: UInt64, value: UInt64, amount: UInt64, prefix: String = "") {
            self.scale = scale
            self.value = value
            self.amount = amount
            self.prefix = prefix
        }
    }

    /// Names of the value and scale fields in the same register's layout.
    public let value: String
    public let scale: String
    /// Multiplier per scale encoding (index = the scale field's raw value); 0 beyond the list.
    public let factors: [UInt64]
    /// Decimal places of the base unit in the printed unit (3: mW printed as W).
    public let decimals: Int
    public let unit: String
    public let kind: Kind
    public let specials: [Special]

    public init(value: String, scale: String, factors: [UInt64], decimals: Int = 0, unit: String, kind: Kind = .number,
                specials: [Special] = []) {
        self.value = value
        self.scale = scale
        self.factors = factors
        self.decimals = decimals
        self.unit = unit
        self.kind = kind
        self.specials = specials
    }

    /// The special encoding of `value` at `scale`, if it is one.
    public func special(value: UInt64, scale: UInt64) -> Special? {
        specials.first { $0.scale == scale && $0.value == value }
    }

    /// The amount in the base unit; nil when the product does not fit 64 bits.
    public func amount(value: UInt64, scale: UInt64) -> UInt64? {
        if let s = special(value: value, scale: scale) { return s.amount }
        let factor = scale < UInt64(factors.count) ? factors[Int(scale)] : 0
        let (p, overflow) = value.multipliedReportingOverflow(by: factor)
        return overflow ? nil : p
    }

    /// `amount` base units in the printed unit: `7500` mW with 3 decimals → `7.5W`, `5` → `0.005W`.
    public func text(amount: UInt64?) -> String {
        guard let amount else { return "unknown" }
        guard decimals > 0 else { return "\(amount)" + unit }
        let digits = String(amount)
        let padded = digits.count > decimals ? digits : String(repeating: "0", count: decimals + 1 - digits.count) + digits
        let whole = padded.dropLast(decimals)
        var fraction = Substring(padded.suffix(decimals))
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return String(whole) + (fraction.isEmpty ? "" : "." + String(fraction)) + unit
    }

    /// The decoded value for `amount`.
    public func decoded(amount: UInt64?) -> ConfigField.Value {
        switch kind {
        case .number: .number(amount ?? 0)
        case .text: .text(text(amount: amount))
        }
    }
}
