/// PCI Express capability (ID 0x10), PCIe Base 6.0 §7.5.3: capability register at +2,
/// device registers at +4/+8/+0xa, link at +0xc/+0x10/+0x12, slot at +0x14/+0x18/+0x1a,
/// root at +0x1c/+0x1e/+0x20, and (version 2) DevCap2/DevCtl2 at +0x24/+0x28, LnkCap2/LnkCtl2/
/// LnkSta2 at +0x2c/+0x30/+0x32. Which groups exist depends on the device/port type
/// (§7.5.3 table "PCI Express Capability Structure"), as lspci also decides.
public enum PCIExpressDecoder: CapabilityDecoder {
    typealias F = ConfigField

    /// Device/Port type names (PCIe Capabilities register bits 7:4).
    public static func portTypeName(_ type: UInt64) -> String {
        ExpressPortType(rawValue: UInt8(truncatingIfNeeded: type)).map(\.lspciName) ?? "Unknown type \(type)"
    }

    /// Link speed encodings of LnkCap/LnkSta/LnkCtl2 (Supported Link Speeds vector positions).
    public static func speedName(_ code: UInt64) -> String {
        switch code {
        case 1: "2.5GT/s"
        case 2: "5GT/s"
        case 3: "8GT/s"
        case 4: "16GT/s"
        case 5: "32GT/s"
        case 6: "64GT/s"
        default: "unknown"
        }
    }

    static let l0sAcceptable = ["<64ns", "<128ns", "<256ns", "<512ns", "<1us", "<2us", "<4us", "unlimited"]
    static let l1Acceptable = ["<1us", "<2us", "<4us", "<8us", "<16us", "<32us", "<64us", "unlimited"]
    // 111b is "more than 4 us" / "more than 64 us" (PCIe 6.0 §7.5.3.6); lspci calls it unlimited.
    static let l0sExit = ["<64ns", "<128ns", "<256ns", "<512ns", "<1us", "<2us", "<4us", "unlimited"]
    static let l1Exit = ["<1us", "<2us", "<4us", "<8us", "<16us", "<32us", "<64us", "unlimited"]

    /// Slot power limit in watts: value × scale (1, 0.1, 0.01, 0.001), printed without trailing zeros.
    static func watts(value: UInt64, scale: UInt64) -> String {
        let divisor: UInt64 = [1, 10, 100, 1000][Int(scale & 3)]
        let whole = value / divisor
        var frac = value % divisor
        if frac == 0 { return "\(whole)W" }
        var digits = String(frac)
        let width = String(divisor).count - 1
        digits = String(repeating: "0", count: width - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast(); frac /= 10 }
        return "\(whole).\(digits)W"
    }

