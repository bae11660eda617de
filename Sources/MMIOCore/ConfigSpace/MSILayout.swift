/// The MSI (ID 0x05) and MSI-X (ID 0x11) capabilities as data, PCI Local Bus 3.0 §6.8.1 and
/// §6.8.2. MSI's layout after Message Control depends on two of its bits (64-bit address,
/// per-vector masking), so `msi(control:)` gives the registers for a control value.
public enum MSILayout {
    typealias T = ConfigFieldTable

    static let control = ConfigRegisterLayout(label: "Control", offset: 0x02, width: .bits16, fields: [
        T.bit("Enable", 0), T.bits("MultipleMessageCapable", 3, 1, .readOnly, "log2 of the vectors requested"),
        T.bits("Count", 6, 4, .readWrite, "Multiple Message Enable: log2 of the vectors granted"),
        T.bit("64bit", 7, .readOnly), T.bit("Maskable", 8, .readOnly), T.rsvdP(15, 9),
    ], spec: "PCI 3.0 §6.8.1.3")

    /// MSI registers for a Message Control value.
    public static func msi(control value: UInt64?) -> [ConfigRegisterLayout] {
        let is64 = (value ?? 0) >> 7 & 1 == 1
        let maskable = (value ?? 0) >> 8 & 1 == 1
        var regs = [control, ConfigRegisterLayout(label: "Address", offset: 0x04, width: .bits32, fields: [T.rsvdP(1, 0), T.bits("Address", 31, 2)], spec: "PCI 3.0 §6.8.1.4")]
        if is64 { regs.append(ConfigRegisterLayout(label: "AddressHigh", offset: 0x08, width: .bits32, spec: "PCI 3.0 §6.8.1.5")) }
        let data = is64 ? 0x0c : 0x08
        regs.append(ConfigRegisterLayout(label: "Data", offset: data, width: .bits16, spec: "PCI 3.0 §6.8.1.6"))
        if maskable {
            regs.append(ConfigRegisterLayout(label: "Masking", offset: data + 4, width: .bits32, spec: "PCI 3.0 §6.8.1.7"))
            regs.append(ConfigRegisterLayout(label: "Pending", offset: data + 8, width: .bits32, fields: [T.bits("Pending", 31, 0, .readOnly)], spec: "PCI 3.0 §6.8.1.8"))
        }
        return regs
    }

    /// MSI-X registers: Message Control, Table and PBA offset/BIR.
    public static let msiX: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Control", offset: 0x02, width: .bits16, fields: [
            T.bits("TableSize", 10, 0, .readOnly, "N-1 (lspci prints Count=N)"), T.rsvdP(13, 11),
            T.bit("Masked", 14, .readWrite, "Function Mask"), T.bit("Enable", 15),
        ], spec: "PCI 3.0 §6.8.2.3"),
        ConfigRegisterLayout(label: "Vector table", offset: 0x04, width: .bits32, fields: [
            T.bits("BAR", 2, 0, .readOnly, "Table BIR"), T.bits("offset", 31, 3, .readOnly, "Table Offset (8-byte units)"),
        ], spec: "PCI 3.0 §6.8.2.4"),
        ConfigRegisterLayout(label: "PBA", offset: 0x08, width: .bits32, fields: [
            T.bits("BAR", 2, 0, .readOnly, "PBA BIR"), T.bits("offset", 31, 3, .readOnly, "PBA Offset (8-byte units)"),
        ], spec: "PCI 3.0 §6.8.2.5"),
    ]
}
