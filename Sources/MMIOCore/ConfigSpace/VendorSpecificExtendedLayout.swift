/// The Vendor-Specific extended capability (ID 0x000b) header as data, PCIe Base 6.0 §7.9.5:
/// the VSEC header at +4 (VSEC ID 15:0, revision 19:16, length 31:20 in bytes); the rest is
/// the vendor's.
public enum VendorSpecificExtendedLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "VSEC header", offset: 0x04, width: .bits32, fields: [
            T.bits("ID", 15, 0, .readOnly, "VSEC ID"), T.bits("Rev", 19, 16, .readOnly, "VSEC Rev"),
            T.bits("Len", 31, 20, .readOnly, "VSEC Length (bytes)"),
        ], spec: "PCIe 6.0 §7.9.5.2", printed: [[P.hex("ID", "ID=", 4), P.decimal("Rev", "Rev="), P.hex("Len", "Len=", 3)]]),
    ]
}
