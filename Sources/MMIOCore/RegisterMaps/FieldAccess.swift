
/// How software may access a field, in the vocabulary of the PCI, NVMe and AHCI specs
/// (e.g. NVMe 2.0 §3.1.4 "RO", "RW", "RWC"; PCIe Base 6.0 §7.4 "RW1C", "RsvdP").
public enum FieldAccess: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Read-write.
    case readWrite = "RW"
    /// Read-only: writes are ignored by the device; hwx refuses to target it.
    case readOnly = "RO"
    /// Write-only: reads return nothing meaningful; untargeted, it is written as 0.
    case writeOnly = "WO"
    /// Write 1 to clear: untargeted it is written as 0, so a write never clears it by accident.
    case writeOneToClear = "RW1C"
    /// Write 1 to set (NVMe INTMS, xHCI PORTSC.PR): untargeted it is written as 0.
    case writeOneToSet = "RW1S"
    /// Reserved and preserved (PCIe Base 6.0 §7.4 "RsvdP"): written back as read, never targeted.
    case reserved = "reserved"
    /// Reserved and zero (PCIe Base 6.0 §7.4 "RsvdZ"): always written as 0, never targeted.
    case reservedZero = "RsvdZ"

    /// Accepts the spellings specs use: `RW`, `RO`, `WO`, `RW1C`/`RWC`/`R/WC`, `RW1S`, `reserved`/`RsvdP`, `RsvdZ`.
    public init?(spelling: String) {
        switch spelling.uppercased().filter({ $0 != "/" }) {
        case "RW": self = .readWrite
        case "RO", "R": self = .readOnly
        case "WO", "W": self = .writeOnly
        case "RW1C", "RWC", "W1C": self = .writeOneToClear
        case "RW1S", "RWS", "W1S": self = .writeOneToSet
        case "RESERVED", "RSVD", "RSVDP": self = .reserved
        case "RSVDZ": self = .reservedZero
        default: return nil
        }
    }

    /// Whether a field write may name this field.
    public var isWritable: Bool { self == .readWrite || self == .writeOnly || self == .writeOneToClear || self == .writeOneToSet }

    /// Fields written as 0 when a write does not target them: writing back the read value
    /// would clear (RW1C), set (RW1S) or trigger (WO) something.
    /// RsvdZ is written as 0 too: software must write 0 there (PCIe Base 6.0 §7.4).
    public var zeroWhenUntargeted: Bool { self == .writeOneToClear || self == .writeOneToSet || self == .writeOnly || self == .reservedZero }

    /// RsvdP or RsvdZ.
    public var isReserved: Bool { self == .reserved || self == .reservedZero }

    public var description: String { rawValue }
}
