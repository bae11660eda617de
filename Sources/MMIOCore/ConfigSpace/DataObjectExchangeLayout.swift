/// The Data Object Exchange extended capability (ID 0x002e) as data, PCIe Base 6.0 §7.9.24:
/// capabilities (+4), control (+8), status (+0xc) and the two mailboxes (+0x10 write,
/// +0x14 read). lspci's labels and tokens (`DOECap: IntSup+`, `DOESta: Busy- … ObjectReady+`);
/// the interrupt message number is printed only when the function supports the interrupt.
public enum DataObjectExchangeLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let spec = "PCIe Base 6.0 §7.9.24"

    /// DOE Capabilities, printed with the message number's line when `interruptSupported`.
    static func capabilities(interruptSupported: Bool) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: "DOECap", offset: 0x04, width: .bits32, fields: [
            T.bit("IntSup", 0, .readOnly, "DOE Interrupt Support"),
            T.bits("IntMsgNum", 11, 1, .readOnly, "DOE Interrupt Message Number"), T.rsvdP(31, 12),
        ], spec: spec + ".2", printed: interruptSupported
            ? [[P.flag("IntSup")], [P.hex("IntMsgNum", "Interrupt Message Number ", 3)]]
            : [[P.flag("IntSup")]])
    }

    static let control = ConfigRegisterLayout(label: "DOECtl", offset: 0x08, width: .bits32, fields: [
        T.bit("Abort", 0, .writeOnly, "DOE Abort (reads 0)"), T.bit("IntEn", 1, .readWrite, "DOE Interrupt Enable"),
        T.rsvdP(30, 2), T.bit("Go", 31, .writeOnly, "DOE Go (reads 0)"),
    ], spec: spec + ".3", printed: [[P.flag("IntEn")]])

    static let status = ConfigRegisterLayout(label: "DOESta", offset: 0x0c, width: .bits32, fields: [
        T.bit("Busy", 0, .readOnly, "DOE Busy"), T.bit("IntSta", 1, .writeOneToClear, "DOE Interrupt Status"),
        T.bit("Error", 2, .readOnly, "DOE Error"), T.rsvdZ(30, 3), T.bit("ObjectReady", 31, .readOnly, "Data Object Ready"),
    ], spec: spec + ".4", printed: [[P.flag("Busy"), P.flag("IntSta"), P.flag("Error"), P.flag("ObjectReady")]])

    /// The mailboxes: a write pushes one dword of a request (write mailbox) or pops one of the
    /// response (read mailbox), so they are described for named targets but never printed.
    static let mailboxes: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "DOEWriteMailbox", offset: 0x10, width: .bits32, fields: [
            T.bits("Data", 31, 0, .writeOnly, "DOE Write Data Mailbox: the next dword of the request"),
        ], spec: spec + ".5"),
        ConfigRegisterLayout(label: "DOEReadMailbox", offset: 0x14, width: .bits32, fields: [
            T.bits("Data", 31, 0, .readWrite, "DOE Read Data Mailbox: the current dword of the response; a write advances it"),
        ], spec: spec + ".6"),
    ]

    /// Every register of the capability at `base` in `config`.
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        let interrupt = (config.value(at: base + 4, width: 4) ?? 0) & 1 == 1
        return [capabilities(interruptSupported: interrupt), control, status] + mailboxes
    }
}
