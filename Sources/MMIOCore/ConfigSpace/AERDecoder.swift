/// Advanced Error Reporting extended capability (ID 0x0001), PCIe Base 6.0 §7.8.4:
/// uncorrectable status/mask/severity at +4/+8/+0xc, correctable status/mask at +0x10/+0x14,
/// capabilities and control (first error pointer) at +0x18, header log at +0x1c...+0x28, and
/// for Root Ports and Event Collectors root command/status/error source at +0x2c/+0x30/+0x34.
public enum AERDecoder: CapabilityDecoder {
    typealias F = ConfigField

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

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let b = entry.offset
        var cap = DecodedCapability(space: .extended, id: entry.id, offset: b, version: entry.version, name: "Advanced Error Reporting")
        func bits(_ table: [(Int, String)]) -> (UInt64) -> [[ConfigField]] {
            { r in [table.map { F.flag($0.1, r, bit: $0.0) }] }
        }
        var regs: [ConfigRegister?] = [
            config.register("UESta", at: b + 4, width: 4, bits(uncorrectableBits)),
            config.register("UEMsk", at: b + 8, width: 4, bits(uncorrectableBits)),
            config.register("UESvrt", at: b + 0xc, width: 4, bits(uncorrectableBits)),
            config.register("CESta", at: b + 0x10, width: 4, bits(correctableBits)),
            config.register("CEMsk", at: b + 0x14, width: 4, bits(correctableBits)),
            config.register("AERCap", at: b + 0x18, width: 4) { r in [[
                F.number("FirstErrorPointer", r, low: 0, count: 5) { "First Error Pointer: " + hex($0, 2) + "," },
                F.flag("ECRCGenCap", r, bit: 5), F.flag("ECRCGenEn", r, bit: 6), F.flag("ECRCChkCap", r, bit: 7), F.flag("ECRCChkEn", r, bit: 8),
            ], [
                F.flag("MultHdrRecCap", r, bit: 9), F.flag("MultHdrRecEn", r, bit: 10), F.flag("TLPPfxPres", r, bit: 11), F.flag("HdrLogCap", r, bit: 12),
            ]] },
        ]
        let w = (0..<4).compactMap { config.u32(b + 0x1c + 4 * $0) }.map(UInt64.init)
        if w.count == 4 {
            regs.append(ConfigRegister(name: "HeaderLog", offset: b + 0x1c, width: 16, raw: w[0], lines: [
                w.enumerated().map { i, v in F.derived("DW\(i)", raw: v, value: .number(v), text: hex(v, 8)) },
            ]))
        }
        if context.isRootPortOrEventCollector {
            regs.append(config.register("RootCmd", at: b + 0x2c, width: 4) { r in [[
                F.flag("CERptEn", r, bit: 0), F.flag("NFERptEn", r, bit: 1), F.flag("FERptEn", r, bit: 2),
            ]] })
            regs.append(config.register("RootSta", at: b + 0x30, width: 4) { r in [[
                F.flag("CERcvd", r, bit: 0), F.flag("MultCERcvd", r, bit: 1), F.flag("UERcvd", r, bit: 2), F.flag("MultUERcvd", r, bit: 3),
            ], [
                F.flag("FirstFatal", r, bit: 4), F.flag("NonFatalMsg", r, bit: 5), F.flag("FatalMsg", r, bit: 6),
                F.number("IntMsg", r, low: 27, count: 5) { "IntMsg \($0)" },
            ]] })
            regs.append(config.register("ErrorSrc", at: b + 0x34, width: 4) { r in [[
                F.number("ERR_COR", r, low: 0, count: 16) { "ERR_COR: " + hex($0, 4) },
                F.number("ERR_FATAL/NONFATAL", r, low: 16, count: 16) { "ERR_FATAL/NONFATAL: " + hex($0, 4) },
            ]] })
        }
        cap.registers = regs.compactMap { $0 }
        return cap
    }
}
