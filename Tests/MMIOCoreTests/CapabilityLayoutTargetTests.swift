import Testing
@testable import MMIOCore

/// The layout tables of VPD, Slot ID, PCI-X, Vendor Specific, Debug port, Bridge subsystem,
/// Advanced Features, ACS, ARI, ATS, DSN, DPC and the RCEC association name config targets:
/// each name below resolves on decoders.lspci (make-dumps.py lists the bytes) to the offset,
/// width, bits and access of the spec, and the field's bits read from the dump are the value
/// the decoder shows for the same field (one table drives both).
@Suite struct CapabilityLayoutTargetTests {
    static let dump: LspciDump = LspciDumpParser.parse(MachineRoot(Fixtures.directory).readText("/dumps/decoders.lspci") ?? "")

    struct Expected {
        let name: String, address: String, offset: Int, width: AccessWidth, bits: BitRange, access: FieldAccess, value: UInt64
        /// The decoded capability (ID, space) and register label the same field shows up in.
        let capability: (UInt16, DecodedCapability.Space), register: String, field: String
    }

    static let expected: [Expected] = [
        Expected(name: "ECAP_ATS+6.w.Enable", address: "00:00.0", offset: 0x1a6, width: .bits16, bits: BitRange(bit: 15), access: .readWrite,
                 value: 1, capability: (0x0f, .extended), register: "ATSCtl", field: "Enable"),
        Expected(name: "ECAP_ATS.ATSCap.PageAlignedRequest", address: "00:00.0", offset: 0x1a4, width: .bits16, bits: BitRange(bit: 5),
                 access: .readOnly, value: 1, capability: (0x0f, .extended), register: "ATSCap", field: "PageAlignedRequest"),
        Expected(name: "ECAP_ARI.ARICap.NextFunction", address: "00:00.0", offset: 0x194, width: .bits16, bits: BitRange(lsb: 8, msb: 15),
                 access: .readOnly, value: 1, capability: (0x0e, .extended), register: "ARICap", field: "NextFunction"),
        Expected(name: "ECAP_DSN.SerialHigh.Serial", address: "00:00.0", offset: 0x148, width: .bits32, bits: BitRange(lsb: 0, msb: 31),
                 access: .readOnly, value: 0x9abcdef0, capability: (0x03, .extended), register: "Serial", field: "Serial"),
        Expected(name: "ECAP_ACS.ACSCtl.TransBlk", address: "00:01.0", offset: 0x14e, width: .bits16, bits: BitRange(bit: 1),
                 access: .readWrite, value: 0, capability: (0x0d, .extended), register: "ACSCtl", field: "TransBlk"),
        Expected(name: "ECAP_DPC.DpcCap.RPPIOLogSize", address: "00:01.0", offset: 0x184, width: .bits16, bits: BitRange(lsb: 8, msb: 11),
                 access: .readOnly, value: 15, capability: (0x1d, .extended), register: "DpcCap", field: "RPPIOLogSize"),
        Expected(name: "ECAP_DPC+8.w.Trigger", address: "00:01.0", offset: 0x188, width: .bits16, bits: BitRange(bit: 0),
                 access: .writeOneToClear, value: 0, capability: (0x1d, .extended), register: "DpcSta", field: "Trigger"),
        Expected(name: "ECAP_DPC.DpcCtl.Trigger", address: "00:01.0", offset: 0x186, width: .bits16, bits: BitRange(lsb: 0, msb: 1),
                 access: .readWrite, value: 1, capability: (0x1d, .extended), register: "DpcCtl", field: "Trigger"),
        Expected(name: "CAP_SSVID.SSVID.SubsystemID", address: "00:01.0", offset: 0x44, width: .bits32, bits: BitRange(lsb: 16, msb: 31),
                 access: .readOnly, value: 0x7777, capability: (0x0d, .standard), register: "SSVID", field: "SubsystemID"),
        Expected(name: "CAP_PCIX.Status.133MHz", address: "00:03.0", offset: 0x44, width: .bits32, bits: BitRange(bit: 17),
                 access: .readOnly, value: 1, capability: (0x07, .standard), register: "Status", field: "133MHz"),
        Expected(name: "CAP_PCIX.Command.RBC", address: "00:03.0", offset: 0x42, width: .bits16, bits: BitRange(lsb: 2, msb: 3),
                 access: .readWrite, value: 0, capability: (0x07, .standard), register: "Command", field: "RBC"),
        Expected(name: "CAP_SLOTID+2.w.Chassis", address: "00:03.0", offset: 0x62, width: .bits16, bits: BitRange(lsb: 8, msb: 15),
                 access: .readWrite, value: 4, capability: (0x04, .standard), register: "Slot ID", field: "Chassis"),
        Expected(name: "CAP_DBG.Debug port.BAR", address: "00:03.0", offset: 0x6a, width: .bits16, bits: BitRange(lsb: 13, msb: 15),
                 access: .readOnly, value: 1, capability: (0x0a, .standard), register: "Debug port", field: "BAR"),
        Expected(name: "CAP_AF.AFCap.FLR", address: "00:03.0", offset: 0x73, width: .bits8, bits: BitRange(bit: 1),
                 access: .readOnly, value: 1, capability: (0x13, .standard), register: "AFCap", field: "FLR"),
        Expected(name: "CAP_VPD.VPD Address.F", address: "00:00.0", offset: 0xc2, width: .bits16, bits: BitRange(bit: 15),
                 access: .readWrite, value: 0, capability: (0x03, .standard), register: "VPD Address", field: "F"),
        Expected(name: "CAP_VNDR+2.b.Len", address: "00:00.0", offset: 0xd2, width: .bits8, bits: BitRange(lsb: 0, msb: 7),
                 access: .readOnly, value: 0x10, capability: (0x09, .standard), register: "Length", field: "Len"),
        Expected(name: "ECAP_RCEC.RCiEPBitmap.AssociationBitmap", address: "00:06.0", offset: 0x144, width: .bits32, bits: BitRange(lsb: 0, msb: 31),
                 access: .readOnly, value: 0xff, capability: (0x07, .extended), register: "RCiEPBitmap", field: "AssociationBitmap"),
        Expected(name: "ECAP_LTR.Max snoop latency.Scale", address: "00:00.0", offset: 0x284, width: .bits16, bits: BitRange(lsb: 10, msb: 12),
                 access: .readWrite, value: 4, capability: (0x18, .extended), register: "Max snoop latency", field: "Scale"),
        Expected(name: "ECAP_LTR+6.w.Value", address: "00:00.0", offset: 0x286, width: .bits16, bits: BitRange(lsb: 0, msb: 9),
                 access: .readWrite, value: 3, capability: (0x18, .extended), register: "Max no snoop latency", field: "Value"),
        Expected(name: "ECAP_L1PM.L1SubCap.PortTPowerOnValue", address: "00:00.0", offset: 0x294, width: .bits32, bits: BitRange(lsb: 19, msb: 23),
                 access: .readOnly, value: 5, capability: (0x1e, .extended), register: "L1SubCap", field: "PortTPowerOnValue"),
        Expected(name: "ECAP_L1PM.L1SubCtl1.ASPM_L1_1", address: "00:01.0", offset: 0x1a8, width: .bits32, bits: BitRange(bit: 3),
                 access: .readWrite, value: 0, capability: (0x1e, .extended), register: "L1SubCtl1", field: "ASPM_L1.1"),
        Expected(name: "CAP_EA.Entry 0.Enable", address: "00:03.0", offset: 0x7c, width: .bits32, bits: BitRange(bit: 31),
                 access: .readWrite, value: 0, capability: (0x14, .standard), register: "Entry 0", field: "Enable"),
        Expected(name: "CAP_EA.Entry 0.BEI", address: "00:03.0", offset: 0x7c, width: .bits32, bits: BitRange(lsb: 4, msb: 7),
                 access: .readOnly, value: 0, capability: (0x14, .standard), register: "Entry 0", field: "BEI"),
        Expected(name: "CAP_EA+2.w.NumEntries", address: "00:03.0", offset: 0x7a, width: .bits16, bits: BitRange(lsb: 0, msb: 5),
                 access: .readOnly, value: 1, capability: (0x14, .standard), register: "NumEntries", field: "NumEntries"),
    ]

