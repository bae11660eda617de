
/// A contiguous run of bits inside a register, `msb:lsb` inclusive as datasheets write it
/// (`31:16`), or a single bit (`7`).
public struct BitRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public let lsb: Int
    public let msb: Int

    /// Bits `lsb...msb`; callers (the loader) check `0 <= lsb <= msb < 64`.
    public init(lsb: Int, msb: Int) {
        precondition(0 <= lsb && lsb <= msb && msb < 64, "bit range \(msb):\(lsb) outside a 64-bit register")
        self.lsb = lsb
        self.msb = msb
    }

    public init(bit: Int) { self.init(lsb: bit, msb: bit) }

    /// Parses `31:16`, `16:31` (either order), `7`, or SVD's `[31:16]`.
    public init?(parsing text: String) {
        var t = text.trimmingWhitespace()
        if t.hasPrefix("[") && t.hasSuffix("]") { t = String(t.dropFirst().dropLast()) }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0.trimmingWhitespace()) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count) else { return nil }
        let lo = numbers.min()!, hi = numbers.max()!
        guard lo >= 0, hi < 64 else { return nil }
        self.init(lsb: lo, msb: hi)
    }

    public var width: Int { msb - lsb + 1 }

    /// The field's bits in place (`0x0000ff00` for `15:8`).
    public var mask: UInt64 { maxValue << UInt64(lsb) }

    /// The largest value the field holds (`0xff` for an 8-bit field).
    public var maxValue: UInt64 { width == 64 ? .max : (UInt64(1) << UInt64(width)) - 1 }

    /// The field's value, shifted down.
    public func extract(from register: UInt64) -> UInt64 { (register >> UInt64(lsb)) & maxValue }

    /// `register` with this field replaced by `value` (which must fit).
    public func insert(_ value: UInt64, into register: UInt64) -> UInt64 {
        (register & ~mask) | ((value & maxValue) << UInt64(lsb))
    }

    public func overlaps(_ other: BitRange) -> Bool { mask & other.mask != 0 }

    /// `31:16`, or `7` for one bit.
    public var description: String { width == 1 ? "\(lsb)" : "\(msb):\(lsb)" }
}
