/// The virtio PCI capability (a vendor-specific capability, ID 0x09, of vendor 0x1af4) as
/// data, Virtual I/O Device 1.2 §4.1.4: cfg_type at +3, bar +4, id +5, offset +8, length +0xc,
/// and for the notify type notify_off_multiplier at +0x10. lspci prints the location on one
/// line (`BAR=4 offset=00003000 size=00001000`), so every register's printed label is empty:
/// the text renderer runs label-less registers together.
public enum VirtioCapabilityLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let types: [(UInt64, String)] = [(1, "CommonCfg"), (2, "Notify"), (3, "ISR"), (4, "DeviceCfg"), (5, "PCICfg"),
                                            (8, "SharedMemory"), (9, "Vendor")]

    public static let cfgType = ConfigRegisterLayout(label: "cfg_type", offset: 0x03, width: .bits8, fields: [
        T.bits("cfg_type", 7, 0, .readOnly, "Structure type (virtio 1.2 §4.1.4)", values: types),
    ], spec: "virtio 1.2 §4.1.4")

    static let location: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "bar", offset: 0x04, width: .bits8, fields: [T.bits("BAR", 7, 0, .readOnly)],
                             spec: "virtio 1.2 §4.1.4", printed: [[P.decimal("BAR", "BAR=")]], printedLabel: ""),
        ConfigRegisterLayout(label: "offset", offset: 0x08, width: .bits32, fields: [T.bits("offset", 31, 0, .readOnly)],
                             spec: "virtio 1.2 §4.1.4", printed: [[P.hex("offset", "offset=", 8)]], printedLabel: ""),
        ConfigRegisterLayout(label: "length", offset: 0x0c, width: .bits32, fields: [T.bits("size", 31, 0, .readOnly)],
                             spec: "virtio 1.2 §4.1.4", printed: [[P.hex("size", "size=", 8)]], printedLabel: ""),
    ]

    static let notifyMultiplier = ConfigRegisterLayout(label: "notify_off_multiplier", offset: 0x10, width: .bits32,
        fields: [T.bits("multiplier", 31, 0, .readOnly)], spec: "virtio 1.2 §4.1.4.4",
        printed: [[P.hex("multiplier", "multiplier=", 8)]], printedLabel: "")

    /// The registers of a virtio capability whose cfg_type is `type`.
    public static func registers(type: UInt64) -> [ConfigRegisterLayout] {
        [cfgType] + location + (type == 2 ? [notifyMultiplier] : [])
    }

    /// lspci's name for the structure type (`<unknown>` when virtio names none).
    public static func typeName(_ type: UInt64) -> String { types.first { $0.0 == type }?.1 ?? "<unknown>" }
}
