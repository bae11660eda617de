import Testing
@testable import MMIOCore

/// The table mechanism for what lspci prints conditionally (`ConfigCondition`), derived
/// values (`ConfigScaledValue`, `ConfigPrintedField.Scale`) and registers shown by condition
/// (`ConfigRegisterLayout.shownWhen`), on small hand-written tables and on the PCI Express
/// table with hand-set register values.
@Suite struct ConfigConditionTests {
    typealias P = ConfigPrintedField
    typealias T = ConfigFieldTable

    /// Little-endian bytes with `values` (offset, width, value) set.
    static func config(count: Int, _ values: [(Int, Int, UInt64)]) -> ConfigSpace {
        var bytes = [UInt8](repeating: 0, count: count)
        for (offset, width, value) in values {
            for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        }
        return ConfigSpace(bytes: bytes)
    }

    /// `Cap` at +4 (a flag and a 4-bit field), `Ctl` at +8 whose printing depends on both.
    static let cap = ConfigRegisterLayout(label: "Cap", offset: 4, width: .bits32, fields: [
        T.bit("Able", 0, .readOnly), T.bits("Level", 7, 4, .readOnly), T.bits("Power", 15, 8, .readOnly), T.bits("Scale", 17, 16, .readOnly),
    ], spec: "test", printed: [[
        P.scaled("Limit", "Limit ", ConfigScaledValue(value: "Power", scale: "Scale", factors: [1000, 100, 10, 1], decimals: 3, unit: "W", kind: .text)),
    ]])
    static let ctl = ConfigRegisterLayout(label: "Ctl", offset: 8, width: .bits16, fields: [
        T.bit("Go", 0), T.bits("Mode", 3, 1), T.bit("Extra", 4),
    ], spec: "test", printed: [[
        P.flag("Go").when(.nonzero("Cap", "Able"), otherwise: .silent),
        P.decimal("Mode", "Mode ", suffix: " (low)").when(.less(ConfigCondition.ref("Ctl", "Mode"), ConfigCondition.ref("Cap", "Level"))),
        P.decimal("Mode", "Mode "),
    ], [
        P.flag("Extra").when(.bit(1, of: "Ctl", "Mode")),
    ]], shownWhen: .atLeast("Cap", "Level", 2))
    static let layouts = [cap, ctl]

    func decode(_ config: ConfigSpace, port: ExpressPortType? = nil) -> ConfigRegister? {
        ConfigTableDecoder.register(Self.ctl, in: ConfigTableContext(config: config, base: 0, port: port, layouts: Self.layouts))
    }

    @Test func conditionOnAnotherRegisterPrintsOrDecodesSilentlyInPlace() throws {
        let on = try #require(decode(Self.config(count: 16, [(4, 4, 0x31), (8, 2, 0x1)])))
        #expect(on.lines[0].map(\.text) == ["Go+", "Mode 0 (low)"])
        let off = try #require(decode(Self.config(count: 16, [(4, 4, 0x30), (8, 2, 0x1)])))
        // Not printed, but still decoded first, with its bit and value.
        #expect(off.lines[0].first?.name == "Go" && off.lines[0].first?.text == "" && off.lines[0].first?.isSet == true)
        #expect(off.lines[0].first?.lowBit == 0)
    }

    @Test func firstEntryWhoseConditionHoldsPrintsTheField() throws {
        // Mode 5 is not below Level 3: the second entry prints it, once.
        let r = try #require(decode(Self.config(count: 16, [(4, 4, 0x31), (8, 2, 0x5 << 1)])))
        #expect(r.lines[0].map(\.text) == ["Go-", "Mode 5"])
        #expect(r.fields.filter { $0.name == "Mode" }.count == 1)
        // Bit 1 of Mode (0b101) is clear: Extra is not printed and ends up with the unprinted fields.
        #expect(r.lines[1].isEmpty || r.lines[1].allSatisfy { $0.text.isEmpty })
        #expect(r.field("Extra")?.text == "")
        let extra = try #require(decode(Self.config(count: 16, [(4, 4, 0x31), (8, 2, 0x10 | 2 << 1)])))
        #expect(extra.field("Extra")?.text == "Extra+")
    }

