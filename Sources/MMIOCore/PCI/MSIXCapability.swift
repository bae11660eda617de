/// Where a function's MSI-X table and Pending Bit Array live, from its MSI-X capability
/// (ID 0x11; PCI Local Bus 3.0 §6.8.2, PCIe Base 6.0 §7.7.2):
/// - Message Control (+2): table size N-1 in bits 10:0, Function Mask bit 14, MSI-X Enable bit 15;
/// - Table Offset/BIR (+4) and PBA Offset/BIR (+8): BAR indicator in bits 2:0, the offset
///   into that BAR (QWORD aligned) in bits 31:3.
public struct MSIXCapability: Sendable, Equatable {
    /// Offset of the capability in config space.
    public let capabilityOffset: Int
    /// Number of table entries (table size field + 1).
    public let count: Int
    public let enabled: Bool
    public let functionMasked: Bool
    public let tableBAR: Int
    public let tableOffset: UInt64
    public let pbaBAR: Int
    public let pbaOffset: UInt64

    /// Each table entry is 16 bytes: Message Address (+0), Message Upper Address (+4),
    /// Message Data (+8), Vector Control (+12, bit 0 = Mask).
    public static let entrySize: UInt64 = 16

    public init(capabilityOffset: Int, messageControl: UInt16, table: UInt32, pba: UInt32) {
        self.capabilityOffset = capabilityOffset
        count = Int(messageControl & 0x7ff) + 1
        enabled = messageControl & 0x8000 != 0
        functionMasked = messageControl & 0x4000 != 0
        tableBAR = Int(table & 7)
        tableOffset = UInt64(table & ~7)
        pbaBAR = Int(pba & 7)
        pbaOffset = UInt64(pba & ~7)
    }

    /// The MSI-X capability of `config`, nil when the function has none (or its config
    /// space is not readable that far).
    public static func find(in config: ConfigSpace) -> MSIXCapability? {
        guard let entry = CapabilityWalker.standard(config).entries.first(where: { $0.standardID == .msiX }),
              let ctl = config.u16(entry.offset + 2), let table = config.u32(entry.offset + 4),
              let pba = config.u32(entry.offset + 8) else { return nil }
        return MSIXCapability(capabilityOffset: entry.offset, messageControl: ctl, table: table, pba: pba)
    }

    /// Offset (in the table's BAR) of entry `index`'s DWORD `dword` (0 address, 1 upper
    /// address, 2 data, 3 vector control).
    public func tableOffset(entry index: Int, dword: Int) -> UInt64 {
        tableOffset + UInt64(index) * Self.entrySize + UInt64(dword * 4)
    }

    /// Offsets (in the PBA's BAR) of the PBA DWORDs covering all entries (bit i of DWORD
    /// i/32 is entry i's pending bit).
    public var pbaDWORDOffsets: [UInt64] {
        (0..<((count + 31) / 32)).map { pbaOffset + UInt64($0 * 4) }
    }

    /// Every DWORD of the table, in entry order: what a live view subscribes to. The spec
    /// allows only aligned DWORD or QWORD accesses to the table and the PBA (PCIe Base 6.0
    /// §6.1.4.2), so everything is read as aligned DWORDs.
    public var tableDWORDOffsets: [UInt64] {
        (0..<count).flatMap { i in (0..<4).map { tableOffset(entry: i, dword: $0) } }
    }
}
