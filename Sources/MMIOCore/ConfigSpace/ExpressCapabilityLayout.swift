/// The PCI Express capability (ID 0x10) as data, PCIe Base 6.0 §7.5.3: registers at their
/// offsets from the capability header, lspci's labels (`DevCtl`, `LnkSta`) and field names,
/// access per §7.4, and which Device/Port types have each register (§7.5.3 figure
/// "PCI Express Capability Structure").
public enum ExpressCapabilityLayout {
    typealias T = ConfigFieldTable
    static let spec = "PCIe Base 6.0 §7.5.3"

    static let linked: Set<ExpressPortType> = Set(ExpressPortType.allCases.filter(\.hasLink))
    /// Ports whose capability says whether they have a slot (ExpCap bit 8): Root Ports, Switch
    /// Downstream Ports and PCI/PCI-X to PCI Express bridges (their downstream side is PCIe).
    public static let slotted: Set<ExpressPortType> = [.rootPort, .downstreamPort, .pciToPCIeBridge]
    static let rooted: Set<ExpressPortType> = [.rootPort, .rootComplexEventCollector]

    static let all = Set(ExpressPortType.allCases)
    /// Ports whose Read Completion Boundary is meaningful (switch ports hardwire it to 0).
    static let completionBoundary = all.filter { !$0.isSwitchPort }
    /// Downstream-facing ports that forward ARI (a PCIe-to-PCI bridge has no ARI forwarding).
    static let ariForwarding = all.filter { $0.isDownstreamFacing && $0 != .pcieToPCIBridge }
    /// Functions that issue AtomicOp requests (not switch ports or event collectors).
    static let atomicRequesters = all.subtracting([.upstreamPort, .downstreamPort, .rootComplexEventCollector])
    static let atomicRouters = all.filter(\.routes)
    /// Endpoints of every kind (legacy and Root Complex Integrated ones too).
    static let endpoints = all.filter(\.isEndpoint)
    /// Types whose DevCap reports the endpoint L0s/L1 acceptable latencies.
    static let latencyReporters: Set<ExpressPortType> = [.endpoint, .legacyEndpoint]
    /// Types whose DevCap has the attention button/indicator and power indicator bits (those of a
    /// device on a slot's far side; lspci leaves them out for ports and integrated functions).
    static let indicatorReporters: Set<ExpressPortType> = [.endpoint, .legacyEndpoint, .upstreamPort, .pcieToPCIBridge]
    /// Downstream-facing ports with a link: their LnkSta is not compared with their LnkCap (the
    /// partner may be missing), and their LnkSta2 reports Downstream Component Presence.
    static let linkedDownstream: Set<ExpressPortType> = [.rootPort, .downstreamPort, .pciToPCIeBridge]

    /// Conditions lspci shows registers and fields under (`ConfigCondition`).
    enum Shown {
        /// The link registers: every type but Root Complex Integrated Endpoints and Event
        /// Collectors, a reserved type included.
        static let link = ConfigCondition.portTypeNot([.rootComplexIntegratedEndpoint, .rootComplexEventCollector])
        /// The version 2 registers (capability version ≥ 2, §7.5.3.2).
        static let version2 = ConfigCondition.atLeast("ExpCap", "Version", 2)
        /// The slot registers: on Root and Switch Downstream Ports that say they have a slot (ExpCap.Slot).
        static let slot = ConfigCondition.all([.portType(slotted), .nonzero("ExpCap", "Slot")])
        static let l0sSupported = ConfigCondition.bit(0, of: "LnkCap", "ASPM")
        static let l1Supported = ConfigCondition.bit(1, of: "LnkCap", "ASPM")
        static let eetlpPrefix = ConfigCondition.nonzero("DevCap2", "EETLPPrefix")
        /// LnkSta's field is below LnkCap's (§7.5.3.8 against §7.5.3.6), on a function that is
        /// no downstream-facing port (a reserved type included, as lspci).
        static func downgraded(_ field: String) -> ConfigCondition {
            .all([.portTypeNot(linkedDownstream), .less(ConfigCondition.ref("LnkSta", field), ConfigCondition.ref("LnkCap", field))])
        }
        /// LnkSta's field is above LnkCap's (on every port type).
        static func overdriven(_ field: String) -> ConfigCondition {
            .less(ConfigCondition.ref("LnkCap", field), ConfigCondition.ref("LnkSta", field))
        }
        /// A memory BAR (bit 0 clear) with a nonzero value among the header's BARs (6 in type 0,
        /// 2 in type 1, 1 in type 2), as lspci decides whether a function completes AtomicOps.
        static let memoryBAR: ConfigCondition = .any((0..<6).map { i in
            let bar = "BASE_ADDRESS_\(i)"
            let exists = ConfigCondition.less(ConfigCondition.ref("HEADER_TYPE", "Layout"), .number(i == 0 ? 3 : i == 1 ? 2 : 1))
            return .all([exists, .nonzero(bar), .not(.anyBit(ConfigCondition.ref(bar), mask: 1))])
        })
        /// DevCap2's AtomicOp completer sizes: a Root Port, or a function with a memory BAR.
        static let completer = ConfigCondition.any([.portType([.rootPort]), memoryBAR])
        /// LnkSta2's DRS Message Received and Downstream Component Presence: on downstream-facing
        /// ports whose LnkCap2 says DRS is supported (§7.5.3.20).
        static let drs = ConfigCondition.all([.portType(linkedDownstream), .nonzero("LnkCap2", "DRS")])
    }

