import Testing
@testable import MMIOCore

/// The extended capabilities described as data (SR-IOV, Multicast, PRI, PASID, Resizable BAR,
/// PTM, TPH, DVSEC, VSEC, Data Link Feature, Physical Layer 16/32 GT/s, Lane Margining,
/// Secondary PCIe, Power Budgeting): named
/// config targets reach their fields on the hand-made decoders.lspci (make-dumps.py lists the
/// values) with the offset, bits and access of the tables, and field writes keep RW1C and
/// RsvdP bits as PCIe Base 6.0 §7.4 says.
@Suite struct ExtendedCapabilityLayoutTests {
    static let dump: LspciDump = {
        LspciDumpParser.parse(MachineRoot(Fixtures.directory).readText("/dumps/decoders.lspci") ?? "")
    }()

    struct Read {
        let named: ConfigNamedRegister
        let value: UInt64
        var field: FieldDefinition { named.field! }
    }

    /// `name` resolved on function `address` and the field's value read from the dump.
    func read(_ name: String, _ address: String = "00:00.0") throws -> Read {
        let a = try #require(PCIAddress(parsing: address))
        let f = try #require(Self.dump.functions.first { $0.address == a })
        let named = try ConfigNameResolver.resolve(try ConfigRegisterName.parse(name), in: f.config, function: a)
        let field = try #require(named.field, "\(name) names a field")
        let raw = try #require(f.config.value(at: named.offset, width: named.width.bytes))
        return Read(named: named, value: ConfigField.bits(raw, field.bits.lsb, field.bits.msb - field.bits.lsb + 1))
    }

    @Test func sriovFieldsByName() throws {
        // SR-IOV at 0x1b0 of 00:00.0: IOVCtl 0x0019, NumVFs 4, VF BAR0/1 one 64-bit prefetchable BAR.
        let mse = try read("ECAP_SRIOV.IOVCtl.MSE")
        #expect(mse.named.offset == 0x1b8 && mse.named.width == .bits16)
        #expect(mse.field.bits == BitRange(bit: 3) && mse.field.access == .readWrite && mse.value == 1)
        let num = try read("ECAP_SRIOV.NumVFs.Number")
        #expect(num.named.offset == 0x1c0 && num.named.width == .bits16 && num.value == 4 && num.field.access == .readWrite)
        #expect(try read("ECAP_SRIOV.TotalVFs.Total").value == 8)
        #expect(try read("ECAP_SRIOV.IOVSta.Migration").field.access == .writeOneToClear)
        #expect(try read("ECAP_SRIOV.VF offset.VFStride").value == 2)
        #expect(try read("ECAP_SRIOV.VF Device ID.VFDeviceID").value == 0x10d4)
        let bar0 = try read("ECAP_SRIOV.VF BAR0.Type")
        #expect(bar0.named.offset == 0x1d4 && bar0.value == 2, "64-bit")
        #expect(try read("ECAP_SRIOV.VF BAR0.Prefetchable").value == 1)
        // The dword after a 64-bit BAR is its upper half: one address field.
        #expect(try read("ECAP_SRIOV.VF BAR1.Address").field.bits == BitRange(lsb: 0, msb: 31))
        #expect(try read("ECAP_SRIOV+0x3c.l.BIR").named.layout?.label == "VF Migration")
    }

