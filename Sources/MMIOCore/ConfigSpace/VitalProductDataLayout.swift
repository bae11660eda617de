/// The Vital Product Data capability (ID 0x03) as data, PCI Local Bus 3.0 §6.4 and Appendix I:
/// VPD Address at +2 (the address 14:0 and the completion flag F 15, both written by software
/// to start a read or write) and VPD Data at +4.
public enum VitalProductDataLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "VPD Address", offset: 0x02, width: .bits16, fields: [
            T.bits("Address", 14, 0, .readWrite, "VPD Address (byte address of the dword to read or write)"),
            T.bit("F", 15, .readWrite, "Flag: set by software to write, by hardware when a read completes"),
        ], spec: "PCI 3.0 §6.4", printed: [[P.hex("Address", "Address=", 4), P.flag("F")]]),
        ConfigRegisterLayout(label: "VPD Data", offset: 0x04, width: .bits32, fields: [
            T.bits("Data", 31, 0, .readWrite, "VPD Data"),
        ], spec: "PCI 3.0 §6.4", printed: [[P.hex("Data", "", 8)]]),
    ]
}
