/// HyperTransport capability blocks (ID 0x08) as data, HyperTransport I/O Link Specification
/// 3.10 §7.5 (slave/primary interface) and §7.6 (host/secondary interface), §7.13 (MSI
/// mapping): command, link control/config, revision, link frequency and error, frequency
/// capability, feature capability, error handling, with lspci's labels and tokens.
public enum HyperTransportLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// Link width encodings (§7.5.4.2).
    static let widths: [(UInt64, String)] = [(0, "8bit"), (1, "16bit"), (2, "[2]"), (3, "32bit"), (4, "2bit"), (5, "4bit"), (6, "[6]"), (7, "N/C")]
    /// Link frequency encodings (§7.5.8.1).
    static let frequencies: [(UInt64, String)] = [
        (0, "200MHz"), (1, "300MHz"), (2, "400MHz"), (3, "500MHz"), (4, "600MHz"), (5, "800MHz"), (6, "1.0GHz"), (7, "1.2GHz"),
        (8, "1.4GHz"), (9, "1.6GHz"), (10, "[a]"), (11, "[b]"), (12, "[c]"), (13, "[d]"), (14, "[e]"), (15, "Vend"),
    ]

    static func linkControl(_ label: String, _ offset: Int) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: .bits16, fields: [
            T.bit("SrcIdEn", 0), T.bit("CFlE", 1, .readWrite, "CRC Flood Enable"), T.bit("CST", 2, .readWrite, "CRC Start Test"),
            T.bit("CFE", 3, .readWrite, "CRC Force Error"), T.bit("<LkFail", 4, .writeOneToClear, "Link Failure"),
            T.bit("Init", 5, .readOnly, "Initialization Complete"), T.bit("EOC", 6, .readOnly, "End of Chain"),
            T.bit("TXO", 7, .readWrite, "Transmitter Off"), T.bits("<CRCErr", 11, 8, .writeOneToClear, "CRC Error"),
            T.bit("IsocEn", 12, .readWrite, "Isochronous Flow Control Enable"), T.bit("LSEn", 13, .readWrite, "LDTSTOP# Tristate Enable"),
            T.bit("ExtCTL", 14, .readWrite, "Extended CTL Time"), T.bit("64b", 15, .readWrite, "64 Bit Addressing Enable"),
        ], spec: "HyperTransport 3.10 §7.5.4", printed: [[
            P.flag("CFlE"), P.flag("CST"), P.flag("CFE"), P.flag("<LkFail"), P.flag("Init"), P.flag("EOC"), P.flag("TXO"),
            P.decimal("<CRCErr", "<CRCErr="), P.flag("IsocEn"), P.flag("LSEn"), P.flag("ExtCTL"), P.flag("64b"),
        ]])
    }

    static func linkConfig(_ label: String, _ offset: Int) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: .bits16, fields: [
            T.bits("MLWI", 2, 0, .readOnly, "Max Link Width In", values: widths), T.bit("DwFcIn", 3, .readOnly, "Doubleword Flow Control In"),
            T.bits("MLWO", 6, 4, .readOnly, "Max Link Width Out", values: widths), T.bit("DwFcOut", 7, .readOnly),
            T.bits("LWI", 10, 8, .readWrite, "Link Width In", values: widths), T.bit("DwFcInEn", 11),
            T.bits("LWO", 14, 12, .readWrite, "Link Width Out", values: widths), T.bit("DwFcOutEn", 15),
        ], spec: "HyperTransport 3.10 §7.5.4.2", printed: [[
            P.named("MLWI", "MLWI="), P.flag("DwFcIn"), P.named("MLWO", "MLWO="), P.flag("DwFcOut"),
            P.named("LWI", "LWI="), P.flag("DwFcInEn"), P.named("LWO", "LWO="), P.flag("DwFcOutEn"),
        ]])
    }

    static func revision(_ offset: Int) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: "Revision ID", offset: offset, width: .bits8, fields: [
            T.bits("Minor", 4, 0, .readOnly), T.bits("Major", 7, 5, .readOnly),
        ], spec: "HyperTransport 3.10 §7.5.5")
    }

    /// Frequency (3:0) and error bits (7:4) share a byte; lspci prints them on two lines.
    static func frequencyAndError(_ suffix: String, _ offset: Int) -> [ConfigRegisterLayout] {
        let fields = [
            T.bits("Freq", 3, 0, .readWrite, "Link Frequency", values: frequencies), T.bit("<Prot", 4, .writeOneToClear, "Protocol Error"),
            T.bit("<Ovfl", 5, .writeOneToClear, "Overflow Error"), T.bit("<EOC", 6, .writeOneToClear, "End of Chain Error"),
            T.bit("CTLTm", 7, .readOnly, "CTL Timeout"),
        ]
        return [
            ConfigRegisterLayout(label: "Link Frequency" + suffix, offset: offset, width: .bits8, fields: fields,
                                 spec: "HyperTransport 3.10 §7.5.8", printed: [[P.named("Freq", "")]]),
            ConfigRegisterLayout(label: "Link Error" + suffix, offset: offset, width: .bits8, fields: fields,
                                 spec: "HyperTransport 3.10 §7.5.8", printed: [[P.flag("<Prot"), P.flag("<Ovfl"), P.flag("<EOC"), P.flag("CTLTm")]]),
        ]
    }

    static func frequencyCapability(_ suffix: String, _ offset: Int) -> ConfigRegisterLayout {
        let names = frequencies.prefix(10).map(\.1)
        return ConfigRegisterLayout(label: "Link Frequency Capability" + suffix, offset: offset, width: .bits16,
            fields: names.enumerated().map { T.bit($0.element, $0.offset, .readOnly) } + [T.rsvdP(14, 10), T.bit("Vend", 15, .readOnly)],
            spec: "HyperTransport 3.10 §7.5.9", printed: [names.map { P.flag($0) } + [P.flag("Vend")]])
    }

    static let errorHandling = ConfigRegisterLayout(label: "Error Handling", offset: 0x16, width: .bits16, fields:
        ["PFlE", "OFlE", "PFE", "OFE", "EOCFE", "RFE", "CRCFE", "SERRFE", "CF", "RE", "PNFE", "ONFE", "EOCNFE", "RNFE", "CRCNFE", "SERRNFE"]
            .enumerated().map { T.bit($0.element, $0.offset, $0.offset == 8 || $0.offset == 9 ? .readOnly : .readWrite) },
        spec: "HyperTransport 3.10 §7.5.12",
        printed: [["PFlE", "OFlE", "PFE", "OFE", "EOCFE", "RFE", "CRCFE", "SERRFE", "CF", "RE", "PNFE", "ONFE", "EOCNFE", "RNFE", "CRCNFE", "SERRNFE"].map { P.flag($0) }])

    /// Slave or primary interface (command bits 15:13 = 000).
    public static let slave: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Command", offset: 0x02, width: .bits16, fields: [
            T.bits("BaseUnitID", 4, 0), T.bits("UnitCnt", 9, 5, .readOnly, "Unit Count"), T.bit("MastHost", 10, .readOnly, "Master Host"),
            T.bit("DefDir", 11, .readWrite, "Default Direction"), T.bit("DUL", 12, .readWrite, "Drop on Uninitialized Link"),
            T.bits("Type", 15, 13, .readOnly, "Capability type (000: slave/primary)"),
        ], spec: "HyperTransport 3.10 §7.5.3", printed: [[
            P.decimal("BaseUnitID", "BaseUnitID="), P.decimal("UnitCnt", "UnitCnt="), P.flag("MastHost"), P.flag("DefDir"), P.flag("DUL"),
        ]]),
        linkControl("Link Control 0", 0x04), linkConfig("Link Config 0", 0x06),
        linkControl("Link Control 1", 0x08), linkConfig("Link Config 1", 0x0a),
        revision(0x0c),
    ] + frequencyAndError(" 0", 0x0d) + [frequencyCapability(" 0", 0x0e),
        ConfigRegisterLayout(label: "Feature Capability", offset: 0x10, width: .bits8, fields: [
            T.bit("IsocFC", 0, .readOnly), T.bit("LDTSTOP", 1, .readOnly), T.bit("CRCTM", 2, .readOnly), T.bit("ECTLT", 3, .readOnly),
            T.bit("64bA", 4, .readOnly), T.bit("UIDRD", 5, .readOnly), T.rsvdP(7, 6),
        ], spec: "HyperTransport 3.10 §7.5.10", printed: [[P.flag("IsocFC"), P.flag("LDTSTOP"), P.flag("CRCTM"), P.flag("ECTLT"), P.flag("64bA"), P.flag("UIDRD")]]),
    ] + frequencyAndError(" 1", 0x11) + [frequencyCapability(" 1", 0x12),
        ConfigRegisterLayout(label: "Enumeration Scratchpad", offset: 0x14, width: .bits16, fields: [T.bits("Scratchpad", 15, 0)],
                             spec: "HyperTransport 3.10 §7.5.11"),
        errorHandling,
        ConfigRegisterLayout(label: "Prefetchable memory behind bridge Upper", offset: 0x18, width: .bits16, fields: [
            T.bits("BaseUpper", 7, 0, .readWrite, "Memory Base Upper 8 bits"), T.bits("LimitUpper", 15, 8, .readWrite, "Memory Limit Upper 8 bits"),
        ], spec: "HyperTransport 3.10 §7.5.13"),
        ConfigRegisterLayout(label: "Bus Number", offset: 0x1a, width: .bits8, fields: [T.bits("Bus", 7, 0)],
                             spec: "HyperTransport 3.10 §7.5.14", printed: [[P.hex("Bus", "", 2)]]),
    ]

    /// Host or secondary interface (command bits 15:13 = 001).
    public static let host: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Command", offset: 0x02, width: .bits16, fields: [
            T.bit("WarmRst", 0, .readWrite, "Warm Reset"), T.bit("DblEnd", 1, .readWrite, "Double Ended"),
            T.bits("DevNum", 6, 2, .readWrite, "Device Number"), T.bit("ChainSide", 7, .readOnly), T.bit("HostHide", 8, .readWrite),
            T.rsvdP(9, 9), T.bit("Slave", 10, .readWrite, "Act as Slave"), T.bit("<EOCErr", 11, .writeOneToClear, "Host Inbound End of Chain Error"),
            T.bit("DUL", 12, .readWrite, "Drop on Uninitialized Link"), T.bits("Type", 15, 13, .readOnly, "Capability type (001: host/secondary)"),
        ], spec: "HyperTransport 3.10 §7.6.3", printed: [[
            P.flag("WarmRst"), P.flag("DblEnd"), P.decimal("DevNum", "DevNum="), P.flag("ChainSide"), P.flag("HostHide"),
            P.flag("Slave"), P.flag("<EOCErr"), P.flag("DUL"),
        ]]),
        linkControl("Link Control", 0x04), linkConfig("Link Config", 0x06), revision(0x08),
    ] + frequencyAndError("", 0x09) + [frequencyCapability("", 0x0a),
        ConfigRegisterLayout(label: "Feature Capability", offset: 0x0c, width: .bits16, fields: [
            T.bit("IsocFC", 0, .readOnly), T.bit("LDTSTOP", 1, .readOnly), T.bit("CRCTM", 2, .readOnly), T.bit("ECTLT", 3, .readOnly),
            T.bit("64bA", 4, .readOnly), T.bit("UIDRD", 5, .readOnly), T.rsvdP(7, 6), T.bit("ExtRS", 8, .readOnly), T.bit("UCnfE", 9, .readOnly),
            T.rsvdP(15, 10),
        ], spec: "HyperTransport 3.10 §7.6.10", printed: [[
            P.flag("IsocFC"), P.flag("LDTSTOP"), P.flag("CRCTM"), P.flag("ECTLT"), P.flag("64bA"), P.flag("UIDRD"), P.flag("ExtRS"), P.flag("UCnfE"),
        ]]),
    ]

    /// The registers of the HyperTransport block at `base`, by its type (command bits 15:13,
    /// then 15:11): slave, host, or a non-fixed MSI mapping's address; none for other types.
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        guard let command = config.value(at: base + 2, width: 2) else { return [] }
        switch command >> 13 {
        case 0: return slave
        case 1: return host
        default: return command >> 11 == 0x15 && command & 2 == 0 ? msiMapping : []
        }
    }

    /// MSI mapping (command bits 15:11 = 10101): the address registers, when not fixed.
    public static let msiMapping: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "Mapping Address Base", offset: 0x04, width: .bits64, fields: [
            T.rsvdP(19, 0), T.bits("Address", 63, 20, .readWrite, "MSI mapping address bits 63:20"),
        ], spec: "HyperTransport 3.10 §7.13"),
    ]
}
