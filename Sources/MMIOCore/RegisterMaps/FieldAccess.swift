import Foundation

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
    /// Reserved: preserved as read, never targeted.
    case reserved = "reserved"

    /// Accepts the spellings specs use: `RW`, `RO`, `WO`, `RW1C`/`RWC`/`R/WC`, `reserved`/`RsvdP`/`RsvdZ`.
    public init?(spelling: String) {
        switch spelling.uppercased().replacingOccurrences(of: "/", with: "") {
        case "RW": self = .readWrite
        case "RO", "R": self = .readOnly
        case "WO", "W": self = .writeOnly
        case "RW1C", "RWC", "W1C": self = .writeOneToClear
        case "RESERVED", "RSVD", "RSVDP", "RSVDZ": self = .reserved
        default: return nil
        }
    }

    /// Whether a field write may name this field.
    public var isWritable: Bool { self == .readWrite || self == .writeOnly || self == .writeOneToClear }

    public var description: String { rawValue }
}
