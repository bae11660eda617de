/// The bytes of one function's PCI configuration space, as far as they could be read.
///
/// Linux's sysfs `config` file gives 64 bytes to non-root readers, 256 bytes for
/// conventional PCI functions and 4096 for PCI Express ones (PCI Local Bus 3.0 §6.1,
/// PCIe Base 6.0 §7.2). A dump (`lspci -x/-xxx/-xxxx`) gives 64, 256 or 4096.
/// Accessors return `nil` beyond what was read, so decoders can say "not available"
/// instead of inventing zeros.
public struct ConfigSpace: Sendable, Equatable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Number of bytes available (64, 256, 4096, or a truncated count).
    public var count: Int { bytes.count }

    public func u8(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    public func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    public func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * i) }
        return v
    }

    public func u64(_ offset: Int) -> UInt64? {
        guard let lo = u32(offset), let hi = u32(offset + 4) else { return nil }
        return UInt64(hi) << 32 | UInt64(lo)
    }

    /// Vendor ID at 0x00 (0xffff: no function answered).
    public var vendorID: UInt16? { u16(0x00) }
    public var deviceID: UInt16? { u16(0x02) }
    /// Header type at 0x0e without the multi-function bit (0: endpoint, 1: bridge, 2: CardBus).
    public var headerType: UInt8? { u8(0x0e).map { $0 & 0x7f } }
    /// The header layout (nil: unreadable, or a reserved type such as all ones' 0x7f).
    public var header: ConfigHeaderType? { headerType.flatMap(ConfigHeaderType.init(rawValue:)) }
}
