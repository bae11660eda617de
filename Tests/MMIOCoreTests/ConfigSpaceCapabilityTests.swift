import Testing
@testable import MMIOCore

/// Every decoder on the hand-made dumps (Tests/Fixtures/dumps/make-dumps.py documents the
/// register values each function carries).
@Suite struct ConfigSpaceCapabilityTests {
    static let dump: LspciDump = {
        LspciDumpParser.parse(MachineRoot(Fixtures.directory).readText("/dumps/decoders.lspci") ?? "")
    }()

    func function(_ address: String) throws -> DecodedFunction {
        let a = try #require(PCIAddress(parsing: address))
        let f = try #require(Self.dump.functions.first { $0.address == a })
        return DecodedFunction.decode(address: a, config: f.config)
    }

    func ext(_ d: DecodedFunction, _ id: UInt16) throws -> DecodedCapability {
        try #require(d.capability(id, space: .extended), "extended capability \(hex(id, 4))")
    }

    func flag(_ cap: DecodedCapability, _ register: String, _ field: String) -> Bool? {
        cap.register(register)?.field(field)?.isSet
    }

    func value(_ cap: DecodedCapability, _ register: String, _ field: String) -> ConfigField.Value? {
        cap.register(register)?.field(field)?.value
    }

    @Test func everyCapabilityOfTheEndpointHasADecoder() throws {
        let d = try function("00:00.0")
        #expect(d.capabilities.map(\.id) == [0x01, 0x05, 0x10, 0x11, 0x03, 0x09])
        #expect(d.extendedCapabilities.map(\.id) == [0x01, 0x03, 0x02, 0x04, 0x0e, 0x0f, 0x10, 0x12, 0x13, 0x1b, 0x15, 0x18, 0x1e, 0x1f, 0x23, 0x0b, 0x17, 0x50])
        for cap in d.allCapabilities where cap.id != 0x50 {
            #expect(!cap.registers.isEmpty, "\(cap.name) decodes registers")
        }
        #expect(d.extendedCapabilities.last?.name == "Extended Capability ID 0x50")
        #expect(d.extendedEnd == .terminated)
    }

    @Test func headerBARsROMAndMSI() throws {
        let d = try function("00:00.0")
        #expect(d.header.bars.map(\.index) == [0, 2, 3])
        #expect(d.header.bars[2].address == 0x1_e000_0000 && d.header.bars[2].is64Bit && d.header.bars[2].isPrefetchable)
        #expect(d.header.bars[1].kind == .io && !d.header.bars[1].isEnabled, "I/O decode is off in Command")
        #expect(d.header.rom?.text == "Expansion ROM at fff00000 [disabled]")
        let msi = try #require(d.capability(0x05))
        #expect(msi.headlineText == "[50] MSI: Enable+ Count=2/4 Maskable+ 64bit+")
        #expect(msi.register("Masking")?.raw == 2 && msi.register("Pending")?.raw == 1)
    }

