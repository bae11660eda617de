import Testing
@testable import MMIOCore

@Suite struct ConfigSpaceDecodeTests {
    static let q35 = Machine.load(root: Fixtures.root("q35"), pciIDs: "/nonexistent")

    func decoded(_ address: String) throws -> DecodedFunction {
        let a = try #require(PCIAddress(parsing: address))
        let f = try #require(Self.q35.function(a))
        return DecodedFunction.decode(f)
    }

    @Test func nvmeHeaderBARAndCapabilityList() throws {
        let d = try decoded("00:03.0")
        #expect(d.header.headerType == 0)
        #expect(d.header.vendorID == 0x1b36 && d.header.deviceID == 0x0010)
        let bar0 = try #require(d.header.bars.first)
        #expect(bar0.index == 0 && bar0.kind == .memory && bar0.is64Bit && !bar0.isPrefetchable)
        #expect(bar0.address == 0xfeb5_0000)
        #expect(bar0.size == 16 * 1024)
        #expect(bar0.text == "Region 0: Memory at feb50000 (64-bit, non-prefetchable) [size=16K]")
        #expect(d.capabilities.map(\.offset) == [0x40, 0x80, 0x60])
        #expect(d.capabilities.map(\.id) == [0x11, 0x10, 0x01])
        #expect(d.standardEnd == .terminated)
        let control = try #require(d.header.register("Control"))
        #expect(control.field("BusMaster")?.isSet == true)
        #expect(control.field("DisINTx")?.isSet == true)
        #expect(control.field("BusMaster")?.lowBit == 2)
    }

    @Test func msixTableAndPBA() throws {
        let msix = try #require(try decoded("00:03.0").capability(0x11))
        #expect(msix.headlineText == "[40] MSI-X: Enable+ Count=65 Masked-")
        let table = try #require(msix.register("Vector table"))
        #expect(table.field("BAR")?.value == .number(0))
        #expect(table.field("offset")?.value == .number(0x2000))
        #expect(msix.register("PBA")?.field("offset")?.value == .number(0x3000))
    }

