/// The Physical Layer 16.0 GT/s extended capability (ID 0x0026) as data, PCIe Base 6.0 §7.7.5:
/// capabilities +4 and control +8 (all RsvdP in 6.0, shown whole), status +0xc (equalization
/// complete and phases 1-3, RO; Link Equalization Request, RW1C), and the RW1C per-lane
/// parity mismatch bits: local +0x10, first retimer +0x14, second retimer +0x18.
public enum PhysicalLayer16Layout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static func lanes(_ label: String, _ offset: Int, _ field: String, _ description: String, _ section: String) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: .bits32, fields: [
            T.bits(field, 31, 0, .writeOneToClear, description + " (bit n: lane n)"),
        ], spec: "PCIe 6.0 §7.7.5." + section, printed: [[P.hex(field, "", 8)]])
    }

    public static let registers: [ConfigRegisterLayout] = [
        // Whole-register fields, reserved in 6.0 (RsvdP): shown as lspci-style hex, never written.
        ConfigRegisterLayout(label: "Phy16Cap", offset: 0x04, width: .bits32, fields: [
            T.bits("Capabilities", 31, 0, .reserved, "16.0 GT/s Capabilities (RsvdP)"),
        ], spec: "PCIe 6.0 §7.7.5.2", printed: [[P.hex("Capabilities", "", 8)]]),
        ConfigRegisterLayout(label: "Phy16Ctl", offset: 0x08, width: .bits32, fields: [
            T.bits("Control", 31, 0, .reserved, "16.0 GT/s Control (RsvdP)"),
        ], spec: "PCIe 6.0 §7.7.5.3", printed: [[P.hex("Control", "", 8)]]),
        ConfigRegisterLayout(label: "Phy16Sta", offset: 0x0c, width: .bits32, fields: [
            T.bit("EquComplete", 0, .readOnly, "Equalization 16.0 GT/s Complete"), T.bit("EquPhase1", 1, .readOnly),
            T.bit("EquPhase2", 2, .readOnly), T.bit("EquPhase3", 3, .readOnly),
            T.bit("LinkEquRequest", 4, .writeOneToClear, "Link Equalization Request 16.0 GT/s"), T.rsvdZ(31, 5),
        ], spec: "PCIe 6.0 §7.7.5.4", printed: [[
            P.flag("EquComplete"), P.flag("EquPhase1"), P.flag("EquPhase2"), P.flag("EquPhase3"), P.flag("LinkEquRequest"),
        ]]),
        lanes("Phy16LocalParity", 0x10, "LocalDataParityMismatch", "Local Data Parity Mismatch Status", "5"),
        lanes("Phy16Retimer1Parity", 0x14, "FirstRetimerParityMismatch", "First Retimer Data Parity Mismatch Status", "6"),
        lanes("Phy16Retimer2Parity", 0x18, "SecondRetimerParityMismatch", "Second Retimer Data Parity Mismatch Status", "7"),
    ]

    /// Lane 0's 16.0 GT/s Lane Equalization Control byte (§7.7.5.9; HwInit or RO: never written).
    static let laneEqualization = ConfigRegisterLayout(label: "EqCtl", offset: 0x20, width: .bits8, fields: [
        T.bits("DownstreamTxPreset", 3, 0, .readOnly, "Downstream Port 16.0 GT/s Transmitter Preset"),
        T.bits("UpstreamTxPreset", 7, 4, .readOnly, "Upstream Port 16.0 GT/s Transmitter Preset"),
    ], spec: "PCIe 6.0 §7.7.5.9")

    /// The registers above and `Lane0 EqCtl` … (one byte per lane from +0x20, no text: lspci 3.9
    /// prints none) for each lane of the function's Maximum Link Width.
    public static func registers(in config: ConfigSpace) -> [ConfigRegisterLayout] {
        registers + ExpressLinkWidth.perLane(laneEqualization, stride: 1, in: config)
    }
}
