/// The Designated Vendor-Specific extended capability (ID 0x0023) header as data, PCIe Base
/// 6.0 §7.9.6: DVSEC header 1 at +4 (DVSEC Vendor ID 15:0, revision 19:16, length 31:20 in
/// bytes) and header 2 at +8 (DVSEC ID 15:0). The body after +0xa is the vendor's (CXL:
/// vendor 0x1e98).
public enum DesignatedVendorLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// The PCI-SIG vendor ID the CXL Consortium's DVSECs carry (CXL 3.0 §8.1.1).
    public static let cxlVendor: UInt64 = 0x1e98

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "DVSEC header 1", offset: 0x04, width: .bits32, fields: [
            T.bits("Vendor", 15, 0, .readOnly, "DVSEC Vendor ID"), T.bits("Rev", 19, 16, .readOnly, "DVSEC Revision"),
            T.bits("Len", 31, 20, .readOnly, "DVSEC Length (bytes)"),
        ], spec: "PCIe 6.0 §7.9.6.2", printed: [[P.hex("Vendor", "Vendor=", 4), P.decimal("Rev", "Rev="), P.decimal("Len", "Len=")]]),
        ConfigRegisterLayout(label: "DVSEC header 2", offset: 0x08, width: .bits16, fields: [
            T.bits("ID", 15, 0, .readOnly, "DVSEC ID"),
        ], spec: "PCIe 6.0 §7.9.6.3", printed: [[P.hex("ID", "ID=", 4)]]),
    ]
}
