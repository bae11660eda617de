/// The Data Link Feature extended capability (ID 0x0025) as data, PCIe Base 6.0 §7.7.4:
/// capabilities at +4 (Local Data Link Feature Supported 22:0, whose bit 0 is Scaled Flow
/// Control, hence the two overlapping fields; Data Link Feature Exchange Enable 31, HwInit)
/// and status at +8 (Remote Data Link Feature Supported 22:0, valid 31).
public enum DataLinkFeatureLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "DLFCap", offset: 0x04, width: .bits32, fields: [
            T.bit("ScaledFlowControl", 0, .readOnly, "Local Scaled Flow Control Supported (bit 0 of LocalFeatures)"),
            T.bits("LocalFeatures", 22, 0, .readOnly, "Local Data Link Feature Supported"), T.rsvdP(30, 23),
            T.bit("ExchangeEnable", 31, .readOnly, "Data Link Feature Exchange Enable (HwInit)"),
        ], spec: "PCIe 6.0 §7.7.4.2", printed: [[
            P.flag("ScaledFlowControl"), P.hex("LocalFeatures", "Features=", 6), P.flag("ExchangeEnable"),
        ]]),
        ConfigRegisterLayout(label: "DLFSta", offset: 0x08, width: .bits32, fields: [
            T.bits("RemoteFeatures", 22, 0, .readOnly, "Remote Data Link Feature Supported"), T.rsvdZ(30, 23),
            T.bit("RemoteValid", 31, .readOnly, "Remote Data Link Feature Supported Valid"),
        ], spec: "PCIe 6.0 §7.7.4.3", printed: [[P.hex("RemoteFeatures", "Remote Features=", 6), P.flag("RemoteValid")]]),
    ]
}
