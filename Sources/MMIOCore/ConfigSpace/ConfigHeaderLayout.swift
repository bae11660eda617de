/// The configuration header of types 0, 1 and 2 as data, in the order and with the names
/// `setpci --dumpregs` lists (pciutils 3.9), and lspci's labels and field names where lspci
/// decodes the register. Layouts: PCI Local Bus 3.0 §6.2 (type 0), PCI-to-PCI Bridge
/// Architecture 1.2 §3.2 (type 1), PC Card Standard 8.0 §4.5 (type 2, CardBus); access as
/// PCIe Base 6.0 §7.5.1 gives it.
///
/// As in setpci, a name belongs to the header types that define it (`PRIMARY_BUS` is refused
/// on an endpoint, every name above 0x0f but the `CB_` ones on a CardBus bridge).
public enum ConfigHeaderLayout {
    typealias T = ConfigFieldTable
    static let common = "PCI Local Bus 3.0 §6.2"
    static let bridge = "PCI-to-PCI Bridge 1.2 §3.2"
    static let cardBus = "PC Card 8.0 §4.5"

    typealias P = ConfigPrintedField
    static let devsel: [(UInt64, String)] = [(0, "fast"), (1, "medium"), (2, "slow")]
    /// lspci's words for DEVSEL timing (11b is reserved, PCI 3.0 §6.2.3).
    static let devselWords = ["fast", "medium", "slow", "??"]

    /// `Control:` as lspci prints the Command register (PCI 3.0 §6.2.2), bit order.
    static let commandPrinted: [[ConfigPrintedField]] = [[
        P.flag("I/O"), P.flag("Mem"), P.flag("BusMaster"), P.flag("SpecCycle"), P.flag("MemWINV"), P.flag("VGASnoop"),
        P.flag("ParErr"), P.flag("Stepping"), P.flag("SERR"), P.flag("FastB2B"), P.flag("DisINTx"),
    ]]

    /// `Status:` as lspci prints it (PCI 3.0 §6.2.3): capabilities first, Interrupt Status last.
    static let statusPrinted: [[ConfigPrintedField]] = [[
        P.flag("Cap"), P.flag("66MHz"), P.flag("UDF"), P.flag("FastB2B"), P.flag("ParErr"), P.words("DEVSEL", "DEVSEL=", devselWords),
        P.flag(">TAbort"), P.flag("<TAbort"), P.flag("<MAbort"), P.flag(">SERR"), P.flag("<PERR"), P.flag("INTx"),
    ]]

    /// A bridge's `Secondary status:` (PCI-to-PCI Bridge 1.2 §3.2.5.7): no Cap, UDF or INTx,
    /// and bit 14 is the received system error.
    static let secondaryStatusPrinted: [[ConfigPrintedField]] = [[
        P.flag("66MHz"), P.flag("FastB2B"), P.flag("ParErr"), P.words("DEVSEL", "DEVSEL=", devselWords),
        P.flag(">TAbort"), P.flag("<TAbort"), P.flag("<MAbort"), P.flag("<SERR"), P.flag("<PERR"),
    ]]

    /// A bridge's `BridgeCtl:` (PCI-to-PCI Bridge 1.2 §3.2.5.18) on lspci's two lines.
    static let bridgeControlPrinted: [[ConfigPrintedField]] = [
        [P.flag("Parity"), P.flag("SERR"), P.flag("NoISA"), P.flag("VGA"), P.flag("VGA16"), P.flag("MAbort"), P.flag(">Reset"), P.flag("FastB2B")],
        [P.flag("PriDiscTmr"), P.flag("SecDiscTmr"), P.flag("DiscTmrStat"), P.flag("DiscTmrSERREn")],
    ]

    /// A CardBus bridge's `BridgeCtl:` (PC Card 8.0 §4.5.11); lspci prints the memory windows'
    /// prefetch bits on the windows, not here (they are decoded in place without text).
    static let cardBusBridgeControlPrinted: [[ConfigPrintedField]] = [[
        P.flag("Parity"), P.flag("SERR"), P.flag("ISA"), P.flag("VGA"), P.flag("MAbort"), P.flag(">Reset"), P.flag("16bInt"),
        P.flag("Prefetch0").silent, P.flag("Prefetch1").silent, P.flag("PostWrite"),
    ]]

