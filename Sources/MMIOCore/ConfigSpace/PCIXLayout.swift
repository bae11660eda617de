/// The PCI-X capability (ID 0x07) as data, PCI-X 2.0 §7.2. A device (type 0 header) has
/// PCI-X Command at +2 (§7.2.3) and PCI-X Status at +4 (§7.2.4); a bridge (type 1) has
/// Secondary Status at +2 (§7.2.5) and Bridge Status at +4 (§7.2.6). Sizes and counts are
/// encoded (`RBC=512` is 0, `OST=8` is 4); status error bits are RW1C.
public enum PCIXLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// Maximum memory read byte count encodings (512 << n).
    static let readBytes: [UInt64] = [512, 1024, 2048, 4096]
    /// Outstanding split transaction encodings.
    static let splits: [UInt64] = [1, 2, 3, 4, 8, 12, 16, 32]
    /// Designed maximum cumulative read size encodings (8 << n ADQs).
    static let cumulative: [UInt64] = (0..<8).map { 8 << $0 }

    /// Bus, device and function of the captured bus/device number (status 15:0).
    static let location: [FieldDefinition] = [
        T.bits("Function", 2, 0, .readOnly, "Function Number"), T.bits("Dev", 7, 3, .readOnly, "Device Number"),
        T.bits("Bus", 15, 8, .readOnly, "Bus Number"),
    ]
    static let printedLocation = [P.hex("Bus", "Dev=", 2, suffix: ":"), P.hex("Dev", "", 2, suffix: ".").attachedToPrevious(),
                                  P.decimal("Function", "").attachedToPrevious()]

    static let device: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Command", offset: 0x02, width: .bits16, fields: [
            T.bit("DPERE", 0, .readWrite, "Data Parity Error Recovery Enable"), T.bit("ERO", 1, .readWrite, "Enable Relaxed Ordering"),
            T.bits("RBC", 3, 2, .readWrite, "Maximum Memory Read Byte Count (512 << n)"),
            T.bits("OST", 6, 4, .readWrite, "Maximum Outstanding Split Transactions (1, 2, 3, 4, 8, 12, 16, 32)"),
            T.rsvdP(11, 7), T.bits("Version", 13, 12, .readOnly, "PCI-X Capability List Item Version"), T.rsvdP(15, 14),
        ], headerTypes: [.endpoint], spec: "PCI-X 2.0 §7.2.3", printed: [[
            P.flag("DPERE"), P.flag("ERO"), P.decimal("RBC", "RBC=", scale: .lookup(readBytes)), P.decimal("OST", "OST=", scale: .lookup(splits)),
        ]]),
        ConfigRegisterLayout(label: "Status", offset: 0x04, width: .bits32, fields: location + [
            T.bit("64bit", 16, .readOnly, "64-bit Device"), T.bit("133MHz", 17, .readOnly, "133 MHz Capable"),
            T.bit("SCD", 18, .writeOneToClear, "Split Completion Discarded"), T.bit("USC", 19, .writeOneToClear, "Unexpected Split Completion"),
            T.bits("DC", 20, 20, .readOnly, "Device Complexity", values: [(0, "simple"), (1, "bridge")]),
            T.bits("DMMRBC", 22, 21, .readOnly, "Designed Maximum Memory Read Byte Count"),
            T.bits("DMOST", 25, 23, .readOnly, "Designed Maximum Outstanding Split Transactions"),
            T.bits("DMCRS", 28, 26, .readOnly, "Designed Maximum Cumulative Read Size"),
            T.bit("RSCEM", 29, .writeOneToClear, "Received Split Completion Error Message"),
            T.bit("266MHz", 30, .readOnly, "PCI-X 266 Capable"), T.bit("533MHz", 31, .readOnly, "PCI-X 533 Capable"),
        ], headerTypes: [.endpoint], spec: "PCI-X 2.0 §7.2.4", printed: [printedLocation + [
            P.flag("64bit"), P.flag("133MHz"), P.flag("SCD"), P.flag("USC"), P.named("DC", "DC="),
            P.decimal("DMMRBC", "DMMRBC=", scale: .lookup(readBytes)), P.decimal("DMOST", "DMOST=", scale: .lookup(splits)),
            P.decimal("DMCRS", "DMCRS=", scale: .lookup(cumulative)), P.flag("RSCEM"), P.flag("266MHz"), P.flag("533MHz"),
        ]]),
    ]

    static let bridge: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Secondary Status", offset: 0x02, width: .bits16, fields: [
            T.bit("64bit", 0, .readOnly, "64-bit Device"), T.bit("133MHz", 1, .readOnly, "133 MHz Capable"),
            T.bit("SCD", 2, .writeOneToClear, "Split Completion Discarded"), T.bit("USC", 3, .writeOneToClear, "Unexpected Split Completion"),
            T.bit("SCO", 4, .writeOneToClear, "Split Completion Overrun"), T.bit("SRD", 5, .writeOneToClear, "Split Request Delayed"),
            T.bits("Freq", 8, 6, .readOnly, "Secondary Clock Frequency", values: [(0, "conv"), (1, "66MHz"), (2, "100MHz"), (3, "133MHz")]),
            T.rsvdP(15, 9),
        ], headerTypes: [.pciBridge], spec: "PCI-X 2.0 §7.2.5", printed: [[
            P.flag("64bit"), P.flag("133MHz"), P.flag("SCD"), P.flag("USC"), P.flag("SCO"), P.flag("SRD"), P.named("Freq", "Freq="),
        ]]),
        ConfigRegisterLayout(label: "Status", offset: 0x04, width: .bits32, fields: location + [
            T.bit("64bit", 16, .readOnly, "64-bit Device"), T.bit("133MHz", 17, .readOnly, "133 MHz Capable"),
            T.bit("SCD", 18, .writeOneToClear, "Split Completion Discarded"), T.bit("USC", 19, .writeOneToClear, "Unexpected Split Completion"),
            T.bit("SCO", 20, .writeOneToClear, "Split Completion Overrun"), T.bit("SRD", 21, .writeOneToClear, "Split Request Delayed"),
            T.rsvdP(31, 22),
        ], headerTypes: [.pciBridge], spec: "PCI-X 2.0 §7.2.6", printed: [printedLocation + [
            P.flag("64bit"), P.flag("133MHz"), P.flag("SCD"), P.flag("USC"), P.flag("SCO"), P.flag("SRD"),
        ]]),
    ]

    /// The registers for a function with header `header` (a PCI-to-PCI bridge has the bridge layout).
    public static func registers(header: ConfigHeaderType?) -> [ConfigRegisterLayout] {
        header == .pciBridge ? bridge : device
    }
}
