/// The Lane Margining at the Receiver extended capability (ID 0x0027) as data, PCIe Base 6.0
/// §7.7.7: Margining Port Capabilities at +4 (margining uses driver software) and Margining
/// Port Status at +6 (margining ready, margining software ready). The per-lane control and
/// status pairs from +8 depend on the link width (not described here).
public enum LaneMarginingLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "PortCap", offset: 0x04, width: .bits16, fields: [
            T.bit("Uses Driver", 0, .readOnly, "Margining uses Driver Software"), T.rsvdP(15, 1),
        ], spec: "PCIe 6.0 §7.7.7.2", printed: [[P.flag("Uses Driver")]]),
        ConfigRegisterLayout(label: "PortSta", offset: 0x06, width: .bits16, fields: [
            T.bit("MargReady", 0, .readOnly, "Margining Ready"), T.bit("MargSoftReady", 1, .readOnly, "Margining Software Ready"),
            T.rsvdZ(15, 2),
        ], spec: "PCIe 6.0 §7.7.7.3", printed: [[P.flag("MargReady"), P.flag("MargSoftReady")]]),
    ]
}