    @Test func rootPortLinkSlotRootAndWindows() throws {
        let d = try decoded("00:08.0")
        #expect(d.header.headerType == 1)
        let bus = try #require(d.header.register("Bus"))
        #expect(bus.field("secondary")?.value == .number(1))
        #expect(d.header.windows.map(\.text) == [
            "I/O behind bridge: 1000-1fff [size=4K] [16-bit]",
            "Memory behind bridge: fe800000-fe9fffff [size=2M] [32-bit]",
            "Prefetchable memory behind bridge: 00000000fe000000-00000000fe1fffff [size=2M] [64-bit]",
        ])
        let express = try #require(d.capability(0x10))
        #expect(express.title == "Express (v2) Root Port (Slot+), MSI 00")
        let lnkCap = try #require(express.register("LnkCap"))
        #expect(lnkCap.field("Speed")?.value == .text("16GT/s"))
        #expect(lnkCap.field("Width")?.value == .number(32))
        let lnkSta = try #require(express.register("LnkSta"))
        #expect(lnkSta.field("Speed")?.text == "Speed 2.5GT/s,")
        #expect(lnkSta.field("Width")?.text == "Width x1")
        #expect(express.register("DevCtl")?.field("MaxPayload")?.value == .number(128))
        #expect(express.register("SltCap")?.field("Slot")?.value == .number(1))
        #expect(express.register("RootSta") != nil)
        #expect(express.register("LnkCap2")?.field("SupportedSpeeds")?.value == .text("2.5-16GT/s"))
        #expect(d.header.subsystemVendorID == 0x1b36, "a bridge's subsystem comes from its Subsystem capability")
        #expect(d.extendedCapabilities.map(\.offset) == [0x100, 0x148])
        #expect(d.extendedCapabilities.first?.offsetTag == "[100 v2]")
    }

    @Test func aerSeverityBitsAndRootRegisters() throws {
        let d = try decoded("00:08.0")
        let aer = try #require(d.capability(0x01, space: .extended))
        let svrt = try #require(aer.register("UESvrt"))
        let set = svrt.fields.filter { $0.isSet == true }.map(\.name)
        #expect(set.starts(with: ["DLP", "SDES", "FCP", "RxOF", "MalfTLP"]))
        #expect(aer.register("RootCmd")?.field("FERptEn")?.isSet == true)
        #expect(aer.register("AERCap")?.field("FirstErrorPointer")?.value == .number(0))
        let endpointAER = try #require(try decoded("00:06.0").capability(0x01, space: .extended))
        #expect(endpointAER.register("RootCmd") == nil, "root registers exist only on root ports and event collectors")
    }

    @Test func powerManagementAndMSI() throws {
        let pm = try #require(try decoded("00:06.0").capability(0x01))
        #expect(pm.title == "Power Management version 2")
        #expect(pm.register("Flags")?.field("DSI")?.isSet == true)
        #expect(pm.register("Status")?.field("PowerState")?.value == .text("D0"))
        let msi = try #require(try decoded("00:1f.2").capability(0x05))
        #expect(msi.headlineText == "[80] MSI: Enable+ Count=1/1 Maskable- 64bit+")
        #expect(msi.register("Address")?.raw == 0xfee0_1004)
        #expect(msi.register("Data")?.raw == 0x25)
    }

    @Test func endpointDeviceCapabilities() throws {
        let express = try #require(try decoded("01:00.0").capability(0x10))
        #expect(express.title == "Express (v2) Endpoint, MSI 00")
        let devCap = try #require(express.register("DevCap"))
        #expect(devCap.field("L1Latency")?.value == .text("<1us"))
        #expect(devCap.field("FLReset")?.isSet == true)
        #expect(express.register("LnkCap2") == nil, "a zero LnkCap2 means the register is not implemented")
        #expect(express.register("LnkCtl2")?.field("TargetSpeed")?.value == .text("2.5GT/s"))
    }

    @Test func nonRootConfigSaysAccessDenied() throws {
        let machine = Machine.load(root: Fixtures.root("q35-nonroot"), pciIDs: "/nonexistent")
        let f = try #require(machine.function(PCIAddress(bus: 0, device: 3, function: 0)))
        let d = DecodedFunction.decode(f)
        #expect(d.configBytes == 64)
        #expect(d.header.bars.first?.address == 0xfeb5_0000)
        #expect(d.standardEnd == .accessDenied(pointer: 0x40, readable: 64))
        #expect(d.capabilities.isEmpty)
    }

    @Test func slotPowerWatts() {
        let w = ExpressCapabilityLayout.slotPower("SlotPowerLimitValue", "SlotPowerLimitScale")
        func watts(_ value: UInt64, _ scale: UInt64) -> String { w.text(amount: w.amount(value: value, scale: scale)) }
        #expect(watts(25, 0) == "25W")
        #expect(watts(75, 1) == "7.5W")
        #expect(watts(250, 2) == "2.5W")
        #expect(watts(5, 3) == "0.005W")
        #expect(watts(0, 1) == "0W")
        #expect(watts(255, 3) == "0.255W")
        #expect(watts(100, 3) == "0.1W")
    }

    @Test func jsonCarriesFieldsWithBitsRawAndValue() throws {
        let text = try decoded("00:03.0").json.render(pretty: false)
        #expect(text.contains(#"{"name":"BusMaster","bits":"2","raw":"0x1","value":true,"text":"BusMaster+"}"#))
        #expect(text.contains(#""capabilitiesEnd":{"reason":"terminated""#))
        #expect(text.contains(#""name":"MaxPayload","bits":"7:5","raw":"0x0","value":128,"text":"MaxPayload 128 bytes,""#))
    }

    @Test func extendedSpaceIsWalkedForExpressAndPCIXMode2Only() {
        var b = ConfigBuilder(count: 4096)
        b.cap(0x40, id: 0x07, next: 0)
        b.ext(0x100, id: 0x0003, next: 0)
        let conventional = DecodedFunction.decode(address: PCIAddress(bus: 0, device: 1, function: 0), config: b.config)
        #expect(conventional.extendedCapabilities.isEmpty && conventional.extendedEnd == .absent)
        b.put32(0x44, 0x4000_0000)   // PCI-X status: 266 MHz capable
        let mode2 = DecodedFunction.decode(address: PCIAddress(bus: 0, device: 1, function: 0), config: b.config)
        #expect(mode2.extendedCapabilities.map(\.id) == [0x0003])
    }
}
