import Testing
@testable import MMIOCore

/// The header's lspci lines come from `ConfigHeaderLayout`'s printed tables (PCI 3.0 §6.2,
/// PCI-to-PCI Bridge 1.2 §3.2, PC Card 8.0 §4.5), decoded by `ConfigTableDecoder`.
@Suite struct HeaderTableTests {
    static func header(_ type: UInt8, _ set: [Int: UInt8]) -> DecodedHeader {
        var bytes = [UInt8](repeating: 0, count: 0x48)
        bytes[0x0e] = type
        for (offset, value) in set { bytes[offset] = value }
        return HeaderDecoder.decode(ConfigSpace(bytes: bytes))
    }

    static func text(_ h: DecodedHeader, _ name: String) -> [String]? {
        h.registers.first { $0.name == name }.map { $0.lines.map { $0.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") } }
    }

    @Test func tablesNameOnlyTheirOwnFields() {
        #expect(ConfigTableContext.unresolvedReferences(in: ConfigHeaderLayout.registers) == [])
        #expect(ConfigTableContext.unresolvedReferences(in: ConfigHeaderLayout.combined) == [])
    }

    @Test func statusAndSecondaryStatusPrintDevselAndTheirBits() {
        let bridge = Self.header(1, [0x06: 0x11, 0x07: 0x06, 0x1e: 0x20, 0x1f: 0x42])
        #expect(Self.text(bridge, "Status") == ["Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=?? >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-"])
        #expect(Self.text(bridge, "Secondary status") == ["66MHz+ FastB2B- ParErr- DEVSEL=medium >TAbort- <TAbort- <MAbort- <SERR+ <PERR-"])
        // Immediate Readiness is decoded (JSON) though lspci 3.9 does not print it.
        #expect(bridge.registers.first { $0.name == "Status" }?.fields.last?.name == "ImmReadiness")
    }

    @Test func bridgeControlOfBothBridgeTypes() {
        let bridge = Self.header(1, [0x3e: 0x15, 0x3f: 0x0a, 0x18: 0x01, 0x19: 0x02, 0x1a: 0x1f, 0x1b: 0x20])
        #expect(Self.text(bridge, "BridgeCtl") == ["Parity+ SERR- NoISA+ VGA- VGA16+ MAbort- >Reset- FastB2B-",
                                                   "PriDiscTmr- SecDiscTmr+ DiscTmrStat- DiscTmrSERREn+"])
        #expect(Self.text(bridge, "Bus") == ["primary=01, secondary=02, subordinate=1f, sec-latency=32"])
        let cardBus = Self.header(2, [0x3e: 0x80, 0x3f: 0x07])
        #expect(Self.text(cardBus, "BridgeCtl") == ["Parity- SERR- ISA- VGA- MAbort- >Reset- 16bInt+ PostWrite+"])
        // The prefetch bits are decoded in place, without text (lspci shows them on the windows).
        let fields = cardBus.registers.first { $0.name == "BridgeCtl" }?.fields.map(\.name)
        #expect(fields == ["Parity", "SERR", "ISA", "VGA", "MAbort", ">Reset", "16bInt", "Prefetch0", "Prefetch1", "PostWrite"])
        #expect(Self.text(Self.header(0, [:]), "Bus") == nil)
    }

    @Test func interruptShownWhenPinOrLineIsSet() {
        #expect(Self.text(Self.header(0, [:]), "Interrupt") == nil)
        #expect(Self.text(Self.header(0, [0x3c: 5]), "Interrupt") == ["pin ? routed to IRQ 5"])
        #expect(Self.text(Self.header(0, [0x3c: 11, 0x3d: 2]), "Interrupt") == ["pin B routed to IRQ 11"])
        #expect(Self.text(Self.header(1, [0x3d: 6]), "Interrupt") == ["pin ?6 routed to IRQ 0"])
    }
}
