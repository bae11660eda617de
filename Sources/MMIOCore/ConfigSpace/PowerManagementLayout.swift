/// The Power Management capability (ID 0x01) as data, PCI Bus Power Management Interface
/// 1.2 §3.2: PMC at +2, PMCSR at +4, PMCSR_BSE at +6, Data at +7, lspci's labels.
public enum PowerManagementLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// Aux current for PMC bits 8:6 in mA (PCI PM 1.2 §3.2.3).
    static let auxCurrent: [UInt64] = [0, 55, 100, 160, 220, 270, 320, 375]
    /// The power states of PMC's PME_Support bits 11-15, lowest first.
    static let pmeStates = ["D0", "D1", "D2", "D3hot", "D3cold"]

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Flags", offset: 0x02, width: .bits16, fields: [
            T.bits("Version", 2, 0, .readOnly), T.bit("PMEClk", 3, .readOnly), T.rsvdP(4, 4), T.bit("DSI", 5, .readOnly),
            T.bits("AuxCurrent", 8, 6, .readOnly, "Aux_Current: 0, 55, 100, 160, 220, 270, 320, 375 mA"),
            T.bit("D1", 9, .readOnly), T.bit("D2", 10, .readOnly),
        ] + pmeStates.enumerated().map { i, s in T.bit("PME-" + s, 11 + i, .readOnly, "PME_Support from " + s) } + [
            T.bits("PME", 15, 11, .readOnly, "PME_Support: D0, D1, D2, D3hot, D3cold (bits 11-15)"),
        ], spec: "PCI PM 1.2 §3.2.3", printed: [[
            P.decimal("Version", "").silent, P.flag("PMEClk"), P.flag("DSI"), P.flag("D1"), P.flag("D2"),
            ConfigPrintedField("AuxCurrent", "AuxCurrent=", .decimal, scale: .lookup(auxCurrent), suffix: "mA"),
        ] + pmeStates.map { P.flag("PME-" + $0).silent } + [
            ConfigPrintedField("PME", "PME", .flagList(pmeStates)),
        ]]),
        ConfigRegisterLayout(label: "Status", offset: 0x04, width: .bits16, fields: [
            T.bits("PowerState", 1, 0, .readWrite, values: [(0, "D0"), (1, "D1"), (2, "D2"), (3, "D3hot")]), T.rsvdP(2, 2),
            T.bit("NoSoftRst", 3, .readOnly), T.rsvdP(7, 4), T.bit("PME-Enable", 8), T.bits("DSel", 12, 9),
            T.bits("DScale", 14, 13, .readOnly), T.bit("PME", 15, .writeOneToClear, "PME_Status"),
        ], spec: "PCI PM 1.2 §3.2.4", printed: [[
            // lspci prints the state number (`D3`); the value keeps PM 1.2's name (`D3hot`).
            ConfigPrintedField("PowerState", "", .renamed(["D0", "D1", "D2", "D3"])), P.flag("NoSoftRst"), P.flag("PME-Enable"),
            P.decimal("DSel", "DSel="), P.decimal("DScale", "DScale="), P.flag("PME"),
        ]]),
        ConfigRegisterLayout(label: "Bridge", offset: 0x06, width: .bits8, fields: [
            T.rsvdP(5, 0), T.bit("B3", 6, .readOnly, "B2_B3# (lspci prints B3+ when this bit is 0)"), T.bit("PM", 7, .readOnly, "BPCC_En"),
        ], spec: "PCI PM 1.2 §3.2.5", printed: [[P.flag("PM"), ConfigPrintedField("B3", "B3", .invertedFlag)]],
        // PMCSR_BSE is defined for bridges, yet other functions set it too; like lspci, hwx
        // prints it whenever it is not zero.
        shownWhen: .nonzero("Bridge")),
        // Data reads what Data Select (PMCSR DSel) chose, so lspci does not print it.
        ConfigRegisterLayout(label: "Data", offset: 0x07, width: .bits8, fields: [T.bits("Data", 7, 0, .readOnly)], spec: "PCI PM 1.2 §3.2.6",
                             shownWhen: .never),
    ]
}
