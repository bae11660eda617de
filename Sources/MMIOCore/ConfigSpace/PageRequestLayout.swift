/// The Page Request Interface extended capability (ID 0x0013) as data, PCIe Base 6.0 §10.5.2:
/// control at +4 (enable, reset), status at +6 (Response Failure and Unexpected Page Request
/// Group Index are RW1C; Stopped, PRG Response PASID Required), Outstanding Page Request
/// Capacity at +8 and Allocation at +0xc. lspci's labels (`PRISta: RF- UPRGI- Stopped+`).
public enum PageRequestLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "PRICtl", offset: 0x04, width: .bits16, fields: [
            T.bit("Enable", 0, .readWrite), T.bit("Reset", 1, .readWrite, "Reset (reads 0)"), T.rsvdP(15, 2),
        ], spec: "PCIe 6.0 §10.5.2.2", printed: [[P.flag("Enable"), P.flag("Reset")]]),
        ConfigRegisterLayout(label: "PRISta", offset: 0x06, width: .bits16, fields: [
            T.bit("RF", 0, .writeOneToClear, "Response Failure"), T.bit("UPRGI", 1, .writeOneToClear, "Unexpected Page Request Group Index"),
            T.rsvdZ(7, 2), T.bit("Stopped", 8, .readOnly), T.rsvdZ(14, 9),
            T.bit("PASID", 15, .readOnly, "PRG Response PASID Required"),
        ], spec: "PCIe 6.0 §10.5.2.3", printed: [[P.flag("RF"), P.flag("UPRGI"), P.flag("Stopped"), P.flag("PASID")]]),
        ConfigRegisterLayout(label: "Page Request Capacity", offset: 0x08, width: .bits32, fields: [
            T.bits("Capacity", 31, 0, .readOnly, "Outstanding Page Request Capacity"),
        ], spec: "PCIe 6.0 §10.5.2.4", printed: [[P.hex("Capacity", "", 8, suffix: ",")]]),
        ConfigRegisterLayout(label: "Page Request Allocation", offset: 0x0c, width: .bits32, fields: [
            T.bits("Allocation", 31, 0, .readWrite, "Outstanding Page Request Allocation"),
        ], spec: "PCIe 6.0 §10.5.2.5", printed: [[P.hex("Allocation", "", 8)]]),
    ]
}
