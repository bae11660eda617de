/// The width of one register access. The read width is the access width: hwx never
/// splits or widens an access, because device registers react to the exact bus cycle
/// (PCIe Base 6.0 §2.2.5: byte enables are part of the request).
public enum AccessWidth: Int, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case bits8 = 8, bits16 = 16, bits32 = 32, bits64 = 64

    public init?(bits: Int) { self.init(rawValue: bits) }

    public var bytes: Int { rawValue / 8 }
    public var bits: Int { rawValue }
    /// All ones at this width.
    public var mask: UInt64 { rawValue == 64 ? .max : (UInt64(1) << UInt64(rawValue)) - 1 }
    /// Hex digits needed to print a full value.
    public var hexDigits: Int { rawValue / 4 }
    public var description: String { "\(rawValue)-bit" }

    /// `0x0000beef` at this width.
    public func format(_ value: UInt64) -> String { "0x" + hex(value & mask, hexDigits) }
}
