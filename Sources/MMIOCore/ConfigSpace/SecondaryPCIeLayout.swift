/// The Secondary PCI Express extended capability (ID 0x0019) as data, PCIe Base 6.0 §7.7.3:
/// Link Control 3 at +4 (perform equalization, link equalization request interrupt enable,
/// enable lower SKP OS generation vector 15:9) and Lane Error Status at +8 (RW1C, one bit per
/// lane), then a Lane Equalization Control register per lane from +0xc (2 bytes per lane, as
/// many as the link's Maximum Link Width; no text, lspci 3.9 prints none).
public enum SecondaryPCIeLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "LnkCtl3", offset: 0x04, width: .bits32, fields: [
            T.bit("PerformEqu", 0, .readWrite, "Perform Equalization"),
            T.bit("LnkEquIntrruptEn", 1, .readWrite, "Link Equalization Request Interrupt Enable"), T.rsvdP(8, 2),
            T.bits("LowerSKPOSGenVector", 15, 9, .readWrite, "Enable Lower SKP OS Generation Vector"), T.rsvdP(31, 16),
        ], spec: "PCIe 6.0 §7.7.3.2", printed: [[
            P.flag("LnkEquIntrruptEn"), P.flag("PerformEqu"), P.decimal("LowerSKPOSGenVector", "").silent,
        ]]),
        // lspci prints a clean status as `0`, else the lanes with errors: `LaneErr at lane: 0 1 7`.
        ConfigRegisterLayout(label: "LaneErrStat", offset: 0x08, width: .bits32, fields: [
            T.bits("Lanes", 31, 0, .writeOneToClear, "Lane Error Status (bit n: lane n)"),
        ], spec: "PCIe 6.0 §7.7.3.3", printed: [[
            ConfigPrintedField("Lanes", "LaneErr at lane: ", .setBitNames((0..<32).map(String.init))).when(.nonzero("LaneErrStat", "Lanes")),
            ConfigPrintedField("Lanes", "0", .label),
        ]]),
    ]

    /// Lane 0's 8.0 GT/s presets (§7.7.3.4; HwInit or RO depending on the port, so never written).
    static let laneEqualization = ConfigRegisterLayout(label: "EqCtl", offset: 0x0c, width: .bits16, fields: [
        T.bits("DownstreamTxPreset", 3, 0, .readOnly, "Downstream Port 8.0 GT/s Transmitter Preset"),
        T.bits("DownstreamRxPresetHint", 6, 4, .readOnly, "Downstream Port 8.0 GT/s Receiver Preset Hint"), T.rsvdP(7, 7),
        T.bits("UpstreamTxPreset", 11, 8, .readOnly, "Upstream Port 8.0 GT/s Transmitter Preset"),
        T.bits("UpstreamRxPresetHint", 14, 12, .readOnly, "Upstream Port 8.0 GT/s Receiver Preset Hint"), T.rsvdP(15, 15),
    ], spec: "PCIe 6.0 §7.7.3.4")

    /// Link Control 3, Lane Error Status and `Lane0 EqCtl` … for each lane of the function's
    /// Maximum Link Width.
    public static func registers(in config: ConfigSpace) -> [ConfigRegisterLayout] {
        registers + ExpressLinkWidth.perLane(laneEqualization, stride: 2, in: config)
    }
}