    @Test func otherExtendedCapabilitiesByName() throws {
        let groups = try read("ECAP_MCAST.McastCap.MaxGroups")
        #expect(groups.named.offset == 0x204 && groups.value == 0x3f && groups.field.access == .readOnly)
        #expect(try read("ECAP_MCAST.McastCtl.Enable").field.bits == BitRange(bit: 15))
        let stopped = try read("ECAP_PRI.PRISta.Stopped")
        #expect(stopped.named.offset == 0x236 && stopped.value == 1)
        #expect(try read("ECAP_PRI.PRISta.RF").field.access == .writeOneToClear)
        #expect(try read("ECAP_PRI.Page Request Capacity.Capacity").value == 0x200)
        #expect(try read("ECAP_PASID.PASIDCap.MaxPASIDWidth").value == 0x14)
        let size = try read("ECAP_REBAR.BAR entry 0 ctl.CurrentSize")
        #expect(size.named.offset == 0x268 && size.field.bits == BitRange(lsb: 8, msb: 13) && size.value == 8, "256 MB")
        #expect(size.field.access == .readWrite)
        let enabled = try read("ECAP_PTM.PTMControl.Enabled")
        #expect(enabled.named.offset == 0x2a8 && enabled.value == 1)
        // By offset, the full register (not lspci's one-field line at the same offset) is found.
        let effective = try read("ECAP_PTM+8.l.EffectiveGranularity")
        #expect(effective.named.layout?.label == "PTMControl" && effective.field.access == .readWrite)
        #expect(try read("ECAP_PTM.PTMCap.LocalClockGranularity").value == 4)
        #expect(try read("ECAP_TPH.TPHCap.STTableLocation").field.bits == BitRange(lsb: 9, msb: 10))
        #expect(try read("ECAP_DVSEC.DVSEC header 1.Vendor").value == 0x1e98)
        #expect(try read("ECAP_VNDR.VSEC header.ID").value == 0x1234)
        // Root port 00:01.0: Physical Layer 16 GT/s, Lane Margining, Data Link Feature.
        #expect(try read("ECAP_16GT.Phy16Sta.LinkEquRequest", "00:01.0").field.access == .writeOneToClear)
        #expect(try read("ECAP_LMR.PortSta.MargReady", "00:01.0").field.bits == BitRange(bit: 0))
        let features = try read("ECAP_DLNK.DLFCap.LocalFeatures", "00:01.0")
        #expect(features.value == 1 && features.field.bits == BitRange(lsb: 0, msb: 22))
        #expect(try read("ECAP2a.Phy32Sta.RxEnhLinkBehavior", "00:01.0").field.bits == BitRange(lsb: 6, msb: 7))
        #expect(try read("ECAP_SECPCI.LaneErrStat.Lanes", "00:01.0").field.access == .writeOneToClear)
        #expect(try read("ECAP_SECPCI.LnkCtl3.LowerSKPOSGenVector", "00:01.0").field.bits == BitRange(lsb: 9, msb: 15))
        // Per-lane registers, one per lane of LnkCap's Maximum Link Width (x8 on this root port).
        let lane7 = try read("ECAP_LMR.Lane7 Sta.MarginPayload", "00:01.0")
        #expect(lane7.named.offset == 0x1f0 + 0x0a + 4 * 7 && lane7.field.bits == BitRange(lsb: 8, msb: 15) && lane7.field.access == .readOnly)
        #expect(try read("ECAP_LMR.Lane0 Ctl.MarginType", "00:01.0").field.access == .readWrite)
        #expect(throws: AccessError.self) { try read("ECAP_LMR.Lane8 Ctl.MarginType", "00:01.0") }
        #expect(try read("ECAP_SECPCI.Lane3 EqCtl.UpstreamTxPreset", "00:01.0").named.offset == 0x158 + 0x0c + 2 * 3)
        #expect(try read("ECAP_16GT.Lane7 EqCtl.DownstreamTxPreset", "00:01.0").named.offset == 0x1c0 + 0x20 + 7)
        #expect(try read("ECAP2a.Lane1 EqCtl.UpstreamTxPreset", "00:01.0").field.bits == BitRange(lsb: 4, msb: 7))
        let state = try read("ECAP_PB.Data.PMState")
        #expect(state.named.offset == 0x188 && state.value == 3 && state.field.name(of: 3) == "D3")
        #expect(try read("ECAP_PB.DataSelect.DataSelect").field.access == .readWrite)
    }

