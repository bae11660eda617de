/// The Secondary PCI Express extended capability (ID 0x0019) as data, PCIe Base 6.0 §7.7.3:
/// Link Control 3 at +4 (perform equalization, link equalization request interrupt enable,
/// enable lower SKP OS generation vector 15:9) and Lane Error Status at +8 (RW1C, one bit per
/// lane). The per-lane equalization control registers from +0xc depend on the link width
/// (LnkCap, another capability) and are not described here.
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
        // lspci prints a clean status as `0`, any error bits as 8 hex digits.
        ConfigRegisterLayout(label: "LaneErrStat", offset: 0x08, width: .bits32, fields: [
            T.bits("Lanes", 31, 0, .writeOneToClear, "Lane Error Status (bit n: lane n)"),
        ], spec: "PCIe 6.0 §7.7.3.3", printed: [[
            P.hex("Lanes", "", 8).when(.nonzero("LaneErrStat", "Lanes")), ConfigPrintedField("Lanes", "0", .label),
        ]]),
    ]
}
