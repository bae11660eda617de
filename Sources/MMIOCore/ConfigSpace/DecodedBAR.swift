/// One Base Address Register (or the expansion ROM BAR) decoded from config space
/// (PCI Local Bus 3.0 §6.2.5), with its size when sysfs `resource` knows it (a dump cannot:
/// sizing needs writing all ones to the BAR, which hwx never does).
public struct DecodedBAR: Sendable, Equatable {
    public enum Kind: String, Sendable { case memory, io, rom }

    /// 0...5 for BARs, 6 for the expansion ROM.
    public let index: Int
    /// Config offset of the (low) register.
    public let offset: Int
    public let kind: Kind
    public let is64Bit: Bool
    public let isPrefetchable: Bool
    /// Raw register value (both dwords for 64-bit BARs).
    public let raw: UInt64
    /// Decoded base address (type and flag bits cleared).
    public let address: UInt64
    /// Size in bytes from sysfs `resource`, nil when unknown.
    public let size: UInt64?
    /// For the ROM: the enable bit (bit 0). For BARs: whether the Command register enables
    /// the space it decodes (I/O or Memory).
    public let isEnabled: Bool
    /// Why sysfs `resource` gives this BAR no size (`size not representable`), nil when fine.
    public let invalidReason: String?

    public init(index: Int, offset: Int, kind: Kind, is64Bit: Bool, isPrefetchable: Bool, raw: UInt64,
                address: UInt64, size: UInt64?, isEnabled: Bool, invalidReason: String? = nil) {
        self.invalidReason = invalidReason
        self.index = index
        self.offset = offset
        self.kind = kind
        self.is64Bit = is64Bit
        self.isPrefetchable = isPrefetchable
        self.raw = raw
        self.address = address
        self.size = size
        self.isEnabled = isEnabled
    }

    /// Firmware or the kernel left the address at 0.
    public var isUnassigned: Bool { address == 0 }

    /// `Region 0: Memory at feb50000 (64-bit, non-prefetchable) [size=16K]`, lspci's phrasing.
    public var text: String {
        var s: String
        let at = isUnassigned ? "<unassigned>" : hex(address, kind == .io ? 4 : 8)
        switch kind {
        case .io: s = "Region \(index): I/O ports at " + at
        case .memory:
            s = "Region \(index): Memory at " + at + " (" + (is64Bit ? "64-bit" : "32-bit") + ", " + (isPrefetchable ? "prefetchable" : "non-prefetchable") + ")"
        case .rom: s = "Expansion ROM at " + at
        }
        if !isEnabled { s += " [disabled]" }
        if let invalidReason { s += " [invalid: " + invalidReason + "]" } else if let size { s += " [size=" + humanSize(size) + "]" }
        return s
    }
}
