/// The Precision Time Measurement extended capability (ID 0x001f) as data, PCIe Base 6.0
/// §7.9.15: PTM Capability at +4 (requester, responder and root capable, ePTM, Local Clock
/// Granularity 15:8 in ns) and PTM Control at +8 (enable, root select, Effective Granularity
/// 15:8). lspci prints each granularity on a line of its own (`PTMClockGranularity: 4ns`):
/// `PTMClockGranularity` and `PTMEffectiveGranularity` are those lines, views of the
/// granularity field of the register at the same offset.
public enum PrecisionTimeLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let localClockGranularity = T.bits("LocalClockGranularity", 15, 8, .readOnly, "Local Clock Granularity (ns; 0: not implemented, 255: more than 254 ns)")
    static let effectiveGranularity = T.bits("EffectiveGranularity", 15, 8, .readWrite, "Effective Granularity (ns; 0: unknown, 255: more than 254 ns)")

    /// How lspci words a granularity of n ns (n = 0 is `zero`).
    static func granularities(zero: String) -> [String] {
        [zero] + (1..<255).map { "\($0)ns" } + ["Greater than 254ns"]
    }

    public static let capability = ConfigRegisterLayout(label: "PTMCap", offset: 0x04, width: .bits32, fields: [
        T.bit("Requester", 0, .readOnly, "PTM Requester Capable"), T.bit("Responder", 1, .readOnly, "PTM Responder Capable"),
        T.bit("Root", 2, .readOnly, "PTM Root Capable"), T.bit("ePTM", 3, .readOnly, "ePTM Capable"), T.rsvdP(7, 4),
        localClockGranularity, T.rsvdP(31, 16),
    ], spec: "PCIe 6.0 §7.9.15.2", printed: [[P.flag("Requester", "Requester:"), P.flag("Responder", "Responder:"), P.flag("Root", "Root:")]])

    public static let control = ConfigRegisterLayout(label: "PTMControl", offset: 0x08, width: .bits32, fields: [
        T.bit("Enabled", 0, .readWrite, "PTM Enable"), T.bit("RootSelected", 1, .readWrite, "Root Select"), T.rsvdP(7, 2),
        effectiveGranularity, T.rsvdP(31, 16),
    ], spec: "PCIe 6.0 §7.9.15.3", printed: [[P.flag("Enabled", "Enabled:"), P.flag("RootSelected", "RootSelected:")]])

    public static let registers: [ConfigRegisterLayout] = [
        capability,
        ConfigRegisterLayout(label: "PTMClockGranularity", offset: 0x04, width: .bits32, fields: [localClockGranularity],
                             spec: "PCIe 6.0 §7.9.15.2", printed: [[P.words("LocalClockGranularity", "", granularities(zero: "Unimplemented"))]]),
        control,
        ConfigRegisterLayout(label: "PTMEffectiveGranularity", offset: 0x08, width: .bits32, fields: [effectiveGranularity],
                             spec: "PCIe 6.0 §7.9.15.3", printed: [[P.words("EffectiveGranularity", "", granularities(zero: "Unknown"))]]),
    ]
}
