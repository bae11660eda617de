/// The Physical Layer 32.0 GT/s extended capability (ID 0x002a) as data, PCIe Base 6.0 §7.7.6:
/// capabilities +4 (equalization bypass to highest rate, no equalization needed, modified TS
/// usage modes 8-10), control +8 (their disables, the selected usage mode 10:8), status +0xc
/// (equalization complete and phases, Link Equalization Request RW1C, modified TS received,
/// received enhanced link behavior 7:6, transmitter precoding, no equalization needed received).
public enum PhysicalLayer32Layout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Phy32Cap", offset: 0x04, width: .bits32, fields: [
            T.bit("EqualizationBypassToHighestRate", 0, .readOnly, "Equalization bypass to highest rate Supported"),
            T.bit("NoEqualizationNeeded", 1, .readOnly, "No Equalization Needed Supported"), T.rsvdP(7, 2),
            T.bit("ModTSMode0", 8, .readOnly, "Modified TS Usage Mode 0 Supported"), T.bit("ModTSMode1", 9, .readOnly),
            T.bit("ModTSMode2", 10, .readOnly), T.rsvdP(31, 11),
        ], spec: "PCIe 6.0 §7.7.6.2", printed: [[
            P.flag("EqualizationBypassToHighestRate"), P.flag("NoEqualizationNeeded"),
            P.flag("ModTSMode0"), P.flag("ModTSMode1"), P.flag("ModTSMode2"),
        ]]),
        ConfigRegisterLayout(label: "Phy32Ctl", offset: 0x08, width: .bits32, fields: [
            T.bit("EqualizationBypassToHighestRateDisable", 0, .readWrite), T.bit("NoEqualizationNeededDisable", 1, .readWrite),
            T.rsvdP(7, 2), T.bits("ModTSUsageModeSelected", 10, 8, .readWrite, "Modified TS Usage Mode Selected"), T.rsvdP(31, 11),
        ], spec: "PCIe 6.0 §7.7.6.3", printed: [[
            P.flag("EqualizationBypassToHighestRateDisable"), P.flag("NoEqualizationNeededDisable"),
            P.decimal("ModTSUsageModeSelected", "ModTSUsageModeSelected="),
        ]]),
        ConfigRegisterLayout(label: "Phy32Sta", offset: 0x0c, width: .bits32, fields: [
            T.bit("EquComplete", 0, .readOnly, "Equalization 32.0 GT/s Complete"), T.bit("EquPhase1", 1, .readOnly),
            T.bit("EquPhase2", 2, .readOnly), T.bit("EquPhase3", 3, .readOnly),
            T.bit("LinkEquRequest", 4, .writeOneToClear, "Link Equalization Request 32.0 GT/s"),
            T.bit("ModTSRecv", 5, .readOnly, "Modified TS Received"),
            T.bits("RxEnhLinkBehavior", 7, 6, .readOnly, "Received Enhanced Link Behavior Control"),
            T.bit("TxPrecodingOn", 8, .readOnly, "Transmitter Precoding On"), T.bit("TxPrecodeRequest", 9, .readOnly, "Transmitter Precode Request"),
            T.bit("NoEqualizationNeededRecv", 10, .readOnly, "No Equalization Needed Received"), T.rsvdZ(31, 11),
        ], spec: "PCIe 6.0 §7.7.6.4", printed: [[
            P.flag("EquComplete"), P.flag("EquPhase1"), P.flag("EquPhase2"), P.flag("EquPhase3"), P.flag("LinkEquRequest"),
        ], [
            P.flag("ModTSRecv"), P.decimal("RxEnhLinkBehavior", "RxEnhLinkBehavior="), P.flag("TxPrecodingOn"),
            P.flag("TxPrecodeRequest"), P.flag("NoEqualizationNeededRecv"),
        ]]),
    ]

    /// Lane 0's 32.0 GT/s Lane Equalization Control byte (§7.7.6.9; HwInit or RO: never written).
    static let laneEqualization = ConfigRegisterLayout(label: "EqCtl", offset: 0x20, width: .bits8, fields: [
        T.bits("DownstreamTxPreset", 3, 0, .readOnly, "Downstream Port 32.0 GT/s Transmitter Preset"),
        T.bits("UpstreamTxPreset", 7, 4, .readOnly, "Upstream Port 32.0 GT/s Transmitter Preset"),
    ], spec: "PCIe 6.0 §7.7.6.9")

    /// The registers above and `Lane0 EqCtl` … (one byte per lane from +0x20, no text: lspci 3.9
    /// prints none) for each lane of the function's Maximum Link Width.
    public static func registers(in config: ConfigSpace) -> [ConfigRegisterLayout] {
        registers + ExpressLinkWidth.perLane(laneEqualization, stride: 1, in: config)
    }
}