    /// Values lspci derives: Power Budgeting's Base Power × Data Scale, Secondary PCIe's clean
    /// lane status as `0` (else the lanes in error), and its other fields decoded without text.
    @Test func derivedTextFromTheTables() throws {
        func function(_ address: String) throws -> DecodedFunction {
            let a = try #require(PCIAddress(parsing: address))
            return DecodedFunction.decode(address: a, config: try #require(Self.dump.functions.first { $0.address == a }).config)
        }
        let pb = try #require(try function("00:00.0").capability(0x04, space: .extended))
        let power = try #require(pb.register("Data")?.field("Power"))
        #expect(power.value == .number(25_000) && power.text == "25W" && power.lowBit == nil, "mW, printed as W")
        #expect(pb.register("Data")?.field("BasePower")?.text == "")
        let sec = try #require(try function("00:01.0").capability(0x19, space: .extended))
        #expect(sec.register("LaneErrStat")?.fields.map(\.text) == ["0"])
        #expect(sec.register("LnkCtl3")?.field("LowerSKPOSGenVector")?.text == "")
        var config = try #require(Self.dump.functions.first { $0.address == PCIAddress(parsing: "00:01.0") }).config
        config.bytes[0x158 + 8] = 0x05
        let lanes = DecodedFunction.decode(address: try #require(PCIAddress(parsing: "00:01.0")), config: config)
        #expect(lanes.capability(0x19, space: .extended)?.register("LaneErrStat")?.fields.map(\.text) == ["LaneErr at lane: 0 2"], "lanes 0 and 2, as lspci lists them")
    }

    /// TPH's Steering Tag table is described only where TPHCap puts it in the capability.
    @Test func steeringTagTableInTheTPHCapability() throws {
        let a = try #require(PCIAddress(parsing: "00:00.0"))
        var config = try #require(Self.dump.functions.first { $0.address == a }).config
        #expect(TPHRequesterLayout.registers(base: 0x2d0, in: config).count == 2, "No steering table available")
        // ST Table Location 01b, ST Table Size 3 (4 entries).
        config.bytes[0x2d0 + 5] = (config.bytes[0x2d0 + 5] & ~0x06) | 0x02
        config.bytes[0x2d0 + 6] = 3
        config.bytes[0x2d0 + 7] = 0
        #expect(TPHRequesterLayout.registers(base: 0x2d0, in: config).map(\.label) == ["TPHCap", "TPHCtl", "ST0", "ST1", "ST2", "ST3"])
        let upper = try ConfigNameResolver.resolve(try ConfigRegisterName.parse("ECAP_TPH.ST3.Upper"), in: config, function: a)
        #expect(upper.offset == 0x2d0 + 0x0c + 6 && upper.width == .bits16 && upper.field?.bits == BitRange(lsb: 8, msb: 15))
        #expect(throws: AccessError.self) { try ConfigNameResolver.resolve(try ConfigRegisterName.parse("ECAP_TPH.ST4.Upper"), in: config, function: a) }
        let tph = DecodedFunction.decode(address: a, config: config).capability(0x17, space: .extended)
        #expect(tph?.notes.contains("Steering table in TPH capability structure") == true)
        #expect(tph?.register("ST0")?.fields.map(\.text) == ["", ""], "no text: lspci prints no table")
    }

    @Test func fieldWritesKeepStatusAndReservedBits() throws {
        // IOVCtl: RsvdP 15:6 are written back as read; only MSE changes.
        let ctl = try read("ECAP_SRIOV.IOVCtl.MSE").named.definition
        let planner = FieldWritePlanner(register: ctl)
        let mse = try planner.assignment(field: "MSE", value: "0")
        #expect(planner.valueAndMask([mse]).mask == 0x0008)
        #expect(planner.newValue(current: 0xc019, [mse]) == 0xc011)
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "RsvdP15_6", value: "0") }
        // PRISta: clearing Response Failure leaves Unexpected PRG Index (RW1C) alone; Stopped is RO.
        let sta = FieldWritePlanner(register: try read("ECAP_PRI.PRISta.RF").named.definition)
        let rf = try sta.assignment(field: "RF", value: "1")
        #expect(sta.newValue(current: 0x0103, [rf]) == 0x0101)
        #expect(throws: FieldWriteError.self) { try sta.assignment(field: "Stopped", value: "0") }
        // PTM Control: RootSelected set, Effective Granularity and RsvdP 31:16 kept.
        let ptm = FieldWritePlanner(register: try read("ECAP_PTM.PTMControl.RootSelected").named.definition)
        let root = try ptm.assignment(field: "RootSelected", value: "1")
        #expect(ptm.newValue(current: 0xffff_0401, [root]) == 0xffff_0403)
        #expect(throws: FieldWriteError.self) { try FieldWritePlanner(register: try read("ECAP_SRIOV.IOVCap.Migration").named.definition).assignment(field: "Migration", value: "1") }
    }

    /// Every table of these capabilities: fields inside the register, no two fields sharing a
    /// bit except Data Link Feature's Scaled Flow Control (bit 0 of LocalFeatures), and every
    /// printed field a field of its register.
    @Test func tablesAreWellFormed() throws {
        let a = try #require(PCIAddress(parsing: "00:00.0"))
        let config = try #require(Self.dump.functions.first { $0.address == a }).config
        let tables: [(String, [ConfigRegisterLayout])] = [
            ("SR-IOV", SRIOVLayout.registers(base: 0x1b0, in: config)), ("Multicast", MulticastLayout.registers),
            ("PRI", PageRequestLayout.registers), ("PASID", PASIDLayout.registers), ("PTM", PrecisionTimeLayout.registers),
            ("RBAR", ResizableBARLayout.registers(base: 0x260, in: config)), ("TPH", TPHRequesterLayout.registers),
            ("DVSEC", DesignatedVendorLayout.registers), ("VSEC", VendorSpecificExtendedLayout.registers),
            ("DLF", DataLinkFeatureLayout.registers), ("PL16", PhysicalLayer16Layout.registers),
            ("PL32", PhysicalLayer32Layout.registers), ("LMR", LaneMarginingLayout.registers),
            ("SecPCIe", SecondaryPCIeLayout.registers), ("PB", PowerBudgetingLayout.registers),
            ("LMR lanes", LaneMarginingLayout.registers(in: config)), ("SecPCIe lanes", SecondaryPCIeLayout.registers(in: config)),
            ("PL16 lanes", PhysicalLayer16Layout.registers(in: config)), ("PL32 lanes", PhysicalLayer32Layout.registers(in: config)),
        ]
        for (name, layouts) in tables {
            #expect(!layouts.isEmpty, "\(name)")
            #expect(ConfigTableContext.unresolvedReferences(in: layouts) == [], "\(name)")
            for l in layouts {
                for f in l.fields {
                    #expect(f.bits.msb < l.width.bits, "\(name) \(l.label).\(f.name) beyond the register")
                    for g in l.fields where g.name != f.name && g.bits.overlaps(f.bits) {
                        #expect(Set([f.name, g.name]) == ["ScaledFlowControl", "LocalFeatures"], "\(name) \(l.label): \(f.name) overlaps \(g.name)")
                    }
                }
            }
        }
        #expect(SRIOVLayout.registers(base: 0x1b0, in: config).map(\.label).contains("VF BAR5"))
    }
}
