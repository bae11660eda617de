/// A bridge's forwarding window (PCI-to-PCI Bridge 1.2 §3.2.5.6-9): I/O, memory or
/// prefetchable memory behind the bridge, from its base and limit registers.
public struct DecodedWindow: Sendable, Equatable {
    public enum Kind: String, Sendable { case io, memory, prefetchable }

    public let kind: Kind
    public let base: UInt64
    public let limit: UInt64
    /// Addressing width the bridge implements for the window: 16 or 32 for I/O, 32 or 64 for memory.
    public let addressBits: Int
    /// Config offsets of the base and limit registers.
    public let baseOffset: Int
    public let limitOffset: Int

    /// How the window is named (`Memory behind bridge`, CardBus `Memory window 0`).
    public let label: String
    /// Words after the range (CardBus: `(prefetchable)`, as lspci prints it).
    public let trailer: String?
    /// Hex digits of base and limit when fixed (lspci prints CardBus windows with 8).
    public let digits: Int?

    public init(kind: Kind, base: UInt64, limit: UInt64, addressBits: Int, baseOffset: Int, limitOffset: Int, label: String? = nil,
                trailer: String? = nil, digits: Int? = nil) {
        self.label = label ?? Self.defaultLabel(kind)
        self.trailer = trailer
        self.digits = digits
        self.kind = kind
        self.base = base
        self.limit = limit
        self.addressBits = addressBits
        self.baseOffset = baseOffset
        self.limitOffset = limitOffset
    }

    /// A base above its limit means the bridge forwards nothing of this kind.
    public var isEnabled: Bool { base <= limit }
    /// Size in bytes; 0 when disabled or when it is not representable (`invalidReason`).
    public var size: UInt64 { isEnabled ? InclusiveRange(start: base, end: limit).size ?? 0 : 0 }
    /// `size not representable` for a window covering all 2^64 addresses; nil otherwise
    /// (a limit below the base is the spec's way to disable a window, not an error).
    public var invalidReason: String? { isEnabled ? InclusiveRange(start: base, end: limit).problemText : nil }

    static func defaultLabel(_ kind: Kind) -> String {
        switch kind {
        case .io: "I/O behind bridge"
        case .memory: "Memory behind bridge"
        case .prefetchable: "Prefetchable memory behind bridge"
        }
    }

    /// `Memory behind bridge: fe800000-fe9fffff [size=2M] [32-bit]`.
    public var text: String {
        // lspci: 16 digits only for a 64-bit prefetchable window.
        let digits = self.digits ?? (kind == .io ? (addressBits == 32 ? 8 : 4) : (kind == .prefetchable && addressBits == 64 ? 16 : 8))
        if !isEnabled { return label + ": [disabled] [\(addressBits)-bit]" }
        if let invalidReason { return label + ": " + hex(base, digits) + "-" + hex(limit, digits) + " [invalid: " + invalidReason + "] [\(addressBits)-bit]" }
        return label + ": " + hex(base, digits) + "-" + hex(limit, digits) + (trailer.map { " " + $0 } ?? "") + " [size=" + humanSize(size) + "] [\(addressBits)-bit]"
    }
}
