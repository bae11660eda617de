/// The L1 PM Substates extended capability (ID 0x001e) as data, PCIe Base 6.0 §7.8.3:
/// L1 PM Substates Capabilities at +4 (supported substates 3:0, L1 PM Substates 4, port
/// common mode restore time 15:8 µs, port T_POWER_ON scale 17:16 and value 23:19), Control 1
/// at +8 (enables 3:0, common mode restore time 15:8, LTR L1.2 threshold value 25:16 and scale
/// 31:29), Control 2 at +0xc (T_POWER_ON scale 1:0 and value 7:3).
public enum L1PMSubstatesLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let states = ["PCI-PM_L1.2", "PCI-PM_L1.1", "ASPM_L1.2", "ASPM_L1.1"]
    /// T_POWER_ON: value × 2, 10 or 100 µs (scale 3 is reserved: 0).
    static func powerOn(_ value: String, _ scale: String) -> ConfigScaledValue {
        ConfigScaledValue(value: value, scale: scale, factors: [2, 10, 100], unit: "us")
    }
    /// LTR L1.2 threshold: value × 32^scale ns, as LTR (§7.8.2); scales 6 and 7 are not allowed.
    static let threshold = ConfigScaledValue(value: "LTR1.2_ThresholdValue", scale: "LTR1.2_ThresholdScale",
                                             factors: [1, 32, 1024, 32768, 1_048_576, 33_554_432], unit: "ns")

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "L1SubCap", offset: 0x04, width: .bits32, fields: states.enumerated().map { T.bit($0.element, $0.offset, .readOnly) } + [
            T.bit("L1_PM_Substates", 4, .readOnly, "L1 PM Substates Supported"), T.rsvdP(7, 5),
            T.bits("PortCommonModeRestoreTime", 15, 8, .readOnly, "Port Common_Mode_Restore_Time (µs)"),
            T.bits("PortTPowerOnScale", 17, 16, .readOnly, "Port T_POWER_ON Scale (2, 10, 100 µs)"), T.rsvdP(18, 18),
            T.bits("PortTPowerOnValue", 23, 19, .readOnly, "Port T_POWER_ON Value"), T.rsvdP(31, 24),
        ], spec: "PCIe 6.0 §7.8.3.2", printed: [states.map { P.flag($0) } + [P.flag("L1_PM_Substates")], [
            P.decimal("PortCommonModeRestoreTime", "PortCommonModeRestoreTime=", suffix: "us"),
            P.scaled("PortTPowerOnTime", "PortTPowerOnTime=", powerOn("PortTPowerOnValue", "PortTPowerOnScale")),
        ]]),
        ConfigRegisterLayout(label: "L1SubCtl1", offset: 0x08, width: .bits32, fields: states.enumerated().map { T.bit($0.element, $0.offset) } + [
            T.rsvdP(7, 4), T.bits("CommonModeRestoreTime", 15, 8, .readWrite, "Common_Mode_Restore_Time (µs)"),
            T.bits("LTR1.2_ThresholdValue", 25, 16, .readWrite, "LTR_L1.2_THRESHOLD_Value"), T.rsvdP(28, 26),
            T.bits("LTR1.2_ThresholdScale", 31, 29, .readWrite, "LTR_L1.2_THRESHOLD_Scale (32^n ns)"),
        ], spec: "PCIe 6.0 §7.8.3.3", printed: [states.map { P.flag($0) }, [
            P.decimal("CommonModeRestoreTime", "T_CommonMode=", suffix: "us"), P.scaled("LTR1.2_Threshold", "LTR1.2_Threshold=", threshold),
        ]]),
        ConfigRegisterLayout(label: "L1SubCtl2", offset: 0x0c, width: .bits32, fields: [
            T.bits("T_PowerOnScale", 1, 0, .readWrite, "T_POWER_ON Scale (2, 10, 100 µs)"), T.rsvdP(2, 2),
            T.bits("T_PowerOnValue", 7, 3, .readWrite, "T_POWER_ON Value"), T.rsvdP(31, 8),
        ], spec: "PCIe 6.0 §7.8.3.4", printed: [[P.scaled("T_PwrOn", "T_PwrOn=", powerOn("T_PowerOnValue", "T_PowerOnScale"))]]),
    ]
}