    @Test func registerOfAnotherOffsetMissingOrTruncatedIsUnknown() throws {
        // Ctl is read, Cap is not in the table: both conditions on it are unknown and do not hold.
        let alone = ConfigTableDecoder.register(Self.ctl, in: ConfigTableContext(config: Self.config(count: 16, [(8, 2, 0x1)]), base: 0,
                                                                                 layouts: [Self.ctl]))
        #expect(alone?.lines[0].map(\.text) == ["", "Mode 0"])
        // A register at +0 whose condition reads one at +0x10, beyond the 8 bytes of a truncated dump.
        let late = ConfigRegisterLayout(label: "Late", offset: 0x10, width: .bits32, fields: [T.bit("Bit", 0)], spec: "test")
        let head = ConfigRegisterLayout(label: "Head", offset: 0, width: .bits16, fields: [T.bit("On", 0)], spec: "test", printed: [[
            P.flag("On").when(.nonzero("Late", "Bit"), otherwise: .silent),
        ]])
        func on(_ config: ConfigSpace) -> ConfigField? {
            ConfigTableDecoder.register(head, in: ConfigTableContext(config: config, base: 0, layouts: [head, late]))?.lines[0].first
        }
        #expect(on(Self.config(count: 8, [(0, 2, 1)]))?.text == "")
        #expect(on(Self.config(count: 8, [(0, 2, 1)]))?.isSet == true)
        #expect(on(Self.config(count: 0x14, [(0, 2, 1), (0x10, 4, 1)]))?.text == "On+")
        #expect(on(Self.config(count: 0x14, [(0, 2, 1)]))?.text == "")
        let short = ConfigTableContext(config: Self.config(count: 6, []), base: 0, layouts: Self.layouts)
        #expect(short.value(of: FieldReference(register: "Cap", field: "Able")) == nil)
        #expect(short.holds(.nonzero("Cap", "Able")) == false)
        #expect(short.holds(.not(.nonzero("Cap", "Able"))) == false, "not(unknown) is unknown, not true")
        #expect(short.holds(.any([.nonzero("Cap", "Able"), .always])) == true)
        #expect(short.holds(.all([.nonzero("Cap", "Able"), .never])) == false)
        #expect(ConfigCondition.all([.nonzero("Cap", "Able"), .always]).evaluate(port: nil) { _ in nil } == nil)
        #expect(short.holds(.nonzero("Nope", "Able")) == false)
        #expect(short.value(of: FieldReference(register: "Cap", field: "Nope")) == nil)
    }

    @Test func registersShownByCondition() {
        let context = { (level: UInt64) in ConfigTableContext(config: Self.config(count: 16, [(4, 4, level << 4)]), base: 0, layouts: Self.layouts) }
        #expect(context(2).shows(Self.ctl))
        #expect(!context(1).shows(Self.ctl))
        #expect(context(1).shownRegisters().map(\.name) == ["Cap"])
        #expect(context(3).shownRegisters().map(\.name) == ["Cap", "Ctl"])
    }

    @Test func portTypeConditions() {
        let endpoint = ConfigCondition.portType([.endpoint])
        #expect(endpoint.evaluate(port: .endpoint) { _ in nil } == true)
        #expect(endpoint.evaluate(port: .rootPort) { _ in nil } == false)
        #expect(endpoint.evaluate(port: nil) { _ in nil } == false, "a reserved type is no endpoint")
        #expect(ConfigCondition.portTypeNot([.endpoint]).evaluate(port: nil) { _ in nil } == true)
        #expect(ConfigCondition.bit(1, of: "R", "F").evaluate(port: nil) { _ in 0b10 } == true)
        #expect(ConfigCondition.bit(1, of: "R", "F").evaluate(port: nil) { _ in 0b01 } == false)
        #expect(ConfigCondition.equal(.number(3), ConfigCondition.ref("R", "F")).evaluate(port: nil) { _ in 3 } == true)
        #expect(ConfigCondition.equal(.number(3), ConfigCondition.ref("R", "F")).references.map(\.description) == ["R.F"])
    }

