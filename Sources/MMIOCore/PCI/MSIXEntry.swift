/// One MSI-X table entry as read (PCIe Base 6.0 §7.7.2.{5,6,7,8}), with its pending bit.
/// Nil fields were not read (or the read failed).
public struct MSIXEntry: Sendable, Equatable {
    public let index: Int
    public let addressLow: UInt32?
    public let addressHigh: UInt32?
    public let data: UInt32?
    public let vectorControl: UInt32?
    public let pending: Bool?

    public init(index: Int, addressLow: UInt32?, addressHigh: UInt32?, data: UInt32?, vectorControl: UInt32?, pending: Bool?) {
        self.index = index
        self.addressLow = addressLow
        self.addressHigh = addressHigh
        self.data = data
        self.vectorControl = vectorControl
        self.pending = pending
    }

    /// The 64-bit message address (x86: 0xfeeXXXXX targets a local APIC); the low two bits
    /// are reserved (DWORD aligned).
    public var address: UInt64? {
        guard let lo = addressLow, let hi = addressHigh else { return nil }
        return UInt64(hi) << 32 | UInt64(lo & ~3)
    }

    /// Vector Control bit 0: the vector is masked (no message is sent; pending bit set instead).
    public var masked: Bool? { vectorControl.map { $0 & 1 != 0 } }

    /// `+0x0000  0x00000000fee00000  0x00004021  masked  pending` style columns.
    public var json: JSONValue {
        func u(_ v: UInt32?) -> JSONValue { v.map { .string("0x" + hex(UInt64($0), 8)) } ?? .null }
        return .object([
            ("index", .int(Int64(index))),
            ("address", address.map { .string("0x" + hex($0, 16)) } ?? .null),
            ("data", u(data)),
            ("vector_control", u(vectorControl)),
            ("masked", masked.map { .bool($0) } ?? .null),
            ("pending", pending.map { .bool($0) } ?? .null),
        ])
    }
}
