/// The Power Budgeting extended capability (ID 0x0004) as data, PCIe Base 6.0 §7.8.1: Data
/// Select at +4 (software picks an entry), Data at +8 (Base Power 7:0 × Data Scale 9:8 in W,
/// PM Sub State 12:10, PM State 14:13, Type 17:15, Power Rail 20:18) and Power Budget
/// Capability at +0xc (System Allocated). A dump shows only the entry selected when it was
/// taken.
public enum PowerBudgetingLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let states = ["D0", "D1", "D2", "D3"]
    static let types = ["PME Aux", "Auxiliary", "Idle", "Sustained", "Sustained (EPRS)", "Maximum (EPRS)", "Reserved", "Maximum"]
    static let rails = ["Power (12V)", "Power (3.3V)", "Power (1.5V or 1.8V)", "Reserved", "Reserved", "Reserved", "Reserved", "Thermal"]

    /// Base Power × 1, 0.1, 0.01 or 0.001 W (§7.8.1.3), in mW, printed as W.
    static let power = ConfigScaledValue(value: "BasePower", scale: "DataScale", factors: [1000, 100, 10, 1], decimals: 3, unit: "W")

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "DataSelect", offset: 0x04, width: .bits8, fields: [
            T.bits("DataSelect", 7, 0, .readWrite, "Data Select (entry index)"),
        ], spec: "PCIe 6.0 §7.8.1.2", printed: [[P.decimal("DataSelect", "")]]),
        ConfigRegisterLayout(label: "Data", offset: 0x08, width: .bits32, fields: [
            T.bits("BasePower", 7, 0, .readOnly, "Base Power"), T.bits("DataScale", 9, 8, .readOnly, "Data Scale"),
            T.bits("PMSubState", 12, 10, .readOnly, "PM Sub State"),
            T.bits("PMState", 14, 13, .readOnly, "PM State", values: states.enumerated().map { (UInt64($0.offset), $0.element) }),
            T.bits("Type", 17, 15, .readOnly), T.bits("PowerRail", 20, 18, .readOnly, "Power Rail"), T.rsvdP(31, 21),
        ], spec: "PCIe 6.0 §7.8.1.3", printed: [[
            P.decimal("BasePower", "").silent, P.decimal("DataScale", "").silent, P.scaled("Power", "", power),
            P.decimal("PMSubState", "PMSub="), P.words("PMState", "PMState=", states), P.words("Type", "Type=", types),
            P.words("PowerRail", "Rail=", rails),
        ]]),
        ConfigRegisterLayout(label: "PwrBudCap", offset: 0x0c, width: .bits8, fields: [
            T.bit("SystemAllocated", 0, .readOnly, "System Allocated (HwInit)"), T.rsvdP(7, 1),
        ], spec: "PCIe 6.0 §7.8.1.4", printed: [[P.flag("SystemAllocated")]]),
    ]
}
