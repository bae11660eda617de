/// The Multicast extended capability (ID 0x0012) as data, PCIe Base 6.0 §7.9.11: capability
/// +4 (MC_Max_Group 5:0 encoded minus one, MC_Window_Size_Requested 13:8 as a power of two,
/// ECRC regeneration 15), control +6 (MC_Num_Group 5:0 minus one, MC_Enable 15), base address
/// +8 (MC_Index_Position 5:0, MC_Base_Address 63:12), receive +0x10, block all +0x18, block
/// untranslated +0x20 (one bit per group), overlay BAR +0x28 (MC_Overlay_Size 5:0, 0 is
/// disabled, MC_Overlay_BAR 63:6).
public enum MulticastLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static func vector(_ label: String, _ offset: Int, _ field: String, _ description: String, _ section: String) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: .bits64, fields: [
            T.bits(field, 63, 0, .readWrite, description + " (bit n: group n)"),
        ], spec: "PCIe 6.0 §7.9.11." + section, printed: [[P.hex(field, "", 16)]])
    }

    /// The smallest MC_Overlay_Size that enables the overlay (§7.9.11.8: below 6, no overlay).
    static let smallestOverlaySize: UInt64 = 6

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "McastCap", offset: 0x04, width: .bits16, fields: [
            T.bits("MaxGroups", 5, 0, .readOnly, "MC_Max_Group (minus one)"), T.rsvdP(7, 6),
            T.bits("WindowSize", 13, 8, .readOnly, "MC_Window_Size_Requested (2^n bytes)"), T.rsvdP(14, 14),
            T.bit("ECRCRegen", 15, .readOnly, "MC_ECRC_Regeneration_Supported"),
        ], spec: "PCIe 6.0 §7.9.11.2", printed: [[
            P.decimal("MaxGroups", "MaxGroups ", scale: .plusOne, suffix: ","), P.decimal("WindowSize", "WindowSz "),
            P.decimal("WindowSize", " (", scale: .powerOfTwo, suffix: " bytes)").attachedToPrevious(), P.flag("ECRCRegen"),
        ]]),
        ConfigRegisterLayout(label: "McastCtl", offset: 0x06, width: .bits16, fields: [
            T.bits("NumGroups", 5, 0, .readWrite, "MC_Num_Group (minus one)"), T.rsvdP(14, 6), T.bit("Enable", 15, .readWrite, "MC_Enable"),
        ], spec: "PCIe 6.0 §7.9.11.3", printed: [[P.decimal("NumGroups", "NumGroups ", scale: .plusOne, suffix: ","), P.flag("Enable")]]),
        ConfigRegisterLayout(label: "McastBAR", offset: 0x08, width: .bits64, fields: [
            T.bits("IndexPos", 5, 0, .readWrite, "MC_Index_Position"), T.rsvdP(11, 6),
            T.bits("BaseAddr", 63, 12, .readWrite, "MC_Base_Address"),
        ], spec: "PCIe 6.0 §7.9.11.4", printed: [[
            P.decimal("IndexPos", "IndexPos ", suffix: ","), P.hex("BaseAddr", "BaseAddr ", 16, scale: .times(1 << 12)),
        ]]),
        vector("McastReceiveVec", 0x10, "ReceiveVector", "MC_Receive", "5"),
        vector("McastBlockAllVec", 0x18, "BlockAllVector", "MC_Block_All", "6"),
        vector("McastBlockUntransVec", 0x20, "BlockUntranslatedVector", "MC_Block_Untranslated", "7"),
        ConfigRegisterLayout(label: "McastOverlayBAR", offset: 0x28, width: .bits64, fields: [
            T.bits("OverlaySize", 5, 0, .readWrite, "MC_Overlay_Size (2^n bytes, 0: overlay disabled)"),
            T.bits("BaseAddr", 63, 6, .readWrite, "MC_Overlay_BAR"),
        ], spec: "PCIe 6.0 §7.9.11.8", printed: [[
            // lspci: `OverlaySize 0 (disabled),` or `OverlaySize 12 (4096 bytes),`.
            P.decimal("OverlaySize", "OverlaySize "),
            ConfigPrintedField("OverlaySize", "(", .decimal, scale: .powerOfTwo, suffix: " bytes),")
                .when(.atLeast("McastOverlayBAR", "OverlaySize", smallestOverlaySize)),
            ConfigPrintedField("OverlaySize", "(disabled),", .label),
            P.hex("BaseAddr", "BaseAddr ", 16, scale: .times(1 << 6)),
        ]]),
    ]
}
