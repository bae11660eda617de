/// The Virtual Channel (IDs 0x0002, 0x0009) and Multi-Function Virtual Channel (ID 0x0008)
/// extended capabilities as data, PCIe Base 6.0 §7.9.1 (VC) and §7.9.2 (MFVC, the same port
/// registers and resource blocks): port VC capability 1 (+4) and 2 (+8), port VC control
/// (+0xc) and status (+0xe), then one 12-byte resource block per VC from +0x10 (capability,
/// control, status at +0xa). lspci's labels and tokens (`ArbSelect=WRR32`, `TC/VC=ff`).
public enum VirtualChannelLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let vcArbitration: [(UInt64, String)] = [(0, "Fixed"), (1, "WRR32"), (2, "WRR64"), (3, "WRR128")]
    static let portArbitration: [(UInt64, String)] = [(0, "Fixed"), (1, "WRR32"), (2, "WRR64"), (3, "WRR128"), (4, "TWRR128"), (5, "WRR256")]

    /// The port registers (+4 to +0xf).
    public static let port: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Caps", offset: 0x04, width: .bits32, fields: [
            T.bits("ExtVCCount", 2, 0, .readOnly, "Extended VC Count"), T.rsvdP(3, 3),
            T.bits("LPEVC", 6, 4, .readOnly, "Low Priority Extended VC Count"), T.rsvdP(7, 7),
            T.bits("RefClk", 9, 8, .readOnly, "Reference Clock", values: [(0, "100ns")]),
            T.bits("PATEntryBits", 11, 10, .readOnly, "Port Arbitration Table Entry Size (1 << n bits)"), T.rsvdP(31, 12),
        ], spec: "PCIe 6.0 §7.9.1.2", printed: [[
            P.decimal("LPEVC", "LPEVC="), P.named("RefClk", "RefClk="), P.decimal("PATEntryBits", "PATEntryBits=", scale: .powerOfTwo),
        ]]),
        ConfigRegisterLayout(label: "Arb", offset: 0x08, width: .bits32, fields: [
            T.bit("Fixed", 0, .readOnly, "Hardware fixed arbitration"), T.bit("WRR32", 1, .readOnly), T.bit("WRR64", 2, .readOnly),
            T.bit("WRR128", 3, .readOnly), T.rsvdP(23, 4), T.bits("TableOffset", 31, 24, .readOnly, "VC Arbitration Table Offset (16-byte units)"),
        ], spec: "PCIe 6.0 §7.9.1.3", printed: [[P.flag("Fixed"), P.flag("WRR32"), P.flag("WRR64"), P.flag("WRR128")]]),
        ConfigRegisterLayout(label: "Ctrl", offset: 0x0c, width: .bits16, fields: [
            T.bit("LoadTable", 0, .readWrite, "Load VC Arbitration Table"),
            T.bits("ArbSelect", 3, 1, .readWrite, "VC Arbitration Select", values: vcArbitration), T.rsvdP(15, 4),
        ], spec: "PCIe 6.0 §7.9.1.4", printed: [[P.named("ArbSelect", "ArbSelect=")]]),
        ConfigRegisterLayout(label: "Status", offset: 0x0e, width: .bits16, fields: [
            T.bit("InProgress", 0, .readOnly, "VC Arbitration Table Status"), T.rsvdZ(15, 1),
        ], spec: "PCIe 6.0 §7.9.1.5", printed: [[P.flag("InProgress")]]),
    ]

    /// VC 0's resource block; VC n's is the same `12 * n` bytes further on.
    static let resource: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Caps", offset: 0x10, width: .bits32, fields: [
            T.bit("Fixed", 0, .readOnly, "Port Arbitration Capability: hardware fixed"), T.bit("WRR32", 1, .readOnly),
            T.bit("WRR64", 2, .readOnly), T.bit("WRR128", 3, .readOnly), T.bit("TWRR128", 4, .readOnly), T.bit("WRR256", 5, .readOnly),
            T.rsvdP(14, 6), T.bit("RejSnoopTrans", 15, .readOnly, "Reject Snoop Transactions"),
            T.bits("MaxTimeSlots", 22, 16, .readOnly, "Maximum Time Slots (minus one)"), T.rsvdP(23, 23),
            T.bits("PATOffset", 31, 24, .readOnly, "Port Arbitration Table Offset (16-byte units)"),
        ], spec: "PCIe 6.0 §7.9.1.6", printed: [[
            P.hex("PATOffset", "PATOffset=", 2), P.decimal("MaxTimeSlots", "MaxTimeSlots=", scale: .plusOne), P.flag("RejSnoopTrans"),
        ], [
            P.flag("Fixed", "Arb:\tFixed"), P.flag("WRR32"), P.flag("WRR64"), P.flag("WRR128"), P.flag("TWRR128"), P.flag("WRR256"),
        ]]),
        ConfigRegisterLayout(label: "Ctrl", offset: 0x14, width: .bits32, fields: [
            T.bits("TCVC", 7, 0, .readWrite, "TC/VC Map"), T.rsvdP(15, 8), T.bit("LoadTable", 16, .readWrite, "Load Port Arbitration Table"),
            T.bits("ArbSelect", 19, 17, .readWrite, "Port Arbitration Select", values: portArbitration), T.rsvdP(23, 20),
            T.bits("ID", 26, 24, .readWrite, "VC ID"), T.rsvdP(30, 27), T.bit("Enable", 31, .readWrite, "VC Enable"),
        ], spec: "PCIe 6.0 §7.9.1.7", printed: [[
            P.flag("Enable"), P.decimal("ID", "ID="), P.named("ArbSelect", "ArbSelect="), P.hex("TCVC", "TC/VC=", 2),
        ]]),
        ConfigRegisterLayout(label: "Status", offset: 0x1a, width: .bits16, fields: [
            T.bit("InProgress", 0, .readOnly, "Port Arbitration Table Status"), T.bit("NegoPending", 1, .readOnly, "VC Negotiation Pending"),
            T.rsvdZ(15, 2),
        ], spec: "PCIe 6.0 §7.9.1.8", printed: [[P.flag("NegoPending"), P.flag("InProgress")]]),
    ]

    /// The resource registers of VC `vc`: `VC1 Caps`, printed `VC1:\tCaps`.
    public static func resource(vc: Int) -> [ConfigRegisterLayout] {
        resource.enumerated().map { i, r in
            r.moved(by: 12 * vc, label: "VC\(vc) " + r.label, printedLabel: i == 0 ? "VC\(vc):\t" + r.label : "\t" + r.label)
        }
    }

    /// Every register of the capability at `base`: the port registers and one resource block
    /// per VC (extended VC count + 1).
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        let count = config.value(at: base + 4, width: 4).map { Int($0 & 7) } ?? 0
        return port + (0...count).flatMap { resource(vc: $0) }
    }
}