    /// Command register (0x04), lspci's `Control:` names.
    static let commandFields: [FieldDefinition] = [
        T.bit("I/O", 0, .readWrite, "I/O Space Enable"), T.bit("Mem", 1, .readWrite, "Memory Space Enable"),
        T.bit("BusMaster", 2, .readWrite, "Bus Master Enable"), T.bit("SpecCycle", 3, .readOnly, "Special Cycles"),
        T.bit("MemWINV", 4, .readWrite, "Memory Write and Invalidate"), T.bit("VGASnoop", 5, .readWrite, "VGA Palette Snoop"),
        T.bit("ParErr", 6, .readWrite, "Parity Error Response"), T.bit("Stepping", 7, .readOnly, "IDSEL Stepping"),
        T.bit("SERR", 8, .readWrite, "SERR# Enable"), T.bit("FastB2B", 9, .readWrite, "Fast Back-to-Back Enable"),
        T.bit("DisINTx", 10, .readWrite, "Interrupt Disable"), T.rsvdP(15, 11),
    ]

    /// Status register (0x06), lspci's `Status:` names; error bits are RW1C.
    static let statusFields: [FieldDefinition] = [
        T.bit("ImmReadiness", 0, .readOnly, "Immediate Readiness"), T.rsvdZ(2, 1),
        T.bit("INTx", 3, .readOnly, "Interrupt Status"), T.bit("Cap", 4, .readOnly, "Capabilities List"),
        T.bit("66MHz", 5, .readOnly, "66 MHz Capable"), T.bit("UDF", 6, .readOnly, "User Definable Features (PCI 2.1)"),
        T.bit("FastB2B", 7, .readOnly, "Fast Back-to-Back Capable"),
        T.bit("ParErr", 8, .writeOneToClear, "Master Data Parity Error"),
        T.bits("DEVSEL", 10, 9, .readOnly, "DEVSEL Timing", values: devsel),
        T.bit(">TAbort", 11, .writeOneToClear, "Signaled Target Abort"), T.bit("<TAbort", 12, .writeOneToClear, "Received Target Abort"),
        T.bit("<MAbort", 13, .writeOneToClear, "Received Master Abort"), T.bit(">SERR", 14, .writeOneToClear, "Signaled System Error"),
        T.bit("<PERR", 15, .writeOneToClear, "Detected Parity Error"),
    ]

    /// Secondary Status of a bridge (0x1e) or CardBus bridge (0x16); bit 14 is "received".
    static let secondaryStatusFields: [FieldDefinition] = [
        T.rsvdZ(4, 0), T.bit("66MHz", 5, .readOnly), T.bit("UDF", 6, .readOnly), T.bit("FastB2B", 7, .readOnly),
        T.bit("ParErr", 8, .writeOneToClear), T.bits("DEVSEL", 10, 9, .readOnly, values: devsel),
        T.bit(">TAbort", 11, .writeOneToClear), T.bit("<TAbort", 12, .writeOneToClear), T.bit("<MAbort", 13, .writeOneToClear),
        T.bit("<SERR", 14, .writeOneToClear, "Received System Error"), T.bit("<PERR", 15, .writeOneToClear),
    ]

    static let bridgeControlFields: [FieldDefinition] = [
        T.bit("Parity", 0, .readWrite, "Parity Error Response Enable"), T.bit("SERR", 1, .readWrite, "SERR# Enable"),
        T.bit("NoISA", 2, .readWrite, "ISA Enable"), T.bit("VGA", 3, .readWrite, "VGA Enable"), T.bit("VGA16", 4, .readWrite, "VGA 16-bit Decode"),
        T.bit("MAbort", 5, .readWrite, "Master Abort Mode"), T.bit(">Reset", 6, .readWrite, "Secondary Bus Reset"),
        T.bit("FastB2B", 7, .readWrite, "Fast Back-to-Back Enable"), T.bit("PriDiscTmr", 8, .readWrite, "Primary Discard Timeout"),
        T.bit("SecDiscTmr", 9, .readWrite, "Secondary Discard Timeout"), T.bit("DiscTmrStat", 10, .writeOneToClear, "Discard Timer Status"),
        T.bit("DiscTmrSERREn", 11, .readWrite, "Discard Timer SERR# Enable"), T.rsvdP(15, 12),
    ]

