/// The Vendor-Specific capability (ID 0x09) as data, PCI Local Bus 3.0 §6.7, for functions
/// whose vendor layout hwx does not know: only the length byte at +2 is defined (virtio's
/// layout is `VirtioCapabilityLayout`). lspci prints it on the title line, `Len=10 <?>`.
public enum VendorSpecificLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let length = ConfigRegisterLayout(label: "Length", offset: 0x02, width: .bits8, fields: [
        T.bits("Len", 7, 0, .readOnly, "Capability length in bytes"),
    ], spec: "PCI 3.0 §6.7", printed: [[P.hex("Len", "Len=", 2, suffix: " <?>")]])

    public static let registers = [length]
}
