/// One decoded field of a configuration register: its name (lspci's vocabulary, so a user
/// who knows `lspci -vvv` recognises it), which bits it occupies, the raw bits, the value they
/// mean, and the token lspci would print for it (`BusMaster+`, `MaxPayload 256 bytes`).
///
/// Front ends render `text`; JSON carries everything; writes can address a field by
/// register and name because the bit position is part of the data.
public struct ConfigField: Sendable, Equatable {
    /// What the bits mean.
    public enum Value: Sendable, Equatable {
        /// A one-bit flag, printed `Name+` / `Name-`.
        case flag(Bool)
        /// A plain number (count, size in bytes, latency in ns...).
        case number(UInt64)
        /// A named setting (`2.5GT/s`, `D3hot`, `Disabled`).
        case text(String)
    }

    /// lspci's name for the field (`BusMaster`, `MaxPayload`, `Speed`).
    public let name: String
    /// Lowest bit of the field inside its register (nil for values derived from several fields).
    public let lowBit: Int?
    /// Width in bits (0 when derived).
    public let bitCount: Int
    /// The field's bits, shifted down to bit 0.
    public let raw: UInt64
    public let value: Value
    /// The token a front end prints, lspci-style.
    public let text: String

    public init(name: String, lowBit: Int?, bitCount: Int, raw: UInt64, value: Value, text: String) {
        self.name = name
        self.lowBit = lowBit
        self.bitCount = bitCount
        self.raw = raw
        self.value = value
        self.text = text
    }

    /// A one-bit flag at `bit` of `register`, printed `Name+`/`Name-`.
    public static func flag(_ name: String, _ register: UInt64, bit: Int) -> ConfigField {
        let on = (register >> UInt64(bit)) & 1 == 1
        return ConfigField(name: name, lowBit: bit, bitCount: 1, raw: on ? 1 : 0, value: .flag(on), text: name + (on ? "+" : "-"))
    }

    /// The bits `low..<low+count` of `register`.
    public static func bits(_ register: UInt64, _ low: Int, _ count: Int) -> UInt64 {
        (register >> UInt64(low)) & ((count >= 64) ? ~0 : ((1 << UInt64(count)) - 1))
    }

    /// A multi-bit field whose meaning is a number; `render` turns the decoded number into text.
    public static func number(_ name: String, _ register: UInt64, low: Int, count: Int,
                              decode: (UInt64) -> UInt64 = { $0 },
                              render: (UInt64) -> String) -> ConfigField {
        let raw = bits(register, low, count)
        let v = decode(raw)
        return ConfigField(name: name, lowBit: low, bitCount: count, raw: raw, value: .number(v), text: render(v))
    }

    /// A multi-bit field whose meaning is a named setting; `render` makes the printed token from the name.
    public static func choice(_ name: String, _ register: UInt64, low: Int, count: Int,
                              names: (UInt64) -> String,
                              render: (String) -> String) -> ConfigField {
        let raw = bits(register, low, count)
        let n = names(raw)
        return ConfigField(name: name, lowBit: low, bitCount: count, raw: raw, value: .text(n), text: render(n))
    }

    /// A value computed from other fields or registers (no bit position of its own).
    public static func derived(_ name: String, raw: UInt64, value: Value, text: String) -> ConfigField {
        ConfigField(name: name, lowBit: nil, bitCount: 0, raw: raw, value: value, text: text)
    }

    /// A copy whose printed token is `text`, same bits and value (for lspci's punctuation).
    public func printed(_ text: String) -> ConfigField {
        ConfigField(name: name, lowBit: lowBit, bitCount: bitCount, raw: raw, value: value, text: text)
    }

    /// The flag's state, when the field is a flag.
    public var isSet: Bool? {
        if case .flag(let b) = value { return b }
        return nil
    }
}