    static let cardBusBridgeControlFields: [FieldDefinition] = [
        T.bit("Parity", 0), T.bit("SERR", 1), T.bit("ISA", 2), T.bit("VGA", 3), T.rsvdP(4, 4), T.bit("MAbort", 5),
        T.bit(">Reset", 6, .readWrite, "CardBus Reset"), T.bit("16bInt", 7, .readWrite, "16-bit PC Card interrupts via ExCA"),
        T.bit("Prefetch0", 8, .readWrite, "Memory window 0 prefetchable"), T.bit("Prefetch1", 9, .readWrite, "Memory window 1 prefetchable"),
        T.bit("PostWrite", 10, .readWrite, "Write Posting Enable"), T.rsvdP(15, 11),
    ]

    static func r(_ name: String, _ offset: Int, _ width: AccessWidth, label: String? = nil, _ fields: [FieldDefinition] = [],
                  types: Set<ConfigHeaderType>? = nil, spec: String = common,
                  printed: [[ConfigPrintedField]] = [], printedLabel: String? = nil) -> ConfigRegisterLayout {
        ConfigRegisterLayout(setpciName: name, label: label ?? name, offset: offset, width: width, fields: fields,
                             headerTypes: types ?? headerTypes(of: name, offset: offset), spec: spec, printed: printed, printedLabel: printedLabel)
    }

    /// Which header types define the register setpci calls `name`, as setpci 3.9 decides
    /// (it refuses a name of another header type): 0x00-0x0f are common; `CB_` names are
    /// CardBus only; the bridge names type 1; BARs 0-1, the capability pointer and the
    /// interrupt bytes types 0 and 1; the rest type 0.
    static func headerTypes(of name: String, offset: Int) -> Set<ConfigHeaderType>? {
        if offset < 0x10 { return nil }
        if name.hasPrefix("CB_") { return [.cardBusBridge] }
        if bridgeNames.contains(name) { return [.pciBridge] }
        if ["BASE_ADDRESS_0", "BASE_ADDRESS_1", "CAPABILITIES", "INTERRUPT_LINE", "INTERRUPT_PIN"].contains(name) { return [.endpoint, .pciBridge] }
        return [.endpoint]
    }

