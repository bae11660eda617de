/// The layout of a function's configuration header, the Header Type register's bits 6:0 at
/// 0x0e (PCI Local Bus 3.0 §6.2.1; PCI-to-PCI Bridge 1.2 §3.2; PC Card 8.0 §4.5 for CardBus).
/// Bit 7 (multi-function) is not part of it. Values 3-0x7f are reserved: `ConfigSpace.header`
/// is nil for them, and the raw number stays in `ConfigSpace.headerType`.
public enum ConfigHeaderType: UInt8, Sendable, CaseIterable, Comparable {
    /// Type 0: an endpoint (six BARs, subsystem IDs, capabilities at 0x34).
    case endpoint = 0
    /// Type 1: a PCI-to-PCI bridge (two BARs, bus numbers and windows).
    case pciBridge = 1
    /// Type 2: a CardBus bridge (socket registers; capability pointer at 0x14).
    case cardBusBridge = 2

    /// The word `show` prints (`Endpoint`, `PCI-to-PCI bridge`, `CardBus bridge`).
    public var name: String {
        switch self {
        case .endpoint: "Endpoint"
        case .pciBridge: "PCI-to-PCI bridge"
        case .cardBusBridge: "CardBus bridge"
        }
    }

    /// How an error names the type: `type 1 (PCI-to-PCI bridge)`.
    public var described: String {
        switch self {
        case .endpoint: "type 0 (endpoint)"
        case .pciBridge: "type 1 (PCI-to-PCI bridge)"
        case .cardBusBridge: "type 2 (CardBus bridge)"
        }
    }

    /// Where the Capabilities Pointer is: 0x34, or 0x14 in a CardBus header (PC Card 8.0 §4.5).
    public var capabilityPointerOffset: Int { self == .cardBusBridge ? 0x14 : 0x34 }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
