/// The Access Control Services extended capability (ID 0x000d) as data, PCIe Base 6.0 §7.7.8:
/// ACS Capability at +4 and ACS Control at +6 share bit positions 0-6 (lspci's names); the
/// enhanced bits (ACS Enhanced Capability ECN) and the egress control vector size are
/// fields lspci does not print.
public enum AccessControlServicesLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let names = ["SrcValid", "TransBlk", "ReqRedir", "CmpltRedir", "UpstreamFwd", "EgressCtrl", "DirectTrans"]
    static let printed = [names.map { P.flag($0) }]

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "ACSCap", offset: 0x04, width: .bits16, fields: names.enumerated().map { T.bit($0.element, $0.offset, .readOnly) } + [
            T.bit("EnhancedCap", 7, .readOnly, "ACS Enhanced Capability"), T.bits("EgressCtrlVectorSize", 15, 8, .readOnly, "Egress Control Vector Size"),
        ], spec: "PCIe 6.0 §7.7.8.2", printed: printed),
        ConfigRegisterLayout(label: "ACSCtl", offset: 0x06, width: .bits16, fields: names.enumerated().map { T.bit($0.element, $0.offset) } + [
            T.bit("IOReqBlocking", 7, .readWrite, "ACS I/O Request Blocking Enable"),
            T.bits("DSPMemTargetAccess", 9, 8, .readWrite, "ACS DSP Memory Target Access Control"),
            T.bits("USPMemTargetAccess", 11, 10, .readWrite, "ACS USP Memory Target Access Control"),
            T.bit("UnclaimedReqRedirect", 12, .readWrite, "ACS Unclaimed Request Redirect Control"), T.rsvdP(15, 13),
        ], spec: "PCIe 6.0 §7.7.8.3", printed: printed),
    ]
}
