/// The MSI (ID 0x05) and MSI-X (ID 0x11) capabilities as data, PCI Local Bus 3.0 §6.8.1 and
/// §6.8.2. MSI's layout after Message Control depends on two of its bits (64-bit address,
/// per-vector masking), so `msi(control:)` gives the registers for a control value.
public enum MSILayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// MSI Message Control, printed on the capability's title line (`MSI: Enable+ Count=1/4
    /// Maskable- 64bit+`): Count is granted/requested vectors, both encoded as log2.
    public static let control = ConfigRegisterLayout(label: "Control", offset: 0x02, width: .bits16, fields: [
        T.bit("Enable", 0), T.bits("MultipleMessageCapable", 3, 1, .readOnly, "log2 of the vectors requested"),
        T.bits("Count", 6, 4, .readWrite, "Multiple Message Enable: log2 of the vectors granted"),
        T.bit("64bit", 7, .readOnly), T.bit("Maskable", 8, .readOnly), T.rsvdP(15, 9),
    ], spec: "PCI 3.0 §6.8.1.3", printed: [[
        P.flag("Enable"), ConfigPrintedField("Count", "Count=", .decimal, scale: .powerOfTwo, suffix: "/"),
        P.decimal("MultipleMessageCapable", "", scale: .powerOfTwo).attachedToPrevious(), P.flag("Maskable"), P.flag("64bit"),
    ]])

    /// MSI registers for a Message Control value. The Message Address is one register of 32
    /// or 64 bits (§6.8.1.4-5; its bits 1:0 are hardwired 0 and printed as read, as lspci does).
    public static func msi(control value: UInt64?) -> [ConfigRegisterLayout] {
        let is64 = (value ?? 0) >> 7 & 1 == 1
        let maskable = (value ?? 0) >> 8 & 1 == 1
        let address = is64
            ? ConfigRegisterLayout(label: "Address", offset: 0x04, width: .bits64, fields: [T.bits("Address", 63, 0, .readWrite, "Message Address (upper dword at +8)")],
                                   spec: "PCI 3.0 §6.8.1.4-5", printed: [[P.hex("Address", "", 16)]])
            : ConfigRegisterLayout(label: "Address", offset: 0x04, width: .bits32, fields: [T.bits("Address", 31, 0, .readWrite, "Message Address")],
                                   spec: "PCI 3.0 §6.8.1.4", printed: [[P.hex("Address", "", 8)]])
        var regs = [control, address]
        let data = is64 ? 0x0c : 0x08
        regs.append(ConfigRegisterLayout(label: "Data", offset: data, width: .bits16, fields: [T.bits("Data", 15, 0, .readWrite, "Message Data")],
                                         spec: "PCI 3.0 §6.8.1.6", printed: [[P.hex("Data", "", 4)]]))
        if maskable {
            regs.append(ConfigRegisterLayout(label: "Masking", offset: data + 4, width: .bits32, fields: [T.bits("Masking", 31, 0, .readWrite, "Mask Bits")],
                                             spec: "PCI 3.0 §6.8.1.7", printed: [[P.hex("Masking", "", 8)]]))
            regs.append(ConfigRegisterLayout(label: "Pending", offset: data + 8, width: .bits32, fields: [T.bits("Pending", 31, 0, .readOnly)],
                                             spec: "PCI 3.0 §6.8.1.8", printed: [[P.hex("Pending", "", 8)]]))
        }
        return regs
    }

    /// Where a BIR/offset register points, as lspci prints it: `BAR=3 offset=00002000`.
    static let printedLocation: [[ConfigPrintedField]] = [[P.decimal("BAR", "BAR="), P.hex("offset", "offset=", 8, scale: .times(8))]]

    /// MSI-X Message Control, printed on the capability's title line (`MSI-X: Enable+ Count=10
    /// Masked-`). Table Size is named `Count` as lspci labels it; it holds N-1.
    public static let msiXControl = ConfigRegisterLayout(label: "Control", offset: 0x02, width: .bits16, fields: [
        T.bits("Count", 10, 0, .readOnly, "Table Size: N-1 (lspci prints Count=N)"), T.rsvdP(13, 11),
        T.bit("Masked", 14, .readWrite, "Function Mask"), T.bit("Enable", 15),
    ], spec: "PCI 3.0 §6.8.2.3", printed: [[P.flag("Enable"), P.decimal("Count", "Count=", scale: .plusOne), P.flag("Masked")]])

    /// MSI-X registers: Message Control, Table and PBA offset/BIR.
    public static let msiX: [ConfigRegisterLayout] = [
        msiXControl,
        ConfigRegisterLayout(label: "Vector table", offset: 0x04, width: .bits32, fields: [
            T.bits("BAR", 2, 0, .readOnly, "Table BIR"), T.bits("offset", 31, 3, .readOnly, "Table Offset (8-byte units)"),
        ], spec: "PCI 3.0 §6.8.2.4", printed: printedLocation),
        ConfigRegisterLayout(label: "PBA", offset: 0x08, width: .bits32, fields: [
            T.bits("BAR", 2, 0, .readOnly, "PBA BIR"), T.bits("offset", 31, 3, .readOnly, "PBA Offset (8-byte units)"),
        ], spec: "PCI 3.0 §6.8.2.5", printed: printedLocation),
    ]
}
