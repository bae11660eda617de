/// The Device Serial Number extended capability (ID 0x0003) as data, PCIe Base 6.0 §7.9.3: a
/// 64-bit IEEE EUI-64 in two dwords, the lower at +4 and the upper at +8 (§7.9.3.2). Decoded
/// as one 64-bit value (`serial`); named targets reach the two dwords (`ECAP_DSN.SerialLow`).
public enum DeviceSerialNumberLayout {
    typealias T = ConfigFieldTable

    /// Both dwords as one value, as lspci prints it (most significant byte first).
    public static let serial = ConfigRegisterLayout(label: "Serial", offset: 0x04, width: .bits64, fields: [
        T.bits("Serial", 63, 0, .readOnly, "IEEE EUI-64"),
    ], spec: "PCIe 6.0 §7.9.3.2")

    /// The two 32-bit registers config accesses reach.
    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "SerialLow", offset: 0x04, width: .bits32, fields: [
            T.bits("Serial", 31, 0, .readOnly, "Serial Number, lower dword"),
        ], spec: "PCIe 6.0 §7.9.3.2"),
        ConfigRegisterLayout(label: "SerialHigh", offset: 0x08, width: .bits32, fields: [
            T.bits("Serial", 31, 0, .readOnly, "Serial Number, upper dword"),
        ], spec: "PCIe 6.0 §7.9.3.2"),
    ]
}
