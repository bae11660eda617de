/// The Advanced Error Reporting extended capability (ID 0x0001) as data, PCIe Base 6.0
/// §7.8.4, with the bit names lspci prints (`AERDecoder`'s tables). Status bits are RW1C,
/// mask and severity bits RW; bits without a name are RsvdZ in status registers and RsvdP
/// elsewhere.
public enum AERLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// Uncorrectable error bits (§7.8.4.2) with lspci's short names.
    public static let uncorrectableBits: [(Int, String)] = [
        (4, "DLP"), (5, "SDES"), (12, "TLP"), (13, "FCP"), (14, "CmpltTO"), (15, "CmpltAbrt"),
        (16, "UnxCmplt"), (17, "RxOF"), (18, "MalfTLP"), (19, "ECRC"), (20, "UnsupReq"), (21, "ACSViol"),
        (22, "UncorrIntErr"), (23, "BlockedTLP"), (24, "AtomicOpBlocked"), (25, "TLPPrefixBlocked"), (26, "PoisonTLPBlocked"),
    ]
    /// Correctable error bits (§7.8.4.5).
    public static let correctableBits: [(Int, String)] = [
        (0, "RxErr"), (6, "BadTLP"), (7, "BadDLLP"), (8, "Rollover"), (12, "Timeout"), (13, "AdvNonFatalErr"),
        (14, "CorrIntErr"), (15, "HeaderOF"),
    ]

    /// The Header Log registers (§7.8.4.8): four dwords lspci prints on one `HeaderLog:` line.
    public static let headerLogLabels = ["HeaderLog0", "HeaderLog1", "HeaderLog2", "HeaderLog3"]

    static func errorBits(_ table: [(Int, String)], _ access: FieldAccess) -> [FieldDefinition] {
        let named = table.map { T.bit($0.1, $0.0, access) }
        let used = Set(table.map(\.0))
        // Unnamed bits as runs: RsvdZ in status registers, RsvdP elsewhere.
        var rest: [FieldDefinition] = []
        var bit = 0
        while bit < 32 {
            guard !used.contains(bit) else { bit += 1; continue }
            var end = bit
            while end + 1 < 32 && !used.contains(end + 1) { end += 1 }
            rest.append(access == .writeOneToClear ? T.rsvdZ(end, bit) : T.rsvdP(end, bit))
            bit = end + 1
        }
        return named + rest
    }

    public static let registers: [ConfigRegisterLayout] = {
        let u = uncorrectableBits, c = correctableBits
        let uncorrectableLine = [u.map { P.flag($0.1) }], correctableLine = [c.map { P.flag($0.1) }]
        let spec = "PCIe Base 6.0 §7.8.4"
        let rooted: Set<ExpressPortType> = [.rootPort, .rootComplexEventCollector]
        return [
            ConfigRegisterLayout(label: "UESta", offset: 0x04, width: .bits32, fields: errorBits(u, .writeOneToClear), spec: spec + ".2", printed: uncorrectableLine),
            ConfigRegisterLayout(label: "UEMsk", offset: 0x08, width: .bits32, fields: errorBits(u, .readWrite), spec: spec + ".3", printed: uncorrectableLine),
            ConfigRegisterLayout(label: "UESvrt", offset: 0x0c, width: .bits32, fields: errorBits(u, .readWrite), spec: spec + ".4", printed: uncorrectableLine),
            ConfigRegisterLayout(label: "CESta", offset: 0x10, width: .bits32, fields: errorBits(c, .writeOneToClear), spec: spec + ".5", printed: correctableLine),
            ConfigRegisterLayout(label: "CEMsk", offset: 0x14, width: .bits32, fields: errorBits(c, .readWrite), spec: spec + ".6", printed: correctableLine),
            ConfigRegisterLayout(label: "AERCap", offset: 0x18, width: .bits32, fields: [
                T.bits("FirstErrorPointer", 4, 0, .readOnly), T.bit("ECRCGenCap", 5, .readOnly), T.bit("ECRCGenEn", 6),
                T.bit("ECRCChkCap", 7, .readOnly), T.bit("ECRCChkEn", 8), T.bit("MultHdrRecCap", 9, .readOnly), T.bit("MultHdrRecEn", 10),
                T.bit("TLPPfxPres", 11, .readOnly), T.bit("HdrLogCap", 12, .readOnly), T.rsvdP(31, 13),
            ], spec: spec + ".7", printed: [
                [P.hex("FirstErrorPointer", "First Error Pointer: ", 2, suffix: ","),
                 P.flag("ECRCGenCap"), P.flag("ECRCGenEn"), P.flag("ECRCChkCap"), P.flag("ECRCChkEn")],
                [P.flag("MultHdrRecCap"), P.flag("MultHdrRecEn"), P.flag("TLPPfxPres"), P.flag("HdrLogCap")],
            ]),
            ConfigRegisterLayout(label: "HeaderLog0", offset: 0x1c, width: .bits32, spec: spec + ".8", shownWhen: .never),
            ConfigRegisterLayout(label: "HeaderLog1", offset: 0x20, width: .bits32, spec: spec + ".8", shownWhen: .never),
            ConfigRegisterLayout(label: "HeaderLog2", offset: 0x24, width: .bits32, spec: spec + ".8", shownWhen: .never),
            ConfigRegisterLayout(label: "HeaderLog3", offset: 0x28, width: .bits32, spec: spec + ".8", shownWhen: .never),
            ConfigRegisterLayout(label: "RootCmd", offset: 0x2c, width: .bits32, fields: [
                T.bit("CERptEn", 0), T.bit("NFERptEn", 1), T.bit("FERptEn", 2), T.rsvdP(31, 3),
            ], portTypes: rooted, spec: spec + ".9", printed: [[P.flag("CERptEn"), P.flag("NFERptEn"), P.flag("FERptEn")]]),
            ConfigRegisterLayout(label: "RootSta", offset: 0x30, width: .bits32, fields: [
                T.bit("CERcvd", 0, .writeOneToClear), T.bit("MultCERcvd", 1, .writeOneToClear), T.bit("UERcvd", 2, .writeOneToClear),
                T.bit("MultUERcvd", 3, .writeOneToClear), T.bit("FirstFatal", 4, .writeOneToClear), T.bit("NonFatalMsg", 5, .writeOneToClear),
                T.bit("FatalMsg", 6, .writeOneToClear), T.rsvdZ(26, 7), T.bits("IntMsg", 31, 27, .readOnly),
            ], portTypes: rooted, spec: spec + ".10", printed: [
                [P.flag("CERcvd"), P.flag("MultCERcvd"), P.flag("UERcvd"), P.flag("MultUERcvd")],
                [P.flag("FirstFatal"), P.flag("NonFatalMsg"), P.flag("FatalMsg"), P.decimal("IntMsg", "IntMsg ")],
            ]),
            ConfigRegisterLayout(label: "ErrorSrc", offset: 0x34, width: .bits32, fields: [
                T.bits("ERR_COR", 15, 0, .readOnly), T.bits("ERR_FATAL/NONFATAL", 31, 16, .readOnly),
            ], portTypes: rooted, spec: spec + ".11", printed: [
                [P.hex("ERR_COR", "ERR_COR: ", 4), P.hex("ERR_FATAL/NONFATAL", "ERR_FATAL/NONFATAL: ", 4)],
            ]),
        ]
    }()
}