    /// Every header register setpci names, in `setpci --dumpregs` order.
    public static let registers: [ConfigRegisterLayout] = [
        r("VENDOR_ID", 0x00, .bits16, label: "Vendor ID", [T.bits("VendorID", 15, 0, .readOnly)]),
        r("DEVICE_ID", 0x02, .bits16, label: "Device ID", [T.bits("DeviceID", 15, 0, .readOnly)]),
        r("COMMAND", 0x04, .bits16, label: "Control", commandFields, printed: commandPrinted),
        r("STATUS", 0x06, .bits16, label: "Status", statusFields, printed: statusPrinted),
        r("REVISION", 0x08, .bits8, label: "Revision ID", [T.bits("Revision", 7, 0, .readOnly)]),
        r("CLASS_PROG", 0x09, .bits8, label: "Programming Interface", [T.bits("ProgIf", 7, 0, .readOnly)]),
        r("CLASS_DEVICE", 0x0a, .bits16, label: "Class Code", [T.bits("SubClass", 7, 0, .readOnly), T.bits("BaseClass", 15, 8, .readOnly)]),
        r("CACHE_LINE_SIZE", 0x0c, .bits8, label: "Cache Line Size", [T.bits("CacheLineSize", 7, 0, .readWrite, "in dwords")]),
        r("LATENCY_TIMER", 0x0d, .bits8, label: "Latency", [T.bits("LatencyTimer", 7, 0, .readWrite, "in PCI clocks")]),
        r("HEADER_TYPE", 0x0e, .bits8, label: "Header Type", [
            T.bits("Layout", 6, 0, .readOnly, values: [(0, "Normal"), (1, "Bridge"), (2, "CardBus")]),
            T.bit("MultiFunction", 7, .readOnly),
        ]),
        r("BIST", 0x0f, .bits8, label: "BIST", [
            T.bits("CompletionCode", 3, 0, .readOnly, "0: passed"), T.rsvdP(5, 4),
            T.bit("Start", 6, .readWrite, "Start BIST (clears when done)"), T.bit("Capable", 7, .readOnly, "BIST Capable"),
        ], printed: [[ConfigPrintedField.hex("CompletionCode", "", 2)]], printedLabel: "BIST result"),
        r("BASE_ADDRESS_0", 0x10, .bits32, label: "Region 0"),
        r("BASE_ADDRESS_1", 0x14, .bits32, label: "Region 1"),
        r("BASE_ADDRESS_2", 0x18, .bits32, label: "Region 2"),
        r("BASE_ADDRESS_3", 0x1c, .bits32, label: "Region 3"),
        r("BASE_ADDRESS_4", 0x20, .bits32, label: "Region 4"),
        r("BASE_ADDRESS_5", 0x24, .bits32, label: "Region 5"),
        r("CARDBUS_CIS", 0x28, .bits32, label: "CardBus CIS Pointer"),
        r("SUBSYSTEM_VENDOR_ID", 0x2c, .bits16, label: "Subsystem Vendor ID"),
        r("SUBSYSTEM_ID", 0x2e, .bits16, label: "Subsystem ID"),
        r("ROM_ADDRESS", 0x30, .bits32, label: "Expansion ROM", [
            T.bit("Enable", 0, .readWrite, "Expansion ROM Enable"), T.bits("ValidationStatus", 3, 1, .readOnly), T.bits("ValidationDetails", 7, 4, .readOnly),
            T.rsvdP(10, 8), T.bits("Address", 31, 11, .readWrite, "ROM base address bits 31:11"),
        ]),
        r("CAPABILITIES", 0x34, .bits8, label: "Capabilities Pointer"),
        r("INTERRUPT_LINE", 0x3c, .bits8, label: "Interrupt Line"),
        r("INTERRUPT_PIN", 0x3d, .bits8, label: "Interrupt Pin",
          [T.bits("Pin", 7, 0, .readOnly, values: [(0, "none"), (1, "A"), (2, "B"), (3, "C"), (4, "D")])]),
        r("MIN_GNT", 0x3e, .bits8, label: "Min_Gnt", types: [.endpoint]),
        r("MAX_LAT", 0x3f, .bits8, label: "Max_Lat", types: [.endpoint]),
        r("PRIMARY_BUS", 0x18, .bits8, label: "primary", spec: bridge),
        r("SECONDARY_BUS", 0x19, .bits8, label: "secondary", spec: bridge),
        r("SUBORDINATE_BUS", 0x1a, .bits8, label: "subordinate", spec: bridge),
        r("SEC_LATENCY_TIMER", 0x1b, .bits8, label: "sec-latency", spec: bridge),
        r("IO_BASE", 0x1c, .bits8, label: "I/O Base", [T.bits("Addressing", 3, 0, .readOnly, values: [(0, "16-bit"), (1, "32-bit")]), T.bits("Base", 7, 4)], spec: bridge),
        r("IO_LIMIT", 0x1d, .bits8, label: "I/O Limit", [T.bits("Addressing", 3, 0, .readOnly, values: [(0, "16-bit"), (1, "32-bit")]), T.bits("Limit", 7, 4)], spec: bridge),
        r("SEC_STATUS", 0x1e, .bits16, label: "Secondary status", secondaryStatusFields, spec: bridge, printed: secondaryStatusPrinted),
        r("MEMORY_BASE", 0x20, .bits16, label: "Memory Base", [T.rsvdP(3, 0), T.bits("Base", 15, 4)], spec: bridge),
        r("MEMORY_LIMIT", 0x22, .bits16, label: "Memory Limit", [T.rsvdP(3, 0), T.bits("Limit", 15, 4)], spec: bridge),
        r("PREF_MEMORY_BASE", 0x24, .bits16, label: "Prefetchable Memory Base",
          [T.bits("Addressing", 3, 0, .readOnly, values: [(0, "32-bit"), (1, "64-bit")]), T.bits("Base", 15, 4)], spec: bridge),
        r("PREF_MEMORY_LIMIT", 0x26, .bits16, label: "Prefetchable Memory Limit",
          [T.bits("Addressing", 3, 0, .readOnly, values: [(0, "32-bit"), (1, "64-bit")]), T.bits("Limit", 15, 4)], spec: bridge),
        r("PREF_BASE_UPPER32", 0x28, .bits32, label: "Prefetchable Base Upper 32 Bits", spec: bridge),
        r("PREF_LIMIT_UPPER32", 0x2c, .bits32, label: "Prefetchable Limit Upper 32 Bits", spec: bridge),
        r("IO_BASE_UPPER16", 0x30, .bits16, label: "I/O Base Upper 16 Bits", spec: bridge),
        r("IO_LIMIT_UPPER16", 0x32, .bits16, label: "I/O Limit Upper 16 Bits", spec: bridge),
        r("BRIDGE_ROM_ADDRESS", 0x38, .bits32, label: "Expansion ROM (bridge)", spec: bridge),
        r("BRIDGE_CONTROL", 0x3e, .bits16, label: "BridgeCtl", bridgeControlFields, types: [.pciBridge], spec: bridge,
          printed: bridgeControlPrinted),
        // setpci has no name for the CardBus Bridge Control register; it is reached as CB_IO_LIMIT_1_HI+4.w.
        ConfigRegisterLayout(label: "BridgeCtl", offset: 0x3e, width: .bits16, fields: cardBusBridgeControlFields, headerTypes: [.cardBusBridge], spec: cardBus,
                             printed: cardBusBridgeControlPrinted),
        r("CB_CARDBUS_BASE", 0x10, .bits32, label: "CardBus Socket/ExCA base", spec: cardBus),
        r("CB_CAPABILITIES", 0x14, .bits16, label: "CardBus Capabilities Pointer", spec: cardBus),
        r("CB_SEC_STATUS", 0x16, .bits16, label: "Secondary status (CardBus)", secondaryStatusFields, spec: cardBus),
        r("CB_BUS_NUMBER", 0x18, .bits8, label: "PCI bus", spec: cardBus),
        r("CB_CARDBUS_NUMBER", 0x19, .bits8, label: "CardBus bus", spec: cardBus),
        r("CB_SUBORDINATE_BUS", 0x1a, .bits8, label: "subordinate (CardBus)", spec: cardBus),
        r("CB_CARDBUS_LATENCY", 0x1b, .bits8, label: "CardBus latency", spec: cardBus),
        r("CB_MEMORY_BASE_0", 0x1c, .bits32, label: "Memory window 0 base", spec: cardBus),
        r("CB_MEMORY_LIMIT_0", 0x20, .bits32, label: "Memory window 0 limit", spec: cardBus),
        r("CB_MEMORY_BASE_1", 0x24, .bits32, label: "Memory window 1 base", spec: cardBus),
        r("CB_MEMORY_LIMIT_1", 0x28, .bits32, label: "Memory window 1 limit", spec: cardBus),
        r("CB_IO_BASE_0", 0x2c, .bits16, label: "I/O window 0 base", spec: cardBus),
        r("CB_IO_BASE_0_HI", 0x2e, .bits16, label: "I/O window 0 base upper", spec: cardBus),
        r("CB_IO_LIMIT_0", 0x30, .bits16, label: "I/O window 0 limit", spec: cardBus),
        r("CB_IO_LIMIT_0_HI", 0x32, .bits16, label: "I/O window 0 limit upper", spec: cardBus),
        r("CB_IO_BASE_1", 0x34, .bits16, label: "I/O window 1 base", spec: cardBus),
        r("CB_IO_BASE_1_HI", 0x36, .bits16, label: "I/O window 1 base upper", spec: cardBus),
        r("CB_IO_LIMIT_1", 0x38, .bits16, label: "I/O window 1 limit", spec: cardBus),
        r("CB_IO_LIMIT_1_HI", 0x3a, .bits16, label: "I/O window 1 limit upper", spec: cardBus),
        r("CB_SUBSYSTEM_VENDOR_ID", 0x40, .bits16, label: "Subsystem Vendor ID (CardBus)", spec: cardBus),
        r("CB_SUBSYSTEM_ID", 0x42, .bits16, label: "Subsystem ID (CardBus)", spec: cardBus),
        r("CB_LEGACY_MODE_BASE", 0x44, .bits32, label: "16-bit legacy mode base", spec: cardBus),
    ]

