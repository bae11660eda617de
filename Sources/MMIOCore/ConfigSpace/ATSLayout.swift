/// The Address Translation Services extended capability (ID 0x000f) as data, PCIe Base 6.0
/// §10.5.1: ATS Capability at +4 (invalidate queue depth 4:0, page aligned request 5, global
/// invalidate 6, relaxed ordering 7), ATS Control at +6 (smallest translation unit 4:0, enable 15).
public enum ATSLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "ATSCap", offset: 0x04, width: .bits16, fields: [
            T.bits("InvalidateQueueDepth", 4, 0, .readOnly, "Invalidate Queue Depth (0: 32)"),
            T.bit("PageAlignedRequest", 5, .readOnly), T.bit("GlobalInvalidate", 6, .readOnly, "Global Invalidate Supported"),
            T.bit("RelaxedOrdering", 7, .readOnly, "Relaxed Ordering Supported"), T.rsvdP(15, 8),
        ], spec: "PCIe 6.0 §10.5.1.2", printed: [[
            P.hex("InvalidateQueueDepth", "Invalidate Queue Depth: ", 2), P.flag("PageAlignedRequest"),
            P.flag("GlobalInvalidate"), P.flag("RelaxedOrdering"),
        ]]),
        ConfigRegisterLayout(label: "ATSCtl", offset: 0x06, width: .bits16, fields: [
            T.bits("SmallestTranslationUnit", 4, 0, .readWrite, "Smallest Translation Unit (2^(n+12) bytes)"), T.rsvdP(14, 5),
            T.bit("Enable", 15, .readWrite, "ATS Enable"),
        ], spec: "PCIe 6.0 §10.5.1.3", printed: [[
            P.flag("Enable", suffix: ","), P.hex("SmallestTranslationUnit", "Smallest Translation Unit: ", 2),
        ]]),
    ]
}