    @Test func scaledValuesAndScales() throws {
        let r = try #require(ConfigTableDecoder.register(Self.cap, in: ConfigTableContext(config: Self.config(count: 8, [(4, 4, 1 << 16 | 75 << 8)]),
                                                                                          base: 0, layouts: Self.layouts)))
        let limit = try #require(r.field("Limit"))
        #expect(limit.text == "Limit 7.5W" && limit.value == .text("7.5W"))
        #expect(limit.lowBit == nil && limit.raw == (1 << 8 | 75), "raw spans the value and scale fields")
        #expect(r.field("Power")?.value == .number(75), "the value and scale fields are still fields")
        let ns = ConfigScaledValue(value: "V", scale: "S", factors: [1, 32, 1024], unit: "ns")
        #expect(ns.amount(value: 3, scale: 2) == 3072 && ns.text(amount: 3072) == "3072ns")
        #expect(ns.amount(value: 3, scale: 7) == 0, "a scale beyond the factors is 0")
        #expect(ns.decoded(amount: 3072) == .number(3072))
        #expect(ConfigScaledValue(value: "V", scale: "S", factors: [.max], unit: "").amount(value: 2, scale: 0) == nil)
        #expect(P.Scale.shifted(128).apply(5) == 4096 && P.Scale.zeroMeans(4).apply(0) == 4 && P.Scale.zeroMeans(4).apply(2) == 2)
        #expect(P.Scale.shifted(128).apply(63) == 0, "beyond 64 bits is 0, not a wrapped value")
    }

    @Test func everyReferenceOfTheTablesResolves() {
        #expect(ConfigTableContext.unresolvedReferences(in: ExpressCapabilityLayout.registers) == [])
        #expect(ConfigTableContext.unresolvedReferences(in: Self.layouts) == [])
        let broken = ConfigRegisterLayout(label: "B", offset: 0, width: .bits8, fields: [T.bit("X", 0)], spec: "test", printed: [[
            P.flag("X").when(.nonzero("Cap", "Nope")), P.flag("Y"), P.flag("X").when(.nonzero("Gone")),
        ]])
        #expect(ConfigTableContext.unresolvedReferences(in: Self.layouts + [broken]) == [
            "B: Cap.Nope names no field of Cap", "B: printed Y is no field of B", "B: Gone names no register of the table or the header",
        ])
    }

    // The PCI Express table: what lspci prints depends on other registers.

    /// An Express capability at 0x40 of `type` with version 2, the registers given (offsets from
    /// the capability) and the header registers given (absolute offsets).
    func express(_ type: ExpressPortType, count: Int = 0x3c, slot: Bool = false, _ values: [(Int, Int, UInt64)],
                 header: [(Int, Int, UInt64)] = []) -> [ConfigRegister] {
        let xcap = UInt64(type.rawValue) << 4 | 2 | (slot ? 1 << 8 : 0)
        let config = Self.config(count: 0x40 + count, header + ([(2, 2, xcap)] + values).map { ($0.0 + 0x40, $0.1, $0.2) })
        return ConfigTableContext(config: config, base: 0x40, port: type, layouts: ExpressCapabilityLayout.registers).shownRegisters()
    }

    func text(_ regs: [ConfigRegister], _ name: String) -> [String] {
        regs.first { $0.name == name }.map { ShowTextRenderer.registerLines($0, indent: "") } ?? []
    }

    @Test func devCtlInitiateFLRFollowsDevCap() {
        let capable = express(.endpoint, [(4, 4, 1 << 28), (8, 2, 0)])
        #expect(text(capable, "DevCtl")[1].hasSuffix("NoSnoop- FLReset-"))
        let incapable = express(.endpoint, [(8, 2, 0)])
        #expect(text(incapable, "DevCtl")[1].hasSuffix("NoSnoop-"))
        #expect(incapable.first { $0.name == "DevCtl" }?.lines[1].last?.name == "FLReset", "decoded in place, without text")
        #expect(text(express(.rootPort, [(4, 4, 1 << 28)]), "DevCtl")[1].hasSuffix("NoSnoop-"), "a port never shows it")
    }

    @Test func lnkStaDowngradedAgainstLnkCapOnUpstreamFacingFunctions() {
        // LnkCap 8GT/s x16, LnkSta 2.5GT/s x4.
        let values: [(Int, Int, UInt64)] = [(0xc, 4, 3 | 16 << 4), (0x12, 2, 1 | 4 << 4)]
        #expect(text(express(.endpoint, values), "LnkSta")[0] == "LnkSta: Speed 2.5GT/s (downgraded), Width x4 (downgraded)")
        #expect(text(express(.rootPort, values), "LnkSta")[0] == "LnkSta: Speed 2.5GT/s, Width x4")
        #expect(text(express(.endpoint, [(0xc, 4, 1 | 4 << 4), (0x12, 2, 1 | 4 << 4)]), "LnkSta")[0] == "LnkSta: Speed 2.5GT/s, Width x4")
    }

    @Test func lnkCapExitLatenciesFollowASPMSupport() {
        let lat: UInt64 = 6 << 12 | 5 << 15
        #expect(text(express(.endpoint, [(0xc, 4, 1 | 1 << 4 | lat)]), "LnkCap")[0] == "LnkCap: Port #0, Speed 2.5GT/s, Width x1, ASPM not supported")
        #expect(text(express(.endpoint, [(0xc, 4, 1 | 1 << 4 | 1 << 10 | lat)]), "LnkCap")[0]
            == "LnkCap: Port #0, Speed 2.5GT/s, Width x1, ASPM L0s, Exit Latency L0s <4us")
        #expect(text(express(.endpoint, [(0xc, 4, 1 | 1 << 4 | 2 << 10 | lat)]), "LnkCap")[0]
            == "LnkCap: Port #0, Speed 2.5GT/s, Width x1, ASPM L1, Exit Latency L1 <32us")
        #expect(text(express(.endpoint, [(0xc, 4, 1 | 1 << 4 | 3 << 10 | lat)]), "LnkCap")[0]
            == "LnkCap: Port #0, Speed 2.5GT/s, Width x1, ASPM L0s L1, Exit Latency L0s <4us, L1 <32us")
    }

    @Test func slotRegistersFollowTheSlotBitAndLnkCap2ItsValue() {
        let slotPower: UInt64 = 1 << 19 | 250 << 7 | 2 << 15
        let withSlot = express(.rootPort, slot: true, [(0x14, 4, slotPower), (0x2c, 4, 0b1110)])
        #expect(text(withSlot, "SltCap")[1] == "\tSlot #1, PowerLimit 2.5W; Interlock- NoCompl-")
        #expect(text(withSlot, "LnkCap2")[0] == "LnkCap2: Supported Link Speeds: 2.5-8GT/s, Crosslink- Retimer- 2Retimers- DRS-")
        let noSlot = express(.rootPort, [(0x14, 4, slotPower)])
        #expect(!noSlot.contains { $0.name == "SltCap" } && !noSlot.contains { $0.name == "LnkCap2" })
        // Version 2 registers beyond the bytes read are left out, the version 1 ones stay.
        let short = express(.endpoint, count: 0x24, [])
        #expect(short.map(\.name) == ["ExpCap", "DevCap", "DevCtl", "DevSta", "LnkCap", "LnkCtl", "LnkSta"])
    }

    @Test func devCap2AtomicOpsPrefixGoesBeforeTheFirstPrintedFlag() {
        let atomics: UInt64 = 1 << 6 | 1 << 7
        #expect(text(express(.rootPort, [(0x24, 4, atomics)]), "DevCap2").last == "\tAtomicOpsCap: Routing+ 32bit+ 64bit- 128bitCAS-")
        #expect(text(express(.downstreamPort, [(0x24, 4, atomics)]), "DevCap2").last == "\tAtomicOpsCap: Routing+")
        // The completer sizes: a Root Port, or a function with a memory BAR (a header register).
        let memory: [(Int, Int, UInt64)] = [(0x10, 4, 0xfe00_0000)]
        #expect(text(express(.endpoint, [(0x24, 4, atomics)], header: memory), "DevCap2").last == "\tAtomicOpsCap: 32bit+ 64bit- 128bitCAS-")
        #expect(text(express(.upstreamPort, [(0x24, 4, atomics)], header: [(0x0e, 1, 1)] + memory), "DevCap2").last
            == "\tAtomicOpsCap: Routing+ 32bit+ 64bit- 128bitCAS-")
        #expect(!text(express(.endpoint, [(0x24, 4, atomics)]), "DevCap2").contains { $0.contains("AtomicOpsCap") })
        #expect(!text(express(.endpoint, [(0x24, 4, atomics)], header: [(0x10, 4, 0xe001)]), "DevCap2").contains { $0.contains("AtomicOpsCap") },
                "an I/O BAR is no memory space")
        // BASE_ADDRESS_2 of a type 1 header is the bus numbers, no BAR.
        #expect(text(express(.upstreamPort, [(0x24, 4, atomics)], header: [(0x0e, 1, 1), (0x18, 4, 0xfe00_0000)]), "DevCap2").last
            == "\tAtomicOpsCap: Routing+")
        #expect(!text(express(.rootComplexEventCollector, [(0x24, 4, atomics)]), "DevCap2").contains { $0.contains("AtomicOpsCap") })
        // MaxEETLPPrefixes only with EETLPPrefix; 00b means 4.
        #expect(text(express(.endpoint, [(0x24, 4, 1 << 21)]), "DevCap2")[1].hasSuffix("EETLPPrefix+, MaxEETLPPrefixes 4"))
        #expect(text(express(.endpoint, [(0x24, 4, 2 << 22)]), "DevCap2")[1].hasSuffix("ExtFmt- EETLPPrefix-"))
    }

    /// Rules read off lspci 3.9 on hand-made dumps (its text for each is in the expectation).
    @Test func lspciRulesForOtherPortTypes() {
        // A link above its capability is overdriven on every port type; downgraded is not said of a port.
        let over: [(Int, Int, UInt64)] = [(0xc, 4, 1 | 16 << 4), (0x12, 2, 2 | 4 << 4)]
        #expect(text(express(.rootPort, over), "LnkSta")[0] == "LnkSta: Speed 5GT/s (overdriven), Width x4")
        // Slot power F0h-FEh at scale 0 are 250-600 W, FFh is more than 600 W.
        #expect(text(express(.endpoint, [(4, 4, 0xf1 << 18)]), "DevCap")[1].hasSuffix("SlotPowerLimit 275W"))
        #expect(text(express(.endpoint, [(4, 4, 0xff << 18)]), "DevCap")[1].hasSuffix("SlotPowerLimit >600W"))
        #expect(text(express(.endpoint, [(4, 4, 0xff << 18 | 1 << 26)]), "DevCap")[1].hasSuffix("SlotPowerLimit 25.5W"))
        // A PCI/PCI-X to PCIe bridge has slot registers; a PCIe to PCI/PCI-X bridge shows SlotPowerLimit.
        #expect(express(.pciToPCIeBridge, slot: true, []).contains { $0.name == "SltCap" })
        #expect(text(express(.pcieToPCIBridge, [(4, 4, 3 << 3)]), "DevCap") == [
            "DevCap: MaxPayload 128 bytes, PhantFunc 7", "\tExtTag- AttnBtn- AttnInd- PwrInd- RBE- SlotPowerLimit 0W",
        ])
        // DRS and Downstream Component Presence on a downstream-facing port whose LnkCap2 has DRS.
        let drs = express(.rootPort, [(0x2c, 4, 1 << 31 | 2), (0x32, 2, 1 << 15 | 5 << 12)])
        #expect(text(drs, "LnkSta2").suffix(2) == ["\tRetimer- 2Retimers- CrosslinkRes: unsupported, DRS+",
                                                  "\tDownstreamComp: Link Up - Present and DRS Received"])
        #expect(text(express(.rootPort, [(0x2c, 4, 2), (0x32, 2, 1 << 15 | 5 << 12)]), "LnkSta2").last == "\tRetimer- 2Retimers- CrosslinkRes: unsupported")
        // Supported Link Speeds by the highest bit, from 2.5GT/s; none is Unknown, 64GT/s is RsvdP to lspci 3.9.
        #expect(text(express(.rootPort, [(0x2c, 4, 0b101 << 1)]), "LnkCap2")[0].hasPrefix("LnkCap2: Supported Link Speeds: 2.5-8GT/s,"))
        #expect(text(express(.rootPort, [(0x2c, 4, 1 << 8)]), "LnkCap2")[0].hasPrefix("LnkCap2: Supported Link Speeds: Unknown,"))
        #expect(text(express(.rootPort, [(0x2c, 4, 0x3f << 1)]), "LnkCap2")[0].hasPrefix("LnkCap2: Supported Link Speeds: RsvdP,"))
    }
}