    /// Registers lspci prints as one line over several of setpci's byte registers, with their
    /// printed form. They are not in `registers` (targets reach the bytes by setpci's names:
    /// `SECONDARY_BUS`, `INTERRUPT_PIN`); the JSON shows them as the line's one register.
    public static let combined: [ConfigRegisterLayout] = [
        // PCI-to-PCI Bridge 1.2 §3.2.5.2-5 (PC Card 8.0 §4.5: same bytes in a CardBus header:
        // PCI bus, CardBus bus, subordinate bus, CardBus latency timer).
        ConfigRegisterLayout(label: "Bus", offset: 0x18, width: .bits32, fields: [
            T.bits("primary", 7, 0, .readWrite, "Primary Bus Number"), T.bits("secondary", 15, 8, .readWrite, "Secondary Bus Number"),
            T.bits("subordinate", 23, 16, .readWrite, "Subordinate Bus Number"), T.bits("sec-latency", 31, 24, .readWrite, "Secondary Latency Timer"),
        ], headerTypes: [.pciBridge, .cardBusBridge], spec: bridge, printed: [[
            P.hex("primary", "primary=", 2, suffix: ","), P.hex("secondary", "secondary=", 2, suffix: ","),
            P.hex("subordinate", "subordinate=", 2, suffix: ","), P.decimal("sec-latency", "sec-latency="),
        ]]),
        // PCI 3.0 §6.2.4: Interrupt Line (0x3c) and Pin (0x3d), shown when either is set; pin 0
        // (no INTx) with a line still reads `pin ?`, a pin beyond INTD# `pin ?N`.
        ConfigRegisterLayout(label: "Interrupt", offset: 0x3c, width: .bits16, fields: [
            T.bits("Line", 7, 0, .readWrite, "Interrupt Line"),
            T.bits("Pin", 15, 8, .readOnly, "Interrupt Pin", values: [(0, "none"), (1, "A"), (2, "B"), (3, "C"), (4, "D")]),
        ], spec: common, printed: [[
            P.words("Pin", "pin ", ["?", "A", "B", "C", "D"] + (5...255).map { "?\($0)" }), P.decimal("Line", "routed to IRQ "),
        ]], shownWhen: .nonzero("Interrupt")),
    ]

