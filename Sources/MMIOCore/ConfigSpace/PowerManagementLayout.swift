/// The Power Management capability (ID 0x01) as data, PCI Bus Power Management Interface
/// 1.2 §3.2: PMC at +2, PMCSR at +4, PMCSR_BSE at +6, Data at +7, lspci's labels.
public enum PowerManagementLayout {
    typealias T = ConfigFieldTable

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Flags", offset: 0x02, width: .bits16, fields: [
            T.bits("Version", 2, 0, .readOnly), T.bit("PMEClk", 3, .readOnly), T.rsvdP(4, 4), T.bit("DSI", 5, .readOnly),
            T.bits("AuxCurrent", 8, 6, .readOnly), T.bit("D1", 9, .readOnly), T.bit("D2", 10, .readOnly),
            T.bits("PME", 15, 11, .readOnly, "PME_Support: D0, D1, D2, D3hot, D3cold (bits 11-15)"),
        ], spec: "PCI PM 1.2 §3.2.3"),
        ConfigRegisterLayout(label: "Status", offset: 0x04, width: .bits16, fields: [
            T.bits("PowerState", 1, 0, .readWrite, values: [(0, "D0"), (1, "D1"), (2, "D2"), (3, "D3hot")]), T.rsvdP(2, 2),
            T.bit("NoSoftRst", 3, .readOnly), T.rsvdP(7, 4), T.bit("PME-Enable", 8), T.bits("DSel", 12, 9),
            T.bits("DScale", 14, 13, .readOnly), T.bit("PME", 15, .writeOneToClear, "PME_Status"),
        ], spec: "PCI PM 1.2 §3.2.4"),
        ConfigRegisterLayout(label: "Bridge", offset: 0x06, width: .bits8, fields: [
            T.rsvdP(5, 0), T.bit("B3", 6, .readOnly, "B2_B3# (lspci prints B3+ when this bit is 0)"), T.bit("PM", 7, .readOnly, "BPCC_En"),
        ], spec: "PCI PM 1.2 §3.2.5"),
        ConfigRegisterLayout(label: "Data", offset: 0x07, width: .bits8, fields: [T.bits("Data", 7, 0, .readOnly)], spec: "PCI PM 1.2 §3.2.6"),
    ]
}