    @Test func expressEndpointVersion2() throws {
        let e = try #require(try function("00:00.0").capability(0x10))
        #expect(value(e, "DevCap", "MaxPayload") == .number(512))
        #expect(e.register("DevCap")?.field("SlotPowerLimit")?.value == .text("25W"))
        #expect(value(e, "DevCtl", "MaxReadReq") == .number(512))
        #expect(value(e, "LnkCap", "ASPM") == .text("L0s L1"))
        #expect(e.register("LnkCap")?.lines[0].map(\.text).filter { !$0.isEmpty }.joined(separator: " ") ==
                "Port #0, Speed 8GT/s, Width x16, ASPM L0s L1, Exit Latency L0s <4us, L1 <32us")
        #expect(value(e, "LnkSta", "Width") == .number(8))
        #expect(value(e, "DevCap2", "CompletionTimeout") == .text("Range ABCD"))
        #expect(value(e, "DevCap2", "MaxEETLPPrefixes") == .number(2))
        #expect(value(e, "DevCtl2", "CompletionTimeout") == .text("65ms to 210ms"))
        #expect(value(e, "LnkCap2", "SupportedSpeeds") == .text("2.5-8GT/s"))
        #expect(flag(e, "LnkSta2", "EqualizationPhase3") == true)
    }

    @Test func rootPortSlotAndRootRegisters() throws {
        let d = try function("00:01.0")
        let e = try #require(d.capability(0x10))
        #expect(e.title == "Express (v2) Root Port (Slot+), MSI 01")
        #expect(value(e, "SltCap", "Slot") == .number(7))
        #expect(e.register("SltCap")?.field("PowerLimit")?.value == .text("75W"))
        #expect(value(e, "SltCtl", "AttnInd") == .text("Off"))
        #expect(value(e, "SltCtl", "PwrInd") == .text("On"))
        #expect(flag(e, "SltSta", "PresDet") == true)
        #expect(flag(e, "SltSta", "PresDetChanged") == true)
        #expect(flag(e, "RootCtl", "PMEIntEna") == true)
        #expect(value(e, "RootSta", "PMEReqID") == .number(0x100))
        #expect(d.header.windows.map(\.text) == [
            "I/O behind bridge: 00012000-00013fff [size=8K] [32-bit]",
            "Memory behind bridge: fc000000-fc1fffff [size=2M] [32-bit]",
            "Prefetchable memory behind bridge: 0000000400000000-000000040fffffff [size=256M] [64-bit]",
        ])
        #expect(d.header.register("BridgeCtl")?.field("VGA16")?.isSet == true)
        let aer = try ext(d, 0x01)
        #expect(value(aer, "RootSta", "IntMsg") == .number(1))
        #expect(value(aer, "ErrorSrc", "ERR_COR") == .number(0x100))
        #expect(flag(aer, "UESta", "TLP") == true)
        let acs = try ext(d, 0x0d)
        #expect(flag(acs, "ACSCap", "DirectTrans") == true && flag(acs, "ACSCtl", "UpstreamFwd") == true)
        let dpc = try ext(d, 0x1d)
        #expect(value(dpc, "DpcCap", "RPPIOLogSize") == .number(15))
        #expect(value(dpc, "DpcCtl", "Trigger") == .text("fatal"))
        #expect(flag(try ext(d, 0x25), "DLFCap", "ExchangeEnable") == true)
        #expect(value(try ext(d, 0x05), "Desc", "Links") == .number(0))
        #expect(d.header.subsystemDeviceID == 0x7777)
    }

    @Test func extendedCapabilitiesOfTheEndpoint() throws {
        let d = try function("00:00.0")
        #expect(try ext(d, 0x03).title == "Device Serial Number 9a-bc-de-f0-12-34-56-78")
        let aer = try ext(d, 0x01)
        #expect(aer.register("UESta")?.fields.filter { $0.isSet == true }.map(\.name) == ["DLP", "CmpltTO", "UnsupReq"])
        #expect(value(aer, "AERCap", "FirstErrorPointer") == .number(0x14))
        let sriov = try ext(d, 0x10)
        #expect(value(sriov, "TotalVFs", "Total") == .number(8))
        #expect(value(sriov, "VF offset", "VFStride") == .number(2))
        #expect(sriov.register("Region 0")?.fields.first?.text == "Memory at 00000000d0000000 (64-bit, prefetchable)")
        #expect(sriov.register("Region 2") != nil)
        let rebar = try ext(d, 0x15)
        #expect(value(rebar, "BAR entry 0 ctl", "CurrentSize") == .number(256 << 20))
        #expect(try ext(d, 0x18).register("Max snoop latency")?.field("Latency")?.value == .number(3 << 20), "3 × 32^4 ns")
        #expect(flag(try ext(d, 0x1e), "L1SubCap", "ASPM_L1.2") == true)
        #expect(try ext(d, 0x1f).register("PTMClockGranularity")?.field("LocalClockGranularity")?.value == .text("4ns"))
        #expect(try ext(d, 0x23).headlineText == "[2b0 v1] Designated Vendor-Specific: Vendor=1e98 ID=0000 Rev=0 Len=16: CXL")
        #expect(try ext(d, 0x0b).headlineText == "[2c0 v1] Vendor Specific Information: ID=1234 Rev=0 Len=010 <?>")
        #expect(value(try ext(d, 0x12), "McastCap", "MaxGroups") == .number(64))
        #expect(flag(try ext(d, 0x13), "PRISta", "Stopped") == true)
        #expect(value(try ext(d, 0x1b), "PASIDCap", "MaxPASIDWidth") == .number(0x14))
        #expect(flag(try ext(d, 0x0f), "ATSCtl", "Enable") == true)
        #expect(value(try ext(d, 0x0e), "ARICap", "NextFunction") == .number(1))
        #expect(try ext(d, 0x04).register("Data")?.field("Power")?.value == .number(25000))
        #expect(value(try ext(d, 0x02), "VC1 Ctrl", "TCVC") == .number(2))
        #expect(value(try ext(d, 0x17), "TPHCap", "STTableSize") == .number(1))
    }

    @Test func conventionalCapabilities() throws {
        let d = try function("00:03.0")
        #expect(d.extendedCapabilities.isEmpty && d.extendedEnd == .absent)
        #expect(try #require(d.capability(0x07)).title == "PCI-X non-bridge device")
        #expect(value(try #require(d.capability(0x07)), "Status", "133MHz") == .flag(true))
        #expect(try #require(d.capability(0x08)).headlineText == "[50] HyperTransport: MSI Mapping Enable- Fixed-")
        #expect(try #require(d.capability(0x04)).headlineText == "[60] Slot ID: 3 slots, First+, chassis 04")
        #expect(try #require(d.capability(0x0a)).headlineText == "[68] Debug port: BAR=1 offset=00a0")
        #expect(flag(try #require(d.capability(0x13)), "AFCap", "FLR") == true)
        let ea = try #require(d.capability(0x14))
        #expect(ea.headlineText == "[78] Enhanced Allocation (EA): NumEntries=1")
        #expect(ea.register("Entry 0")?.field("EntrySize")?.value == .number(3))
        #expect(d.header.register("Latency")?.lines[0].map(\.text) == ["64", "(4250ns min, 4500ns max),", "Cache Line Size: 64 bytes"])
    }

    @Test func cardBusAndLegacyAndEventCollector() throws {
        let cb = try function("00:04.0")
        #expect(cb.header.headerType == 2)
        #expect(cb.capabilities.map(\.offset) == [0x80])
        #expect(cb.header.windows.first?.text == "Memory window 0: d0000000-d3ffffff (prefetchable) [size=64M] [32-bit]")
        #expect(cb.header.subsystemVendorID == 0x1028)
        let legacy = try function("00:05.0")
        let e = try #require(legacy.capability(0x10))
        #expect(e.title == "Express (v1) Legacy Endpoint, MSI 00")
        #expect(e.register("DevCap2") == nil, "version 1 has no DevCap2")
        #expect(try #require(legacy.capability(0x11)).register("Vector table")?.field("BAR")?.value == .number(2))
        let rcec = try function("00:06.0")
        #expect(rcec.capability(0x10)?.register("LnkCap") == nil, "event collectors have no link")
        #expect(try ext(rcec, 0x01).register("RootCmd") != nil)
        #expect(value(try ext(rcec, 0x07), "RCiEPBitmap", "AssociationBitmap") == .number(0xff))
        let up = try function("00:02.0")
        #expect(try #require(up.capability(0x10)).register("DevCap")?.field("SlotPowerLimit")?.value == .text("1W"))
    }

    @Test func virtioVendorCapabilitiesAreNamed() throws {
        let machine = Machine.load(root: Fixtures.root("q35"), pciIDs: "/nonexistent")
        let f = try #require(machine.function(PCIAddress(bus: 1, device: 0, function: 0)))
        let d = DecodedFunction.decode(f)
        let notify = try #require(d.capabilities.first { $0.offset == 0xb4 })
        #expect(notify.headlineText == "[b4] Vendor Specific Information: VirtIO: Notify")
        #expect(notify.register("notify_off_multiplier")?.raw == 4)
        #expect(notify.register("bar")?.raw == 4)
        let ahci = try #require(machine.function(PCIAddress(bus: 0, device: 0x1f, function: 2)))
        let sata = try #require(DecodedFunction.decode(ahci).capability(0x12))
        #expect(sata.title == "SATA HBA v1.0")
    }
}