    /// Device/Port Type names, lspci's; reserved encodings are `Unknown type N`.
    static let portTypeWords = (0..<16).map { ExpressPortType(rawValue: UInt8($0)).map(\.lspciName) ?? "Unknown type \($0)" }
    /// Link speed encodings of LnkCap/LnkSta (index = Supported Link Speeds vector bit + 1).
    static let speedWords = ["unknown", "2.5GT/s", "5GT/s", "8GT/s", "16GT/s", "32GT/s", "64GT/s"]
    /// LnkCap2's Supported Link Speeds Vector (7 bits, §7.5.3.18) as lspci 3.9 names it: by the
    /// highest set bit, from 2.5GT/s (`2.5-16GT/s`); `Unknown` for none, `RsvdP` from bit 5 (64GT/s) on.
    static let speedRanges: [String] = (0..<128).map { vector in
        guard let high = (0..<7).last(where: { vector >> $0 & 1 == 1 }) else { return "Unknown" }
        guard high < 5 else { return "RsvdP" }
        return high == 0 ? "2.5GT/s" : "2.5-" + speedWords[high + 1]
    }
    /// Endpoint L0s/L1 acceptable latencies (DevCap, §7.5.3.3).
    static let l0sAcceptable = ["<64ns", "<128ns", "<256ns", "<512ns", "<1us", "<2us", "<4us", "unlimited"]
    static let l1Acceptable = ["<1us", "<2us", "<4us", "<8us", "<16us", "<32us", "<64us", "unlimited"]
    /// L0s/L1 exit latencies (LnkCap, §7.5.3.6); 111b is "more than 4 us" / "more than 64 us",
    /// lspci calls it unlimited.
    static let l0sExit = l0sAcceptable
    static let l1Exit = l1Acceptable
    /// ASPM Support (LnkCap 11:10), lspci's words.
    static let aspmSupport = ["not supported", "L0s", "L1", "L0s L1"]
    /// Completion Timeout Ranges Supported (DevCap2 3:0, §7.5.3.15): the ranges' letters.
    /// lspci names the combinations the spec allows (contiguous ranges), others `Unknown`.
    static let completionRanges: [String] = (0..<16).map { mask in
        guard [0, 1, 2, 3, 6, 7, 14, 15].contains(mask) else { return "Unknown" }
        return mask == 0 ? "Not Supported" : "Range " + ["A", "B", "C", "D"].enumerated().filter { mask >> $0.offset & 1 == 1 }.map(\.element).joined()
    }
    /// Slot Power Limit value × scale (1, 0.1, 0.01, 0.001 W), counted in mW (§7.5.3.3, §7.5.3.9).
    /// F0h-FEh at scale 00b are 250-600 W in 25 W steps, FFh more than 600 W.
    static func slotPower(_ value: String, _ scale: String) -> ConfigScaledValue {
        ConfigScaledValue(value: value, scale: scale, factors: [1000, 100, 10, 1], decimals: 3, unit: "W", kind: .text,
                          specials: (0xf0...0xff).map { v in
                              ConfigScaledValue.Special(scale: 0, value: v, amount: min(250 + 25 * (v - 0xf0), 600) * 1000, prefix: v == 0xff ? ">" : "")
                          })
    }

