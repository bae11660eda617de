/// One line of a function's sysfs `resource` file: `start end flags`, three 64-bit hex
/// numbers (drivers/pci/pci-sysfs.c `resource_show`). Lines 0–5 are the BARs, line 6 the
/// expansion ROM, later lines bridge windows or SR-IOV BARs. Flags are the kernel's
/// `IORESOURCE_*` bits (include/linux/ioport.h).
public struct BAR: Sendable, Equatable {
    /// Index of the line in `resource` (0–5 for BARs, 6 for the ROM).
    public let index: Int
    public let start: UInt64
    public let end: UInt64
    public let flags: UInt64

    public init(index: Int, start: UInt64, end: UInt64, flags: UInt64) {
        self.index = index
        self.start = start
        self.end = end
        self.flags = flags
    }

    public static let ioResourceIO: UInt64 = 0x0000_0100
    public static let ioResourceMem: UInt64 = 0x0000_0200
    public static let ioResourcePrefetch: UInt64 = 0x0000_2000
    public static let ioResourceReadOnly: UInt64 = 0x0000_4000
    public static let ioResourceMem64: UInt64 = 0x0010_0000
    public static let ioResourceDisabled: UInt64 = 0x1000_0000
    public static let ioResourceUnset: UInt64 = 0x2000_0000

    public enum Kind: String, Sendable { case memory, io }

    /// An unused BAR reads as `0 0 0`.
    public var isUsed: Bool { flags != 0 || end != 0 }
    public var kind: Kind { flags & Self.ioResourceIO != 0 ? .io : .memory }
    public var is64Bit: Bool { flags & Self.ioResourceMem64 != 0 }
    public var isPrefetchable: Bool { flags & Self.ioResourcePrefetch != 0 }
    public var isDisabled: Bool { flags & Self.ioResourceDisabled != 0 }
    /// The kernel reserved space for it but assigned no address (`IORESOURCE_UNSET`), or
    /// firmware left it at 0.
    public var isUnassigned: Bool { flags & Self.ioResourceUnset != 0 || (isUsed && start == 0) }
    /// Size in bytes; 0 when unused or invalid (see `invalidReason`).
    public var size: UInt64 { isUsed ? InclusiveRange(start: start, end: end).size ?? 0 : 0 }
    /// Why a used line's range is not a BAR (`size not representable`, `end below start`),
    /// nil when it is fine. Front ends show the element as invalid with this reason.
    public var invalidReason: String? { isUsed ? InclusiveRange(start: start, end: end).problemText : nil }
    public var isROM: Bool { index == 6 }

    /// Parses the whole `resource` file; malformed lines are skipped. Lines end in LF or
    /// CRLF, like every text hwx reads (`TextLines`). Works on the UTF-8 bytes directly:
    /// machines with thousands of functions make this a hot path.
    public static func parseResourceFile(_ text: String) -> [BAR] {
        var bars: [BAR] = []
        var index = 0
        var fields: [UInt64] = []
        var current: UInt64 = 0
        var digits = 0
        var valid = true
        func endField() {
            if digits > 0 && digits <= 16 { fields.append(current) } else if digits > 16 { valid = false }
            current = 0
            digits = 0
        }
        func endLine() {
            endField()
            if valid && fields.count == 3 {
                bars.append(BAR(index: index, start: fields[0], end: fields[1], flags: fields[2]))
            }
            index += 1
            fields.removeAll(keepingCapacity: true)
            valid = true
        }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                endLine()
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                endField()  // a CR of a CRLF line end ends the last field, like a space
            case UInt8(ascii: "x") where previous == UInt8(ascii: "0") && digits == 1 && current == 0,
                 UInt8(ascii: "X") where previous == UInt8(ascii: "0") && digits == 1 && current == 0:
                digits = 0  // the 0x prefix
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current &<< 4 | UInt64(byte - UInt8(ascii: "0")); digits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "f"):
                current = current &<< 4 | UInt64(byte - UInt8(ascii: "a") + 10); digits += 1
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                current = current &<< 4 | UInt64(byte - UInt8(ascii: "A") + 10); digits += 1
            default:
                valid = false
            }
            previous = byte
        }
        if digits > 0 || !fields.isEmpty { endLine() }
        return bars
    }

    /// `Memory at feb50000 (64-bit, non-prefetchable) [size=16K]`, lspci's phrasing.
    public var summary: String {
        if !isUsed { return "unused" }
        var s: String
        switch kind {
        case .io: s = "I/O ports at " + hex(start, 4)
        case .memory: s = (isROM ? "Expansion ROM at " : "Memory at ") + hex(start, 8)
        }
        if kind == .memory && !isROM {
            s += " (" + (is64Bit ? "64-bit" : "32-bit") + ", " + (isPrefetchable ? "prefetchable" : "non-prefetchable") + ")"
        }
        if isDisabled { s += " [disabled]" }
        if isUnassigned { s += " [unassigned]" }
        if let invalidReason { return s + " [invalid: " + invalidReason + "]" }
        return s + " [size=" + humanSize(size) + "]"
    }
}

func parseHex(_ s: Substring) -> UInt64? {
    let t = s.hasPrefix("0x") || s.hasPrefix("0X") ? s.dropFirst(2) : s
    return UInt64(t, radix: 16)
}

/// `16K`, `1M`, `256`, lspci's size notation: the largest unit that divides exactly.
public func humanSize(_ bytes: UInt64) -> String {
    let units: [(UInt64, String)] = [(1 << 40, "T"), (1 << 30, "G"), (1 << 20, "M"), (1 << 10, "K")]
    for (unit, suffix) in units where bytes >= unit && bytes % unit == 0 {
        return "\(bytes / unit)\(suffix)"
    }
    return "\(bytes)"
}