    /// A register decoded from `ExpressCapabilityLayout`'s table (fields, access and lspci's text).
    static func table(_ label: String, _ config: ConfigSpace, base: Int, port: ExpressPortType?) -> ConfigRegister? {
        ExpressCapabilityLayout.register(label, for: port).flatMap { ConfigTableDecoder.register($0, base: base, in: config, port: port) }
    }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let b = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: b, name: "Express")
        guard let xcap = config.value(at: b + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        let version = xcap & 0xf
        let type = F.bits(xcap, 4, 4)
        let port = ExpressPortType(rawValue: UInt8(type))
        let slot = (xcap >> 8) & 1 == 1
        let isPort = port?.mayHaveSlot ?? false
        var title = "Express (v\(version)) " + portTypeName(type)
        if isPort { title += " (Slot" + (slot ? "+" : "-") + ")" }
        cap.title = title + ", MSI " + hex(F.bits(xcap, 9, 5), 2)
        cap.headline = []
        cap.registers.append(ConfigRegister(name: "ExpCap", offset: b + 2, width: 2, raw: xcap, lines: [[
            F.number("Version", xcap, low: 0, count: 4) { _ in "" },
            F.choice("Type", xcap, low: 4, count: 4, names: portTypeName) { _ in "" },
            F.flag("Slot", xcap, bit: 8).printed(""),
            F.number("IntMsg", xcap, low: 9, count: 5) { _ in "" },
        ]]))

        let endpointLike = port?.isEndpoint ?? false
        let hasLatency = port?.reportsAcceptableLatency ?? false
        let hasLink = port?.hasLink ?? true
        let hasRoot = port?.hasRootRegisters ?? false
        let isDownstream = port?.isDownstreamFacing ?? false

        var regs: [ConfigRegister?] = []
        regs.append(config.register("DevCap", at: b + 4, width: 4) { r in
            var l1 = [
                F.number("MaxPayload", r, low: 0, count: 3, decode: { 128 << $0 }) { "MaxPayload \($0) bytes," },
                F.number("PhantFunc", r, low: 3, count: 2) { "PhantFunc \($0)" + (hasLatency ? "," : "") },
            ]
            if hasLatency {
                l1.append(F.choice("L0sLatency", r, low: 6, count: 3, names: { l0sAcceptable[Int($0)] }) { "Latency L0s \($0)," })
                l1.append(F.choice("L1Latency", r, low: 9, count: 3, names: { l1Acceptable[Int($0)] }) { "L1 \($0)" })
            }
            var l2 = [F.flag("ExtTag", r, bit: 5)]
            if port == .endpoint || port == .legacyEndpoint || port == .upstreamPort || port == .pcieToPCIBridge || port == .pciToPCIeBridge {
                l2 += [F.flag("AttnBtn", r, bit: 12), F.flag("AttnInd", r, bit: 13), F.flag("PwrInd", r, bit: 14)]
            }
            l2.append(F.flag("RBE", r, bit: 15))
            if endpointLike || port == .pcieToPCIBridge { l2.append(F.flag("FLReset", r, bit: 28)) }
            // Captured Slot Power Limit: meaningful for upstream-facing ports (PCIe Base 6.0 §7.5.3.3).
            if port == .endpoint || port == .upstreamPort {
                let v = F.bits(r, 18, 8), s = F.bits(r, 26, 2)
                l2.append(F.derived("SlotPowerLimit", raw: F.bits(r, 18, 10), value: .text(watts(value: v, scale: s)), text: "SlotPowerLimit " + watts(value: v, scale: s)))
            }
            return [l1, l2]
        })
        regs.append(config.register("DevCtl", at: b + 8, width: 2) { r in
            var l2 = [F.flag("RlxdOrd", r, bit: 4), F.flag("ExtTag", r, bit: 8), F.flag("PhantFunc", r, bit: 9),
                      F.flag("AuxPwr", r, bit: 10), F.flag("NoSnoop", r, bit: 11)]
            if port == .pcieToPCIBridge {
                l2.append(F.flag("BrConfRtry", r, bit: 15))
            } else {
                // Initiate FLR: a write-only trigger; lspci shows it where DevCap says FLR is supported.
                let flr = F.flag("FLReset", r, bit: 15)
                let capable = config.u32(b + 4).map { ($0 >> 28) & 1 == 1 } ?? false
                l2.append(endpointLike && capable ? flr : flr.printed(""))
            }
            return [
                [F.flag("CorrErr", r, bit: 0), F.flag("NonFatalErr", r, bit: 1), F.flag("FatalErr", r, bit: 2), F.flag("UnsupReq", r, bit: 3)],
                l2,
                [F.number("MaxPayload", r, low: 5, count: 3, decode: { 128 << $0 }) { "MaxPayload \($0) bytes," },
                 F.number("MaxReadReq", r, low: 12, count: 3, decode: { 128 << $0 }) { "MaxReadReq \($0) bytes" }],
            ]
        })
        regs.append(table("DevSta", config, base: b, port: port))
        if hasLink {
            regs.append(config.register("LnkCap", at: b + 0xc, width: 4) { r in [[
                F.number("Port", r, low: 24, count: 8) { "Port #\($0)," },
                F.choice("Speed", r, low: 0, count: 4, names: speedName) { "Speed \($0)," },
                F.number("Width", r, low: 4, count: 6) { "Width x\($0)," },
                F.choice("ASPM", r, low: 10, count: 2, names: { ["not supported", "L0s", "L1", "L0s L1"][Int($0)] }) { "ASPM \($0)" + ((r >> 10) & 3 != 0 ? "," : "") },
                // Exit latencies matter (and lspci prints them) only for the ASPM states supported.
                F.choice("L0sExitLatency", r, low: 12, count: 3, names: { l0sExit[Int($0)] }) {
                    (r >> 10) & 1 == 1 ? "Exit Latency L0s \($0)" + ((r >> 11) & 1 == 1 ? "," : "") : ""
                },
                F.choice("L1ExitLatency", r, low: 15, count: 3, names: { l1Exit[Int($0)] }) {
                    (r >> 11) & 1 == 1 ? ((r >> 10) & 1 == 1 ? "L1 \($0)" : "Exit Latency L1 \($0)") : ""
                },
            ], [
                F.flag("ClockPM", r, bit: 18), F.flag("Surprise", r, bit: 19), F.flag("LLActRep", r, bit: 20),
                F.flag("BwNot", r, bit: 21), F.flag("ASPMOptComp", r, bit: 22),
            ]] })
            regs.append(table("LnkCtl", config, base: b, port: port))
            // An upstream-facing function whose link trained below what it can do is worth
            // flagging; a port's own link may simply have no partner yet.
            let linkCap = port?.isUpstreamFacing == true ? config.u32(b + 0xc).map(UInt64.init) : nil
            regs.append(config.register("LnkSta", at: b + 0x12, width: 2) { r in [[
                F.choice("Speed", r, low: 0, count: 4, names: speedName) {
                    "Speed \($0)" + (linkCap.map { r & 0xf < $0 & 0xf } == true ? " (downgraded)," : ",")
                },
                F.number("Width", r, low: 4, count: 6) {
                    "Width x\($0)" + (linkCap.map { F.bits(r, 4, 6) < F.bits($0, 4, 6) } == true ? " (downgraded)" : "")
                },
            ], [
                F.flag("TrErr", r, bit: 10), F.flag("Train", r, bit: 11), F.flag("SlotClk", r, bit: 12),
                F.flag("DLActive", r, bit: 13), F.flag("BWMgmt", r, bit: 14), F.flag("ABWMgmt", r, bit: 15),
            ]] })
        }
        if isPort && slot {
            regs.append(config.register("SltCap", at: b + 0x14, width: 4) { r in [[
                F.flag("AttnBtn", r, bit: 0), F.flag("PwrCtrl", r, bit: 1), F.flag("MRL", r, bit: 2),
                F.flag("AttnInd", r, bit: 3), F.flag("PwrInd", r, bit: 4), F.flag("HotPlug", r, bit: 6),
                F.flag("Surprise", r, bit: 5),
            ], [
                F.number("Slot", r, low: 19, count: 13) { "Slot #\($0)," },
                F.derived("PowerLimit", raw: F.bits(r, 7, 10), value: .text(watts(value: F.bits(r, 7, 8), scale: F.bits(r, 15, 2))),
                          text: "PowerLimit " + watts(value: F.bits(r, 7, 8), scale: F.bits(r, 15, 2)) + ";"),
                F.flag("Interlock", r, bit: 17), F.flag("NoCompl", r, bit: 18),
            ]] })
            regs += ["SltCtl", "SltSta"].map { table($0, config, base: b, port: port) }
        }
        if hasRoot {
            regs += ["RootCap", "RootCtl", "RootSta"].map { table($0, config, base: b, port: port) }
        }
        if version >= 2 {
            regs += version2Registers(config, base: b, port: port, hasLink: hasLink, isDownstream: isDownstream)
        }
        cap.registers += regs.compactMap { $0 }
        if config.count < b + (version >= 2 ? 0x3c : 0x24) {
            cap.notes.append("<truncated: registers beyond config byte \(config.count) not shown>")
        }
        return cap
    }

    static func speedRange(_ vector: UInt64) -> String {
        guard vector != 0 else { return "RsvdP" }
        var low = 0, high = 0
        for i in 0..<7 where (vector >> UInt64(i)) & 1 == 1 {
            if low == 0 { low = i + 1 }
            high = i + 1
        }
        let l = speedName(UInt64(low)), h = speedName(UInt64(high))
        return low == high ? l : String(l.dropLast(4)) + "-" + h
    }

    static func version2Registers(_ config: ConfigSpace, base b: Int, port: ExpressPortType?, hasLink: Bool, isDownstream: Bool) -> [ConfigRegister?] {
        var regs: [ConfigRegister?] = []
        let isRootPort = port == .rootPort
        regs.append(config.register("DevCap2", at: b + 0x24, width: 4) { r in
            let ranges = F.bits(r, 0, 4)
            let rangeText = ranges == 0 ? "Not Supported" : "Range " + ["A", "B", "C", "D"].enumerated().filter { (ranges >> UInt64($0.offset)) & 1 == 1 }.map(\.element).joined()
            var l4 = [F.flag("FRS", r, bit: 31)]
            if isRootPort {
                l4.append(F.choice("LNSystemCLS", r, low: 14, count: 2, names: { ["Not Supported", "64byte cachelines", "128byte cachelines", "64byte and 128byte cachelines"][Int($0)] }) { "LN System CLS \($0)," })
            }
            if isRootPort || port == .endpoint || port == .legacyEndpoint {
                l4 += [F.flag("TPHComp", r, bit: 12), F.flag("ExtTPHComp", r, bit: 13)]
            }
            if isDownstream && port != .pcieToPCIBridge { l4.append(F.flag("ARIFwd", r, bit: 5)) }
            // AtomicOp completer bits apply to functions that complete requests (not switch
            // ports, not event collectors); routing applies to ports.
            let completes = !(port == .upstreamPort || port == .downstreamPort || port == .rootComplexEventCollector)
            var atomics = [F.flag("32bit", r, bit: 7), F.flag("64bit", r, bit: 8), F.flag("128bitCAS", r, bit: 9)].map { completes ? $0 : $0.printed("") }
            if port?.routes == true { atomics.insert(F.flag("Routing", r, bit: 6), at: 0) }
            if let shown = atomics.firstIndex(where: { !$0.text.isEmpty }) {
                atomics[shown] = atomics[shown].printed("AtomicOpsCap: " + atomics[shown].text)
            }
            return [
                [F.choice("CompletionTimeout", r, low: 0, count: 4, names: { _ in rangeText }) { "Completion Timeout: \($0)," },
                 F.flag("TimeoutDis", r, bit: 4), F.flag("NROPrPrP", r, bit: 10), F.flag("LTR", r, bit: 11)],
                [F.flag("10BitTagComp", r, bit: 16), F.flag("10BitTagReq", r, bit: 17),
                 F.choice("OBFF", r, low: 18, count: 2, names: { ["Not Supported", "Via message", "Via WAKE#", "Via message/WAKE#"][Int($0)] }) { "OBFF \($0)," },
                 F.flag("ExtFmt", r, bit: 20), F.flag("EETLPPrefix", r, bit: 21).printed(F.flag("EETLPPrefix", r, bit: 21).text + ((r >> 21) & 1 == 1 ? "," : "")),
                 F.number("MaxEETLPPrefixes", r, low: 22, count: 2, decode: { $0 == 0 ? 4 : $0 }) { (r >> 21) & 1 == 1 ? "MaxEETLPPrefixes \($0)" : "" }],
                [F.choice("EmergencyPowerReduction", r, low: 24, count: 2, names: { ["Not Supported", "Dev Specific", "Form Factor Dev Specific", "Reserved"][Int($0)] }) { "EmergencyPowerReduction \($0)," },
                 F.flag("EmergencyPowerReductionInit", r, bit: 26)],
                l4,
                atomics,
            ]
        })
        regs.append(table("DevCtl2", config, base: b, port: port))
        guard hasLink else { return regs }
        if let cap2 = config.value(at: b + 0x2c, width: 4), cap2 != 0 {
            regs.append(config.register("LnkCap2", at: b + 0x2c, width: 4) { r in [[
                F.choice("SupportedSpeeds", r, low: 1, count: 7, names: speedRange) { "Supported Link Speeds: \($0)," },
                F.flag("Crosslink", r, bit: 8), F.flag("Retimer", r, bit: 23), F.flag("2Retimers", r, bit: 24), F.flag("DRS", r, bit: 31),
            ]] })
        }
        regs.append(table("LnkCtl2", config, base: b, port: port))
        regs.append(table("LnkSta2", config, base: b, port: port))
        return regs
    }
}