    /// Link speed words of LnkCtl2's Target Link Speed (0000b: a 2.5 GT/s-only component).
    static let targetSpeeds = ["2.5GT/s", "2.5GT/s", "5GT/s", "8GT/s", "16GT/s", "32GT/s", "64GT/s"]
    /// Completion Timeout Value encodings (PCIe 6.0 §7.5.3.16), lspci's words.
    static let timeouts = ["50us to 50ms", "50us to 100us", "1ms to 10ms", "Unknown", "Unknown", "16ms to 55ms", "65ms to 210ms",
                           "Unknown", "Unknown", "260ms to 900ms", "1s to 3.5s", "Unknown", "Unknown", "4s to 13s", "17s to 64s", "Unknown"]
    /// Compliance Preset encodings P0...P9 (PCIe 6.0 §4.2.3.2, Tx preset table).
    static let presets = [
        "-6dB de-emphasis, 0dB preshoot", "-3.5dB de-emphasis, 0dB preshoot", "-4.4dB de-emphasis, 0dB preshoot",
        "-2.5dB de-emphasis, 0dB preshoot", "0dB de-emphasis, 0dB preshoot", "0dB de-emphasis, 1.9dB preshoot",
        "0dB de-emphasis, 2.5dB preshoot", "-6.0dB de-emphasis, 3.5dB preshoot", "-3.5dB de-emphasis, 3.5dB preshoot",
        "0dB de-emphasis, 3.5dB preshoot",
    ] + Array(repeating: "Unknown", count: 6)
    /// Transmit Margin (LnkCtl2 9:7, §7.5.3.19), lspci's words.
    static let transmitMargins = ["Normal Operating Range", "800-1200mV(full-swing)/400-700mV(half-swing)"]
        + Array(repeating: "200-400mV(full-swing)/100-200mV(half-swing)", count: 4) + ["Unknown", "Unknown"]
    /// Downstream Component Presence (LnkSta2 14:12, §7.5.3.20), lspci's words.
    static let downstreamPresence = ["Link Down - Not Determined", "Link Down - Not Present", "Link Down - Present", "Reserved",
                                     "Link Up - Present", "Link Up - Present and DRS Received", "Reserved", "Reserved"]

    static let speeds: [(UInt64, String)] = [(1, "2.5GT/s"), (2, "5GT/s"), (3, "8GT/s"), (4, "16GT/s"), (5, "32GT/s"), (6, "64GT/s")]
    /// Indicator control values; 00b is reserved, lspci prints it `Unknown`.
    static let indicators: [(UInt64, String)] = [(0, "Unknown"), (1, "On"), (2, "Blink"), (3, "Off")]

    typealias P = ConfigPrintedField