    /// The `combined` register labelled `label`.
    static func combined(_ label: String) -> ConfigRegisterLayout? { combined.first { $0.label == label } }

    /// The header register setpci calls `name` (case-insensitive); `headerTypes` says where it exists.
    public static func register(setpciName name: String) -> ConfigRegisterLayout? {
        registers.first { $0.setpciName?.lowercased() == (name).lowercased() }
    }

    static func headerTypeName(_ type: UInt8) -> String {
        ConfigHeaderType(rawValue: type)?.described ?? "type \(type) (unknown)"
    }

    /// The header register whose bytes start at `offset` with `width` in a header of type
    /// `headerType` (whose fields then describe a `config/NAME+OFF.W`-style access).
    public static func register(at offset: Int, width: AccessWidth, headerType: UInt8?) -> ConfigRegisterLayout? {
        let type = ConfigHeaderType(rawValue: headerType ?? 0)
        return registers.first { r in
            r.offset == offset && r.width == width && (r.headerTypes.map { types in type.map(types.contains) ?? false } ?? true)
        }
    }

    static let bridgeNames: Set<String> = [
        "PRIMARY_BUS", "SECONDARY_BUS", "SUBORDINATE_BUS", "SEC_LATENCY_TIMER", "IO_BASE", "IO_LIMIT", "SEC_STATUS",
        "MEMORY_BASE", "MEMORY_LIMIT", "PREF_MEMORY_BASE", "PREF_MEMORY_LIMIT", "PREF_BASE_UPPER32", "PREF_LIMIT_UPPER32",
        "IO_BASE_UPPER16", "IO_LIMIT_UPPER16", "BRIDGE_ROM_ADDRESS", "BRIDGE_CONTROL",
    ]
}
