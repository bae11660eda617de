/// The Process Address Space ID extended capability (ID 0x001b) as data, PCIe Base 6.0
/// §7.8.9: PASID Capability at +4 (execute and privileged mode supported, Max PASID Width
/// 12:8) and PASID Control at +6 (enable, execute and privileged mode enable). lspci's tokens
/// (`Exec+ Priv+, Max PASID Width: 14`).
public enum PASIDLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "PASIDCap", offset: 0x04, width: .bits16, fields: [
            T.rsvdP(0, 0), T.bit("Exec", 1, .readOnly, "Execute Permission Supported"),
            T.bit("Priv", 2, .readOnly, "Privileged Mode Supported"), T.rsvdP(7, 3),
            T.bits("MaxPASIDWidth", 12, 8, .readOnly, "Max PASID Width"), T.rsvdP(15, 13),
        ], spec: "PCIe 6.0 §7.8.9.2", printed: [[
            P.flag("Exec"), P.flag("Priv", suffix: ","), P.hex("MaxPASIDWidth", "Max PASID Width: ", 2),
        ]]),
        ConfigRegisterLayout(label: "PASIDCtl", offset: 0x06, width: .bits16, fields: [
            T.bit("Enable", 0, .readWrite, "PASID Enable"), T.bit("Exec", 1, .readWrite, "Execute Permission Enable"),
            T.bit("Priv", 2, .readWrite, "Privileged Mode Enable"), T.rsvdP(15, 3),
        ], spec: "PCIe 6.0 §7.8.9.3", printed: [[P.flag("Enable"), P.flag("Exec"), P.flag("Priv")]]),
    ]
}
