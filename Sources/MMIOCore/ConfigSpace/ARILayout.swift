/// The Alternative Routing-ID Interpretation extended capability (ID 0x000e) as data, PCIe
/// Base 6.0 §7.8.8: ARI Capability at +4 (MFVC and ACS function groups, next function number
/// 15:8), ARI Control at +6 (their enables, function group 6:4).
public enum ARILayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "ARICap", offset: 0x04, width: .bits16, fields: [
            T.bit("MFVC", 0, .readOnly, "MFVC Function Groups Capability"), T.bit("ACS", 1, .readOnly, "ACS Function Groups Capability"),
            T.rsvdP(7, 2), T.bits("NextFunction", 15, 8, .readOnly, "Next Function Number"),
        ], spec: "PCIe 6.0 §7.8.8.2", printed: [[P.flag("MFVC"), P.flag("ACS", suffix: ","), P.decimal("NextFunction", "Next Function: ")]]),
        ConfigRegisterLayout(label: "ARICtl", offset: 0x06, width: .bits16, fields: [
            T.bit("MFVC", 0, .readWrite, "MFVC Function Groups Enable"), T.bit("ACS", 1, .readWrite, "ACS Function Groups Enable"),
            T.rsvdP(3, 2), T.bits("FunctionGroup", 6, 4, .readWrite, "Function Group"), T.rsvdP(15, 7),
        ], spec: "PCIe 6.0 §7.8.8.3", printed: [[P.flag("MFVC"), P.flag("ACS", suffix: ","), P.decimal("FunctionGroup", "Function Group: ")]]),
    ]
}
