/// The TPH Requester extended capability (ID 0x0017) as data, PCIe Base 6.0 §7.9.13: TPH
/// Requester Capability at +4 (no ST, interrupt vector and device specific modes supported,
/// extended TPH requester, ST Table Location 10:9, ST Table Size 26:16 encoded minus one) and
/// TPH Requester Control at +8 (ST Mode Select 2:0, TPH Requester Enable 9:8), then, when
/// the ST Table Location is the capability itself, the Steering Tag table from +0xc (§7.9.13.4:
/// ST Table Size + 1 entries of 2 bytes; no text, lspci 3.9 prints none).
public enum TPHRequesterLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// ST Table Location (§7.9.13.2), as hwx prints it after `Steering table `.
    static let tableLocations = ["none", "in TPH capability", "in MSI-X table", "reserved"]

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "TPHCap", offset: 0x04, width: .bits32, fields: [
            T.bit("NoST", 0, .readOnly, "No ST Mode Supported"), T.bit("IntVec", 1, .readOnly, "Interrupt Vector Mode Supported"),
            T.bit("DevSpec", 2, .readOnly, "Device Specific Mode Supported"), T.rsvdP(7, 3),
            T.bit("ExtTPH", 8, .readOnly, "Extended TPH Requester Supported"),
            T.bits("STTableLocation", 10, 9, .readOnly, "ST Table Location",
                   values: [(0, "None"), (1, "TPHCapability"), (2, "MSIXTable"), (3, "Reserved")]), T.rsvdP(15, 11),
            T.bits("STTableSize", 26, 16, .readOnly, "ST Table Size (minus one)"), T.rsvdP(31, 27),
        ], spec: "PCIe 6.0 §7.9.13.2", printed: [[
            P.flag("NoST"), P.flag("IntVec"), P.flag("DevSpec"), P.flag("ExtTPH"),
            P.words("STTableLocation", "Steering table ", tableLocations), P.decimal("STTableSize", "size ", scale: .plusOne),
        ]]),
        ConfigRegisterLayout(label: "TPHCtl", offset: 0x08, width: .bits32, fields: [
            T.bits("STModeSelect", 2, 0, .readWrite, "ST Mode Select"), T.rsvdP(7, 3),
            T.bits("RequesterEnable", 9, 8, .readWrite, "TPH Requester Enable"), T.rsvdP(31, 10),
        ], spec: "PCIe 6.0 §7.9.13.3", printed: [[
            P.decimal("STModeSelect", "ST mode ", suffix: ","), P.decimal("RequesterEnable", "requester enable "),
        ]]),
    ]

    /// Steering Tag table entry 0 (§7.9.13.4; ST Upper is used with Extended TPH only).
    static let steeringTag = ConfigRegisterLayout(label: "ST", offset: 0x0c, width: .bits16, fields: [
        T.bits("Lower", 7, 0, .readWrite, "ST Lower"), T.bits("Upper", 15, 8, .readWrite, "ST Upper"),
    ], spec: "PCIe 6.0 §7.9.13.4")

    /// The capability and control registers and, when TPHCap's ST Table Location is 01b (in
    /// the TPH capability), `ST0` … one entry per ST Table Size + 1, those inside config space.
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        guard let cap = config.value(at: base + 4, width: 4), (cap >> 9) & 3 == 1 else { return registers }
        let entries = min(Int((cap >> 16) & 0x7ff) + 1, max(0, (4096 - (base + 0x0c)) / 2))
        return registers + (0..<entries).map { steeringTag.moved(by: 2 * $0, label: "ST\($0)") }
    }
}
