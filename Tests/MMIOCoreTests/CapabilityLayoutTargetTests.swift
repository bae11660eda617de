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
    ]

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