    static func r(_ label: String, _ offset: Int, _ width: AccessWidth, _ fields: [FieldDefinition],
                  _ types: Set<ExpressPortType>? = nil, section: String, printed: [[ConfigPrintedField]] = [],
                  shownWhen: ConfigCondition? = nil) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: width, fields: fields, portTypes: types, spec: "PCIe Base 6.0 §" + section,
                             printed: printed, shownWhen: shownWhen)
    }

    /// The register labelled `label` that exists for port type `port`.
    public static func register(_ label: String, for port: ExpressPortType?) -> ConfigRegisterLayout? {
        registers.first { $0.label == label && (port == nil || $0.applies(to: port)) }
    }

    static func devCtl(bit15: FieldDefinition, printed bit15Printed: ConfigPrintedField, types: Set<ExpressPortType>,
                       shownWhen: ConfigCondition?) -> ConfigRegisterLayout {
        r("DevCtl", 0x08, .bits16, [
            T.bit("CorrErr", 0, .readWrite, "Correctable Error Reporting Enable"), T.bit("NonFatalErr", 1, .readWrite, "Non-Fatal Error Reporting Enable"),
            T.bit("FatalErr", 2, .readWrite, "Fatal Error Reporting Enable"), T.bit("UnsupReq", 3, .readWrite, "Unsupported Request Reporting Enable"),
            T.bit("RlxdOrd", 4, .readWrite, "Enable Relaxed Ordering"),
            T.bits("MaxPayload", 7, 5, .readWrite, "Max_Payload_Size (128 << n bytes)", values: T.payloadSizes),
            T.bit("ExtTag", 8, .readWrite, "Extended Tag Field Enable"), T.bit("PhantFunc", 9, .readWrite, "Phantom Functions Enable"),
            T.bit("AuxPwr", 10, .readWrite, "Aux Power PM Enable"), T.bit("NoSnoop", 11, .readWrite, "Enable No Snoop"),
            T.bits("MaxReadReq", 14, 12, .readWrite, "Max_Read_Request_Size (128 << n bytes)", values: T.payloadSizes),
            bit15,
        ], types, section: "7.5.3.4", printed: [[
            P.flag("CorrErr"), P.flag("NonFatalErr"), P.flag("FatalErr"), P.flag("UnsupReq"),
        ], [
            P.flag("RlxdOrd"), P.flag("ExtTag"), P.flag("PhantFunc"), P.flag("AuxPwr"), P.flag("NoSnoop"), bit15Printed,
        ], [
            P.decimal("MaxPayload", "MaxPayload ", scale: .shifted(128), suffix: " bytes,"),
            P.decimal("MaxReadReq", "MaxReadReq ", scale: .shifted(128), suffix: " bytes"),
        ]], shownWhen: shownWhen)
    }

    /// Every register of the capability; `applies(to:)` says which exist for a port type.
    public static let registers: [ConfigRegisterLayout] = [
        r("ExpCap", 0x02, .bits16, [
            T.bits("Version", 3, 0, .readOnly), T.bits("Type", 7, 4, .readOnly, "Device/Port Type",
                                                       values: ExpressPortType.allCases.map { (UInt64($0.rawValue), $0.lspciName) }),
            T.bit("Slot", 8, .readOnly, "Slot Implemented"), T.bits("IntMsg", 13, 9, .readOnly, "Interrupt Message Number"),
            T.rsvdP(15, 14),
        ], section: "7.5.3.2", printed: [[
            // The capability's title says these (`Express (v2) Root Port (Slot+), MSI 00`).
            P.decimal("Version", "").silent, P.words("Type", "", portTypeWords).silent, P.flag("Slot").silent, P.decimal("IntMsg", "").silent,
        ]]),
        r("DevCap", 0x04, .bits32, [
            T.bits("MaxPayload", 2, 0, .readOnly, values: T.payloadSizes), T.bits("PhantFunc", 4, 3, .readOnly),
            T.bit("ExtTag", 5, .readOnly), T.bits("L0sLatency", 8, 6, .readOnly), T.bits("L1Latency", 11, 9, .readOnly),
            T.bit("AttnBtn", 12, .readOnly), T.bit("AttnInd", 13, .readOnly), T.bit("PwrInd", 14, .readOnly),
            T.bit("RBE", 15, .readOnly, "Role-Based Error Reporting"), T.rsvdP(17, 16),
            T.bits("SlotPowerLimitValue", 25, 18, .readOnly), T.bits("SlotPowerLimitScale", 27, 26, .readOnly),
            T.bit("FLReset", 28, .readOnly, "Function Level Reset Capability"), T.rsvdP(31, 29),
        ], section: "7.5.3.3", printed: [[
            P.decimal("MaxPayload", "MaxPayload ", scale: .shifted(128), suffix: " bytes,"),
            // Phantom Functions Supported as lspci counts them: (1 << n) - 1.
            P.decimal("PhantFunc", "PhantFunc ", scale: .lookup([0, 1, 3, 7]), suffix: ",").when(.portType(latencyReporters)),
            P.decimal("PhantFunc", "PhantFunc ", scale: .lookup([0, 1, 3, 7])),
            P.words("L0sLatency", "Latency L0s ", l0sAcceptable, suffix: ",").only(latencyReporters),
            P.words("L1Latency", "L1 ", l1Acceptable).only(latencyReporters),
        ], [
            P.flag("ExtTag"), P.flag("AttnBtn").only(indicatorReporters), P.flag("AttnInd").only(indicatorReporters),
            P.flag("PwrInd").only(indicatorReporters), P.flag("RBE"), P.flag("FLReset").only(endpoints),
            // Captured Slot Power Limit: meaningful for upstream-facing ports.
            P.scaled("SlotPowerLimit", "SlotPowerLimit ", slotPower("SlotPowerLimitValue", "SlotPowerLimitScale"))
                .only([.endpoint, .upstreamPort, .pcieToPCIBridge]),
        ]]),
        // Initiate FLR is a write-only trigger; lspci shows it for endpoints whose DevCap says
        // FLR is supported (§7.5.3.3 bit 28), and a reserved type gets this layout too.
        devCtl(bit15: T.bit("FLReset", 15, .readWrite, "Initiate Function Level Reset (reads 0)"),
               printed: P.flag("FLReset").when(.all([.portType(endpoints), .nonzero("DevCap", "FLReset")]), otherwise: .silent),
               types: Set(ExpressPortType.allCases).subtracting([.pcieToPCIBridge]), shownWhen: .portTypeNot([.pcieToPCIBridge])),
        devCtl(bit15: T.bit("BrConfRtry", 15, .readWrite, "Bridge Configuration Retry Enable"), printed: P.flag("BrConfRtry"),
               types: [.pcieToPCIBridge], shownWhen: nil),
        r("DevSta", 0x0a, .bits16, [
            T.bit("CorrErr", 0, .writeOneToClear), T.bit("NonFatalErr", 1, .writeOneToClear), T.bit("FatalErr", 2, .writeOneToClear),
            T.bit("UnsupReq", 3, .writeOneToClear), T.bit("AuxPwr", 4, .readOnly), T.bit("TransPend", 5, .readOnly),
            T.bit("EmergencyPowerReduction", 6, .writeOneToClear), T.rsvdZ(15, 7),
        ], section: "7.5.3.5", printed: [[
            P.flag("CorrErr"), P.flag("NonFatalErr"), P.flag("FatalErr"), P.flag("UnsupReq"), P.flag("AuxPwr"), P.flag("TransPend"),
        ]]),
        r("LnkCap", 0x0c, .bits32, [
            T.bits("Speed", 3, 0, .readOnly, values: speeds), T.bits("Width", 9, 4, .readOnly),
            T.bits("ASPM", 11, 10, .readOnly, values: [(0, "none"), (1, "L0s"), (2, "L1"), (3, "L0sL1")]),
            T.bits("L0sExitLatency", 14, 12, .readOnly), T.bits("L1ExitLatency", 17, 15, .readOnly),
            T.bit("ClockPM", 18, .readOnly), T.bit("Surprise", 19, .readOnly), T.bit("LLActRep", 20, .readOnly),
            T.bit("BwNot", 21, .readOnly), T.bit("ASPMOptComp", 22, .readOnly), T.rsvdP(23, 23), T.bits("Port", 31, 24, .readOnly),
        ], linked, section: "7.5.3.6", printed: [[
            P.decimal("Port", "Port #", suffix: ","), P.words("Speed", "Speed ", speedWords, suffix: ","), P.decimal("Width", "Width x", suffix: ","),
            P.words("ASPM", "ASPM ", aspmSupport, suffix: ",").when(.nonzero("LnkCap", "ASPM")), P.words("ASPM", "ASPM ", aspmSupport),
            // Exit latencies matter (and lspci prints them) only for the ASPM states supported.
            P.words("L0sExitLatency", "Exit Latency L0s ", l0sExit, suffix: ",").when(.all([Shown.l0sSupported, Shown.l1Supported])),
            P.words("L0sExitLatency", "Exit Latency L0s ", l0sExit).when(Shown.l0sSupported, otherwise: .silent),
            P.words("L1ExitLatency", "L1 ", l1Exit).when(.all([Shown.l0sSupported, Shown.l1Supported])),
            P.words("L1ExitLatency", "Exit Latency L1 ", l1Exit).when(Shown.l1Supported, otherwise: .silent),
        ], [
            P.flag("ClockPM"), P.flag("Surprise"), P.flag("LLActRep"), P.flag("BwNot"), P.flag("ASPMOptComp"),
        ]], shownWhen: Shown.link),
        r("LnkCtl", 0x10, .bits16, [
            T.bits("ASPM", 1, 0, .readWrite, values: [(0, "Disabled"), (1, "L0s"), (2, "L1"), (3, "L0sL1")]), T.rsvdP(2, 2),
            T.bit("RCB", 3, .readWrite, "Read Completion Boundary: 0 = 64 bytes, 1 = 128 bytes"),
            T.bit("Disabled", 4, .readWrite, "Link Disable"), T.bit("Retrain", 5, .readWrite, "Retrain Link (reads 0)"),
            T.bit("CommClk", 6), T.bit("ExtSynch", 7), T.bit("ClockPM", 8), T.bit("AutWidDis", 9), T.bit("BWInt", 10), T.bit("AutBWInt", 11),
            T.rsvdP(13, 12), T.bits("DRSSignaling", 15, 14),
        ], linked, section: "7.5.3.7", printed: [[
            P.words("ASPM", "ASPM ", ["Disabled", "L0s Enabled", "L1 Enabled", "L0s L1 Enabled"], suffix: ";"),
            P.words("RCB", "RCB ", ["64 bytes", "128 bytes"], suffix: ",").only(completionBoundary),
            P.flag("Disabled"), P.flag("CommClk"),
        ], [
            P.flag("ExtSynch"), P.flag("ClockPM"), P.flag("AutWidDis"), P.flag("BWInt"), P.flag("AutBWInt"),
        ]], shownWhen: Shown.link),
        r("LnkSta", 0x12, .bits16, [
            T.bits("Speed", 3, 0, .readOnly, values: speeds), T.bits("Width", 9, 4, .readOnly),
            T.bit("TrErr", 10, .readOnly), T.bit("Train", 11, .readOnly), T.bit("SlotClk", 12, .readOnly), T.bit("DLActive", 13, .readOnly),
            T.bit("BWMgmt", 14, .writeOneToClear), T.bit("ABWMgmt", 15, .writeOneToClear),
        ], linked, section: "7.5.3.8", printed: [[
            // An upstream-facing function whose link trained below what it can do is worth
            // flagging; a port's own link may simply have no partner yet.
            P.words("Speed", "Speed ", speedWords, suffix: " (downgraded),").when(Shown.downgraded("Speed")),
            P.words("Speed", "Speed ", speedWords, suffix: " (overdriven),").when(Shown.overdriven("Speed")),
            P.words("Speed", "Speed ", speedWords, suffix: ","),
            P.decimal("Width", "Width x", suffix: " (downgraded)").when(Shown.downgraded("Width")),
            P.decimal("Width", "Width x", suffix: " (overdriven)").when(Shown.overdriven("Width")), P.decimal("Width", "Width x"),
        ], [
            P.flag("TrErr"), P.flag("Train"), P.flag("SlotClk"), P.flag("DLActive"), P.flag("BWMgmt"), P.flag("ABWMgmt"),
        ]], shownWhen: Shown.link),
        r("SltCap", 0x14, .bits32, [
            T.bit("AttnBtn", 0, .readOnly), T.bit("PwrCtrl", 1, .readOnly), T.bit("MRL", 2, .readOnly), T.bit("AttnInd", 3, .readOnly),
            T.bit("PwrInd", 4, .readOnly), T.bit("Surprise", 5, .readOnly), T.bit("HotPlug", 6, .readOnly),
            T.bits("PowerLimitValue", 14, 7, .readOnly), T.bits("PowerLimitScale", 16, 15, .readOnly),
            T.bit("Interlock", 17, .readOnly), T.bit("NoCompl", 18, .readOnly), T.bits("Slot", 31, 19, .readOnly),
        ], slotted, section: "7.5.3.9", printed: [[
            P.flag("AttnBtn"), P.flag("PwrCtrl"), P.flag("MRL"), P.flag("AttnInd"), P.flag("PwrInd"), P.flag("HotPlug"), P.flag("Surprise"),
        ], [
            P.decimal("Slot", "Slot #", suffix: ","),
            P.scaled("PowerLimit", "PowerLimit ", slotPower("PowerLimitValue", "PowerLimitScale"), suffix: ";"),
            P.flag("Interlock"), P.flag("NoCompl"),
        ]], shownWhen: Shown.slot),
        r("SltCtl", 0x18, .bits16, [
            T.bit("AttnBtn", 0), T.bit("PwrFlt", 1), T.bit("MRL", 2), T.bit("PresDet", 3), T.bit("CmdCplt", 4), T.bit("HPIrq", 5),
            T.bits("AttnInd", 7, 6, .readWrite, values: indicators), T.bits("PwrInd", 9, 8, .readWrite, values: indicators),
            T.bit("Power", 10, .readWrite, "Power Controller Control: 1 = off"), T.bit("Interlock", 11, .readWrite, "Electromechanical Interlock Control"),
            T.bit("LinkChg", 12), T.bits("AutoSlotPowerLimitDis", 13, 13), T.rsvdP(15, 14),
        ], slotted, section: "7.5.3.10", printed: [[
            P.flag("AttnBtn", "Enable: AttnBtn"), P.flag("PwrFlt"), P.flag("MRL"), P.flag("PresDet"), P.flag("CmdCplt"), P.flag("HPIrq"),
            P.flag("LinkChg"),
        ], [
            P.named("AttnInd", "Control: AttnInd ", suffix: ","), P.named("PwrInd", "PwrInd ", suffix: ","), P.flag("Power"), P.flag("Interlock"),
        ]], shownWhen: Shown.slot),
        r("SltSta", 0x1a, .bits16, [
            T.bit("AttnBtn", 0, .writeOneToClear), T.bit("PowerFlt", 1, .writeOneToClear), T.bit("MRLChanged", 2, .writeOneToClear),
            T.bit("PresDetChanged", 3, .writeOneToClear), T.bit("CmdCplt", 4, .writeOneToClear), T.bit("MRL", 5, .readOnly),
            T.bit("PresDet", 6, .readOnly), T.bit("Interlock", 7, .readOnly), T.bit("LinkState", 8, .writeOneToClear, "Data Link Layer State Changed"),
            T.rsvdZ(15, 9),
        ], slotted, section: "7.5.3.11", printed: [[
            P.flag("AttnBtn", "Status: AttnBtn"), P.flag("PowerFlt"), P.flag("MRL"), P.flag("CmdCplt"), P.flag("PresDet"), P.flag("Interlock"),
        ], [
            P.flag("MRLChanged", "Changed: MRL"), P.flag("PresDetChanged", "PresDet"), P.flag("LinkState"),
        ]], shownWhen: Shown.slot),
        r("RootCap", 0x1e, .bits16, [T.bit("CRSVisible", 0, .readOnly), T.rsvdP(15, 1)], rooted, section: "7.5.3.13",
          printed: [[P.flag("CRSVisible")]]),
        r("RootCtl", 0x1c, .bits16, [
            T.bit("ErrCorrectable", 0), T.bit("ErrNon-Fatal", 1), T.bit("ErrFatal", 2), T.bit("PMEIntEna", 3), T.bit("CRSVisible", 4),
            T.rsvdP(15, 5),
        ], rooted, section: "7.5.3.12", printed: [[P.flag("ErrCorrectable"), P.flag("ErrNon-Fatal"), P.flag("ErrFatal"), P.flag("PMEIntEna"), P.flag("CRSVisible")]]),
        r("RootSta", 0x20, .bits32, [
            T.bits("PMEReqID", 15, 0, .readOnly), T.bit("PMEStatus", 16, .writeOneToClear), T.bit("PMEPending", 17, .readOnly),
            T.rsvdZ(31, 18),
        ], rooted, section: "7.5.3.14", printed: [[P.hex("PMEReqID", "PME ReqID ", 4, suffix: ","), P.flag("PMEStatus"), P.flag("PMEPending")]]),
        r("DevCap2", 0x24, .bits32, [
            T.bits("CompletionTimeout", 3, 0, .readOnly, "Completion Timeout Ranges Supported"), T.bit("TimeoutDis", 4, .readOnly),
            T.bit("ARIFwd", 5, .readOnly), T.bit("Routing", 6, .readOnly, "AtomicOp Routing Supported"),
            T.bit("32bit", 7, .readOnly), T.bit("64bit", 8, .readOnly), T.bit("128bitCAS", 9, .readOnly),
            T.bit("NROPrPrP", 10, .readOnly), T.bit("LTR", 11, .readOnly), T.bit("TPHComp", 12, .readOnly), T.bit("ExtTPHComp", 13, .readOnly),
            T.bits("LNSystemCLS", 15, 14, .readOnly), T.bit("10BitTagComp", 16, .readOnly), T.bit("10BitTagReq", 17, .readOnly),
            T.bits("OBFF", 19, 18, .readOnly), T.bit("ExtFmt", 20, .readOnly), T.bit("EETLPPrefix", 21, .readOnly),
            T.bits("MaxEETLPPrefixes", 23, 22, .readOnly), T.bits("EmergencyPowerReduction", 25, 24, .readOnly),
            T.bit("EmergencyPowerReductionInit", 26, .readOnly), T.rsvdP(30, 27), T.bit("FRS", 31, .readOnly),
        ], section: "7.5.3.15", printed: [[
            P.words("CompletionTimeout", "Completion Timeout: ", completionRanges, suffix: ","), P.flag("TimeoutDis"), P.flag("NROPrPrP"), P.flag("LTR"),
        ], [
            P.flag("10BitTagComp"), P.flag("10BitTagReq"),
            P.words("OBFF", "OBFF ", ["Not Supported", "Via message", "Via WAKE#", "Via message/WAKE#"], suffix: ","), P.flag("ExtFmt"),
            P.flag("EETLPPrefix", suffix: ",").when(Shown.eetlpPrefix), P.flag("EETLPPrefix"),
            P.decimal("MaxEETLPPrefixes", "MaxEETLPPrefixes ", scale: .zeroMeans(4)).when(Shown.eetlpPrefix, otherwise: .silent),
        ], [
            P.words("EmergencyPowerReduction", "EmergencyPowerReduction ", ["Not Supported", "Dev Specific", "Form Factor Dev Specific", "Reserved"],
                    suffix: ","),
            P.flag("EmergencyPowerReductionInit"),
        ], [
            P.flag("FRS"),
            P.words("LNSystemCLS", "LN System CLS ", ["Not Supported", "64byte cachelines", "128byte cachelines", "Reserved"],
                    suffix: ",").only([.rootPort]),
            P.flag("TPHComp").only([.rootPort, .endpoint]), P.flag("ExtTPHComp").only([.rootPort, .endpoint]),
            P.flag("ARIFwd").only(ariForwarding),
        ], [
            // AtomicOp routing applies to ports, the completer sizes to Root Ports and functions
            // with memory space; `AtomicOpsCap:` goes before the first of them lspci prints.
            P.flag("Routing", "AtomicOpsCap: Routing").only(atomicRouters),
            P.flag("32bit", "AtomicOpsCap: 32bit").when(.all([Shown.completer, .portTypeNot(atomicRouters)])),
            P.flag("32bit").when(Shown.completer, otherwise: .silent), P.flag("64bit").when(Shown.completer, otherwise: .silent),
            P.flag("128bitCAS").when(Shown.completer, otherwise: .silent),
        ]], shownWhen: Shown.version2),
        r("DevCtl2", 0x28, .bits16, [
            T.bits("CompletionTimeout", 3, 0, .readWrite, "Completion Timeout Value"), T.bit("TimeoutDis", 4), T.bit("ARIFwd", 5),
            T.bit("ReqEn", 6, .readWrite, "AtomicOp Requester Enable"), T.bit("EgressBlck", 7, .readWrite, "AtomicOp Egress Blocking"),
            T.bit("IDOReq", 8), T.bit("IDOCompl", 9), T.bit("LTR", 10), T.bit("EmergencyPowerReductionReq", 11),
            T.bit("10BitTagReq", 12), T.bits("OBFF", 14, 13, .readWrite, values: [(0, "Disabled"), (1, "MsgA"), (2, "MsgB"), (3, "WAKE")]),
            T.bit("EETLPPrefixBlk", 15),
        ], section: "7.5.3.16", printed: [[
            P.words("CompletionTimeout", "Completion Timeout: ", timeouts, suffix: ","), P.flag("TimeoutDis"), P.flag("LTR"), P.flag("10BitTagReq"),
            P.words("OBFF", "OBFF ", ["Disabled", "Via message A", "Via message B", "Via WAKE#"], suffix: ","),
            P.flag("ARIFwd").only(ariForwarding),
        ], [
            P.flag("ReqEn", "AtomicOpsCtl: ReqEn").only(atomicRequesters),
            P.flag("EgressBlck").only(atomicRouters.intersection(atomicRequesters)),
            P.flag("EgressBlck", "AtomicOpsCtl: EgressBlck").only(atomicRouters.subtracting(atomicRequesters)),
        ]], shownWhen: Shown.version2),
        // All RsvdZ in PCIe 6.0: a target, never shown.
        r("DevSta2", 0x2a, .bits16, [T.rsvdZ(15, 0)], section: "7.5.3.17", shownWhen: .never),
        r("LnkCap2", 0x2c, .bits32, [
            T.rsvdP(0, 0), T.bits("SupportedSpeeds", 7, 1, .readOnly, "Supported Link Speeds Vector"), T.bit("Crosslink", 8, .readOnly),
            T.bits("LowerSKPOSGen", 15, 9, .readOnly), T.bits("LowerSKPOSRec", 22, 16, .readOnly),
            T.bit("Retimer", 23, .readOnly), T.bit("2Retimers", 24, .readOnly), T.rsvdP(30, 25), T.bit("DRS", 31, .readOnly),
        ], linked, section: "7.5.3.18", printed: [[
            P.words("SupportedSpeeds", "Supported Link Speeds: ", speedRanges, suffix: ","), P.flag("Crosslink"), P.flag("Retimer"),
            P.flag("2Retimers"), P.flag("DRS"),
        ]], shownWhen: .all([Shown.link, Shown.version2, .nonzero("LnkCap2")])),
        r("LnkCtl2", 0x30, .bits16, [
            T.bits("TargetSpeed", 3, 0, .readWrite, values: speeds), T.bit("EnterCompliance", 4), T.bit("SpeedDis", 5, .readWrite, "Hardware Autonomous Speed Disable"),
            T.bit("SelectableDeEmphasis", 6), T.bits("TransmitMargin", 9, 7), T.bit("EnterModifiedCompliance", 10),
            T.bit("ComplianceSOS", 11), T.bits("CompliancePreset", 15, 12),
        ], linked, section: "7.5.3.19", printed: [[
            P.words("TargetSpeed", "Target Link Speed: ", targetSpeeds, fallback: "Unknown", suffix: ","), P.flag("EnterCompliance"),
            // lspci 3.9 prints `, Selectable De-emphasis` for switch downstream ports only; a Root
            // Port has the bit too, so hwx shows it there after SpeedDis without lspci's comma.
            P.flag("SpeedDis", suffix: ",").only([.downstreamPort]),
            P.flag("SpeedDis").when(.portTypeNot([.downstreamPort])),
            P.words("SelectableDeEmphasis", "Selectable De-emphasis: ", ["-6dB", "-3.5dB"]).only([.rootPort, .downstreamPort]),
        ], [
            P.words("TransmitMargin", "Transmit Margin: ", transmitMargins, suffix: ","),
            P.flag("EnterModifiedCompliance"), P.flag("ComplianceSOS"),
        ], [
            P.words("CompliancePreset", "Compliance Preset/De-emphasis: ", presets),
        ]], shownWhen: .all([Shown.link, Shown.version2])),
        r("LnkSta2", 0x32, .bits16, [
            T.bits("DeEmphasis", 0, 0, .readOnly, "Current De-emphasis Level", values: [(0, "-6dB"), (1, "-3.5dB")]),
            T.bit("EqualizationComplete", 1, .readOnly), T.bit("EqualizationPhase1", 2, .readOnly),
            T.bit("EqualizationPhase2", 3, .readOnly), T.bit("EqualizationPhase3", 4, .readOnly),
            T.bit("LinkEqualizationRequest", 5, .writeOneToClear), T.bit("Retimer", 6, .readOnly), T.bit("2Retimers", 7, .readOnly),
            T.bits("CrosslinkRes", 9, 8, .readOnly, "Crosslink Resolution",
                   values: [(0, "unsupported"), (1, "Upstream Port"), (2, "Downstream Port"), (3, "incomplete")]),
            T.rsvdZ(11, 10), T.bits("DownstreamComp", 14, 12, .readOnly, "Downstream Component Presence"),
            T.bit("DRSMessageReceived", 15, .writeOneToClear),
        ], linked, section: "7.5.3.20", printed: [[
            P.named("DeEmphasis", "Current De-emphasis Level: ", suffix: ","), P.flag("EqualizationComplete"), P.flag("EqualizationPhase1"),
        ], [
            P.flag("EqualizationPhase2"), P.flag("EqualizationPhase3"), P.flag("LinkEqualizationRequest"),
        ], [
            P.flag("Retimer"), P.flag("2Retimers"), P.named("CrosslinkRes", "CrosslinkRes: ", suffix: ",").when(Shown.drs),
            P.named("CrosslinkRes", "CrosslinkRes: "), P.flag("DRSMessageReceived", "DRS").when(Shown.drs),
        ], [
            P.words("DownstreamComp", "DownstreamComp: ", downstreamPresence).when(Shown.drs),
        ]], shownWhen: .all([Shown.link, Shown.version2])),
    ]
}
