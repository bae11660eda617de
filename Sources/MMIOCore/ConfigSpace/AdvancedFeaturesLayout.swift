/// The Conventional PCI Advanced Features capability (ID 0x13) as data, PCI Advanced
/// Capabilities ECN (to PCI 3.0) §6.x: AF Capabilities at +3 (TP 0, FLR 1), AF Control at +4
/// (Initiate FLR 0, reads 0), AF Status at +5 (Transactions Pending 0).
public enum AdvancedFeaturesLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "AFCap", offset: 0x03, width: .bits8, fields: [
            T.bit("TP", 0, .readOnly, "Transactions Pending capable"), T.bit("FLR", 1, .readOnly, "Function Level Reset capable"), T.rsvdP(7, 2),
        ], spec: "PCI AF ECN, AF Capabilities", printed: [[P.flag("TP"), P.flag("FLR")]]),
        ConfigRegisterLayout(label: "AFCtrl", offset: 0x04, width: .bits8, fields: [
            T.bit("FLR", 0, .readWrite, "Initiate FLR (reads 0)"), T.rsvdP(7, 1),
        ], spec: "PCI AF ECN, AF Control", printed: [[P.flag("FLR")]]),
        ConfigRegisterLayout(label: "AFStatus", offset: 0x05, width: .bits8, fields: [
            T.bit("TP", 0, .readOnly, "Transactions Pending"), T.rsvdZ(7, 1),
        ], spec: "PCI AF ECN, AF Status", printed: [[P.flag("TP")]]),
    ]
}