    /// Enhanced Allocation (PCI EA ECN): the base's upper dword follows max offset when bit 1
    /// says 64-bit, named `Entry n BaseHigh`; Base and MaxOffset print as lspci 3.9 does (upper
    /// dword in hex, lower in 8 digits: `03fffffff` on the real ThunderX dump).
    @Test func enhancedAllocationEntries() throws {
        let address = try #require(PCIAddress(parsing: "00:03.0"))
        let function = try #require(Self.dump.functions.first { $0.address == address })
        let high = try ConfigNameResolver.resolve(try ConfigRegisterName.parse("CAP_EA.Entry 0 BaseHigh.High"), in: function.config, function: address)
        #expect(high.offset == 0x88 && high.field?.bits == BitRange(lsb: 0, msb: 31))
        #expect(function.config.value(at: high.offset, width: 4) == 0x000ffffc)
        #expect(throws: AccessError.self) {
            try ConfigNameResolver.resolve(try ConfigRegisterName.parse("CAP_EA.Entry 0 MaxOffsetHigh"), in: function.config, function: address)
        }
        let text = MachineRoot(Fixtures.directory).readText("/dumps/pciutils/cap-ea-1.lspci") ?? ""
        let nic = try #require(PCIAddress(parsing: "0002:01:00.0"))
        let f = try #require(LspciDumpParser.parse(text).functions.first { $0.address == nic })
        let ea = try #require(DecodedFunction.decode(address: nic, config: f.config).capability(0x14))
        #expect(ea.headlineText == "[98] Enhanced Allocation (EA): NumEntries=4")
        let range = try #require(ea.register("Entry 0 range"))
        #expect(range.fields.map(\.text) == ["Base: 843000000000", "MaxOffset: 03fffffff"])
        #expect(range.field("Base")?.value == .number(0x8430_0000_0000))
        #expect(ea.register("Entry 0")?.field("SecondaryProperties")?.text == "SecondaryProperties: entry unavailable for use, PrimaryProperties should be used")
        #expect(ea.register("Entry 2")?.field("BEI")?.text == "BAR Equivalent Indicator: VF-BAR 0")
    }

    /// A field whose lspci name has a dot is typed with `_`, and the error listing a register's
    /// fields spells them that way.
    @Test func dottedFieldNamesAreTypedWithUnderscores() throws {
        let address = try #require(PCIAddress(parsing: "00:00.0"))
        let function = try #require(Self.dump.functions.first { $0.address == address })
        let name = try ConfigRegisterName.parse("ECAP_L1PM.L1SubCtl1.LTR1_2_ThresholdScale")
        #expect(try ConfigNameResolver.resolve(name, in: function.config, function: address).field?.bits == BitRange(lsb: 29, msb: 31))
        let unknown = try ConfigRegisterName.parse("ECAP_L1PM.L1SubCtl1.Nope")
        let result = Result { () throws(AccessError) in try ConfigNameResolver.resolve(unknown, in: function.config, function: address) }
        guard case .failure(let error) = result, case .advice(let text)? = error.fix else {
            Issue.record("an unknown field resolved, or its error has no advice")
            return
        }
        #expect(text.contains("PCI-PM_L1_2 PCI-PM_L1_1 ASPM_L1_2 ASPM_L1_1 CommonModeRestoreTime LTR1_2_ThresholdValue"), "\(text)")
    }

    /// LTR and L1 PM Substates print value × scale from their tables (PCIe 6.0 §7.8.2, §7.8.3):
    /// 3 × 32^4 ns, 5 × 2 µs.
    @Test func scaledTimesFromTheTables() throws {
        let address = try #require(PCIAddress(parsing: "00:00.0"))
        let function = try #require(Self.dump.functions.first { $0.address == address })
        let decoded = DecodedFunction.decode(address: address, config: function.config)
        let ltr = try #require(decoded.capability(0x18, space: .extended)?.register("Max snoop latency"))
        #expect(ltr.field("Latency")?.text == "3145728ns" && ltr.field("Latency")?.value == .number(3_145_728))
        #expect(ltr.field("Latency")?.raw == 0x1003, "value and scale bits together")
        let l1 = try #require(decoded.capability(0x1e, space: .extended))
        #expect(l1.register("L1SubCap")?.field("PortTPowerOnTime")?.text == "PortTPowerOnTime=10us")
        #expect(l1.register("L1SubCtl2")?.field("T_PwrOn")?.value == .number(10))
    }

    /// lspci's `[none]` for an RCEC that lists no RCiEP and no bus (next bus 0xff, last bus 0;
    /// PCIe 6.0 §7.9.10), on a real machine's dump; a range otherwise.
    @Test func eventCollectorAssociationNone() throws {
        let text = MachineRoot(Fixtures.directory).readText("/dumps/pciutils/cap-rcec.lspci") ?? ""
        let address = try #require(PCIAddress(parsing: "6a:00.4"))
        let function = try #require(LspciDumpParser.parse(text).functions.first { $0.address == address })
        let cap = try #require(DecodedFunction.decode(address: address, config: function.config).capability(0x07, space: .extended))
        #expect(cap.registers.flatMap { ShowTextRenderer.registerLines($0, indent: "") } == ["RCiEPBitmap: [none]", "AssociatedBusNumbers: [none]"])
        var bytes = function.config.bytes
        bytes[cap.offset + 4] = 0x05; bytes[cap.offset + 9] = 0x01; bytes[cap.offset + 10] = 0x03
        let changed = try #require(DecodedFunction.decode(address: address, config: ConfigSpace(bytes: bytes)).capability(0x07, space: .extended))
        #expect(changed.registers.flatMap { ShowTextRenderer.registerLines($0, indent: "") }
                == ["RCiEPBitmap: RCiEP at Device(s): 0, 2", "AssociatedBusNumbers: 01-03"])
        #expect(changed.register("AssociatedBusNumbers")?.field("LastBus")?.raw == 3)
    }

    @Test(arguments: expected.indices)
    func namedFieldReadsItsBitsFromTheDump(_ index: Int) throws {
        let e = Self.expected[index]
        let address = try #require(PCIAddress(parsing: e.address))
        let function = try #require(Self.dump.functions.first { $0.address == address })
        let named = try ConfigNameResolver.resolve(try ConfigRegisterName.parse(e.name), in: function.config, function: address)
        #expect(named.offset == e.offset, "\(e.name)")
        #expect(named.width == e.width, "\(e.name)")
        let field = try #require(named.field, "\(e.name) names a field")
        #expect(field.bits == e.bits && field.access == e.access, "\(e.name): \(field.bits) \(field.access)")
        let register = try #require(function.config.value(at: named.offset, width: named.width.bytes))
        #expect(field.bits.extract(from: register) == e.value, "\(e.name) reads 0x\(String(field.bits.extract(from: register), radix: 16))")
        // The decoder shows the same bits under the same name.
        let decoded = DecodedFunction.decode(address: address, config: function.config)
        let cap = try #require(decoded.capability(e.capability.0, space: e.capability.1))
        let shown = try #require(cap.register(e.register)?.field(e.field), "\(e.register).\(e.field) decoded")
        #expect(shown.raw == e.value || e.register == "Serial", "\(e.name): decoded \(shown.raw)")
        #expect(named.layout?.spec.isEmpty == false)
    }

    /// A field write in DPC (PCIe 6.0 §7.9.14): clearing DPC Trigger Status writes 1 to it
    /// alone, so DPC Interrupt Status (RW1C) set on read is not cleared by accident and the
    /// RsvdZ bits go out as 0; in DPC Control the RsvdP bits 15:8 are written back as read.
    @Test func dpcFieldWritesLeaveStatusBitsAloneAndKeepReservedBits() throws {
        let layouts = DownstreamPortContainmentLayout.registers
        let status = try #require(layouts.first { $0.label == "DpcSta" }).definition(base: 0x180)
        #expect(status.offset == 0x188)
        let sta = FieldWritePlanner(register: status)
        let clear = try sta.assignment(field: "Trigger", value: "1")
        // Read: Trigger, INT, RsvdZ 15:13 and bit 7 set; Reason 2 (ERR_FATAL).
        #expect(sta.newValue(current: 0xe08d, [clear]) == 0x0005, "only Trigger written 1; RO Reason as read")
        #expect(throws: FieldWriteError.self) { try sta.assignment(field: "RPBusy", value: "1") }
        let control = try #require(layouts.first { $0.label == "DpcCtl" }).definition(base: 0x180)
        let ctl = FieldWritePlanner(register: control)
        let trigger = try ctl.assignment(field: "Trigger", value: "non-fatal or fatal")
        #expect(ctl.newValue(current: 0xff09, [trigger]) == 0xff0a, "RsvdP 15:8 kept, INT enable kept")
        let byNumber = try ctl.assignment(field: "Trigger", value: "2")
        #expect(ctl.newValue(current: 0x0001, [byNumber]) == 0x0002)
    }
}
