/// The Debug port capability (ID 0x0a) as data, EHCI 1.0 Appendix C (debug port capability): at +2 the offset of
/// the debug port registers (12:0) inside the BAR numbered 15:13.
public enum DebugPortLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let port = ConfigRegisterLayout(label: "Debug port", offset: 0x02, width: .bits16, fields: [
        T.bits("offset", 12, 0, .readOnly, "Debug port offset in the BAR"), T.bits("BAR", 15, 13, .readOnly, "BAR number"),
    ], spec: "EHCI 1.0 Appendix C", printed: [[P.decimal("BAR", "BAR="), P.hex("offset", "offset=", 4)]])

    public static let registers = [port]
}
