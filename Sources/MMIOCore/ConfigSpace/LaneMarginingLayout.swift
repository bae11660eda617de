/// The Lane Margining at the Receiver extended capability (ID 0x0027) as data, PCIe Base 6.0
/// §7.7.7: Margining Port Capabilities at +4 (margining uses driver software) and Margining
/// Port Status at +6 (margining ready, margining software ready), then per lane a Margining
/// Lane Control and Status pair from +8 (4 bytes per lane, as many lanes as the link's
/// Maximum Link Width). lspci 3.9 prints none of it.
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

    static let laneControl = ConfigRegisterLayout(label: "Ctl", offset: 0x08, width: .bits16, fields: [
        T.bits("ReceiverNumber", 2, 0, .readWrite, "Receiver Number"), T.bits("MarginType", 5, 3, .readWrite, "Margin Type"),
        T.bit("UsageModel", 6, .readWrite, "Usage Model"), T.rsvdP(7, 7), T.bits("MarginPayload", 15, 8, .readWrite, "Margin Payload"),
    ], spec: "PCIe 6.0 §7.7.7.4")

    static let laneStatus = ConfigRegisterLayout(label: "Sta", offset: 0x0a, width: .bits16, fields: [
        T.bits("ReceiverNumber", 2, 0, .readOnly, "Receiver Number Status"), T.bits("MarginType", 5, 3, .readOnly, "Margin Type Status"),
        T.bit("UsageModel", 6, .readOnly, "Usage Model Status"), T.rsvdZ(7, 7), T.bits("MarginPayload", 15, 8, .readOnly, "Margin Payload Status"),
    ], spec: "PCIe 6.0 §7.7.7.5")

    /// Lane `n`'s control and status: `Lane0 Ctl`, `Lane0 Sta`.
    public static func lane(_ n: Int) -> [ConfigRegisterLayout] {
        [laneControl.moved(by: 4 * n, label: "Lane\(n) Ctl"), laneStatus.moved(by: 4 * n, label: "Lane\(n) Sta")]
    }

    /// The port registers and one lane pair per lane of the function's Maximum Link Width.
    public static func registers(in config: ConfigSpace) -> [ConfigRegisterLayout] {
        registers + (0..<ExpressLinkWidth.maximum(in: config)).flatMap(lane)
    }
}
