import Testing
@testable import MMIOCore

/// Registers decoded from the layout tables (`ConfigTableDecoder`), on the hand-made
/// capabilities.lspci (make-dumps.py lists the values): every field keeps its bits and access,
/// the printed token follows `ConfigPrintedField`, and fields the text leaves out are still there.
@Suite struct ConfigTableDecoderTests {
    static let dump: LspciDump = {
        LspciDumpParser.parse(MachineRoot(Fixtures.directory).readText("/dumps/capabilities.lspci") ?? "")
    }()

    func function(_ address: String) throws -> DecodedFunction {
        let a = try #require(PCIAddress(parsing: address))
        let f = try #require(Self.dump.functions.first { $0.address == a })
        return DecodedFunction.decode(address: a, config: f.config)
    }

    @Test func virtualChannelResourcesAndArbitrationNames() throws {
        let vc = try #require(try function("00:00.0").capability(0x02, space: .extended))
        let ctrl = try #require(vc.register("VC1 Ctrl"))
        #expect(ctrl.field("ArbSelect")?.value == .text("WRR32"))
        #expect(ctrl.field("ArbSelect")?.text == "ArbSelect=WRR32")
        #expect(ctrl.field("ArbSelect")?.lowBit == 17 && ctrl.field("ArbSelect")?.bitCount == 3)
        #expect(ctrl.field("TCVC")?.text == "TC/VC=02")
        #expect(ctrl.printedName == "\tCtrl")
        #expect(vc.register("VC1 Caps")?.field("MaxTimeSlots")?.value == .number(32), "encoded minus one")
        #expect(vc.register("Caps")?.field("PATEntryBits")?.text == "PATEntryBits=2", "a power of two")
        #expect(vc.register("Ctrl")?.field("ArbSelect")?.text == "ArbSelect=WRR32")
        // LoadTable is not printed by lspci but is a field of the register all the same.
        #expect(vc.register("Ctrl")?.field("LoadTable")?.text == "")
        let mfvc = try #require(try function("00:00.0").capability(0x08, space: .extended))
        #expect(mfvc.register("VC1 Ctrl")?.field("ArbSelect")?.text == "ArbSelect=WRR64")
    }

    @Test func rootComplexLinkEntries() throws {
        let rcl = try #require(try function("00:00.0").capability(0x05, space: .extended))
        #expect(rcl.register("Link0 Desc")?.field("LinkValid")?.isSet == true)
        #expect(rcl.register("Link1 Desc")?.field("LinkValid")?.isSet == false)
        #expect(rcl.register("Link0 Addr")?.fields.first?.text == "00000000fed19000")
        let cfg = try #require(rcl.register("Link1 Addr"))
        #expect(cfg.fields.map(\.text).prefix(2) == ["01:04.3", " CfgSpace=0000000000123000"])
    }

    @Test func headerBISTAndHyperTransport() throws {
        let d = try function("00:00.0")
        let bist = try #require(d.header.register("BIST"))
        #expect(bist.field("CompletionCode")?.text == "05")
        #expect(bist.field("Capable")?.isSet == true)
        let ht = try function("00:01.0").capabilities.filter { $0.id == 0x08 }
        #expect(ht.count == 6)
        #expect(ht[0].register("Command")?.field("BaseUnitID")?.text == "BaseUnitID=4")
        #expect(ht[0].register("Link Config 1")?.field("LWI")?.value == .text("8bit"))
        #expect(ht[0].register("Revision ID")?.fields.first?.text == "1.03")
        #expect(ht[1].register("Command")?.field("DevNum")?.text == "DevNum=8")
        #expect(ht[2].register("Mapping Address Base")?.fields.first?.text == "00000000fee00000")
        #expect(ht[3].headlineText == "[90] HyperTransport: Revision ID: 1.05")
        #expect(ht[5].title.hasPrefix("HyperTransport") && ht[5].headlineText.hasSuffix("#1c (Power Management)"))
    }

    @Test func virtioLocationIsOneLine() throws {
        let d = try function("00:02.0")
        let notify = try #require(d.capabilities.first { $0.offset == 0x50 })
        #expect(notify.headline.first?.text == "VirtIO: Notify")
        let lines = ShowTextRenderer.chainLines([notify], end: .terminated, verbosity: 2, names: PCIIDs())
        #expect(lines == ["\tCapabilities: [50] Vendor Specific Information: VirtIO: Notify",
                          "\t\tBAR=4 offset=00002000 size=00001000 multiplier=00000004"])
    }

    @Test func expressRegistersFromTheTableKeepUnprintedFields() throws {
        let d = try function("00:00.0")
        let exp = try #require(d.capability(0x10))
        let sta = try #require(exp.register("DevSta"))
        #expect(sta.field("EmergencyPowerReduction")?.text == "", "bit 6 is a field, lspci does not print it")
        #expect(exp.register("RootSta")?.field("PMEReqID")?.text == "PME ReqID 0000,")
        #expect(exp.register("LnkSta2")?.field("CrosslinkRes")?.text == "CrosslinkRes: unsupported")
    }

    /// The same tables name the fields of config targets (`config/ECAP_VC.Ctrl.ArbSelect`).
    @Test func tablesNameConfigTargetFields() throws {
        func resolve(_ name: String, _ address: String) throws -> ConfigNamedRegister {
            let a = try #require(PCIAddress(parsing: address))
            let f = try #require(Self.dump.functions.first { $0.address == a })
            return try ConfigNameResolver.resolve(try ConfigRegisterName.parse(name), in: f.config, function: a)
        }
        let arb = try resolve("ECAP_VC.Ctrl.ArbSelect", "00:00.0")
        #expect(arb.offset == 0x10c && arb.width == .bits16)
        #expect(arb.field?.bits == BitRange(lsb: 1, msb: 3) && arb.field?.access == .readWrite)
        #expect(try resolve("ECAP_VC+0x20.l", "00:00.0").layout?.label == "VC1 Ctrl")
        #expect(try resolve("ECAP_RCLINK.Desc.EltType", "00:00.0").field?.access == .readOnly)
        let unitCount = try resolve("CAP_HT.Command.UnitCnt", "00:01.0")
        #expect(unitCount.offset == 0x42 && unitCount.field?.bits == BitRange(lsb: 5, msb: 9))
        #expect(try resolve("CAP_HT.Link Error 0.<Prot", "00:01.0").field?.access == .writeOneToClear)
        #expect(try resolve("CAP_VNDR@3.offset", "00:02.0").offset == 0x58)
    }
}
