import Testing
@testable import MMIOCore

/// Field writes: one read-modify-write at the register's width; RW1C/RW1S/WO bits written
/// as 0 unless targeted.
@Suite struct FieldWritePlannerTests {
    let status = RegisterDefinition(name: "STS", offset: 0x8, width: .bits32, fields: [
        FieldDefinition(name: "EN", bits: BitRange(bit: 0)),
        FieldDefinition(name: "MODE", bits: BitRange(lsb: 4, msb: 7), values: [EnumeratedValue(value: 3, name: "FAST")]),
        FieldDefinition(name: "ERR", bits: BitRange(bit: 8), access: .writeOneToClear),
        FieldDefinition(name: "DONE", bits: BitRange(bit: 9), access: .writeOneToClear),
        FieldDefinition(name: "GO", bits: BitRange(bit: 10), access: .writeOneToSet),
        FieldDefinition(name: "KICK", bits: BitRange(bit: 11), access: .writeOnly),
        FieldDefinition(name: "READY", bits: BitRange(bit: 12), access: .readOnly),
        FieldDefinition(name: "RSVD", bits: BitRange(lsb: 16, msb: 31), access: .reserved),
    ])

    var planner: FieldWritePlanner { FieldWritePlanner(register: status) }

    @Test func settingAFieldKeepsOthersAndDoesNotClearStatusBits() throws {
        let current: UInt64 = 0xabcd_1f01 // EN=1, ERR=1, DONE=1, GO=1, KICK=1, READY=1, RSVD=0xabcd
        let a = try planner.assignment(field: "MODE", value: "FAST")
        let (value, mask) = planner.valueAndMask([a])
        #expect(mask == 0x0000_0ff0)    // MODE + untargeted ERR, DONE, GO, KICK
        #expect(value == 0x0000_0030)
        #expect(planner.newValue(current: current, [a]) == 0xabcd_1031)
    }

    @Test func targetingAnRW1CFieldClearsOnlyThatOne() throws {
        let current: UInt64 = 0x0000_0301 // ERR and DONE pending
        let a = try planner.assignment(field: "ERR", value: "1")
        #expect(planner.newValue(current: current, [a]) == 0x0000_0101)
        // Written value: ERR=1 (clears it), DONE=0 (left pending), EN kept.
    }

    @Test func severalFieldsInOneWrite() throws {
        let a = try planner.assignment(field: "EN", value: "0")
        let b = try planner.assignment(field: "mode", value: "0x2")
        #expect(planner.newValue(current: 0x0000_10f1, [a, b]) == 0x0000_1020)
    }

    @Test func refusesReadOnlyReservedUnknownAndOversizedValues() {
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "READY", value: "1") }
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "RSVD", value: "1") }
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "NOPE", value: "1") }
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "MODE", value: "16") }
        #expect(throws: FieldWriteError.self) { try planner.assignment(field: "MODE", value: "SLOW") }
        do { _ = try planner.assignment(field: "MODE", value: "SLOW") } catch {
            #expect(error.message == "\"SLOW\" is not a number or a value name of STS.MODE")
            #expect(error.fix == .advice("use a number or one of: FAST"))
        }
    }

    @Test func widthLimitsTheMask() throws {
        let byte = RegisterDefinition(name: "B", offset: 0, width: .bits8, fields: [FieldDefinition(name: "F", bits: BitRange(lsb: 0, msb: 7))])
        let p = FieldWritePlanner(register: byte)
        let a = try p.assignment(field: "F", value: "0xff")
        #expect(p.valueAndMask([a]) == (value: 0xff, mask: 0xff))
    }

    @Test func nvmeCCEnableLeavesTheRestAlone() throws {
        let cc = try #require(RegisterMapCatalog.shipped.map(named: "nvme")?.register(named: "CC"))
        let p = FieldWritePlanner(register: cc)
        let current: UInt64 = 0x0046_0000 // IOCQES=4, IOSQES=6, EN=0
        #expect(p.newValue(current: current, [try p.assignment(field: "EN", value: "1")]) == 0x0046_0001)
        #expect(p.newValue(current: current, [try p.assignment(field: "SHN", value: "NORMAL")]) == 0x0046_4000)
    }

    @Test func xhciPortscWriteNeverDisablesThePortByAccident() throws {
        let portsc = try #require(RegisterMapCatalog.shipped.map(named: "xhci")?.register(named: "PORTSC1"))
        let p = FieldWritePlanner(register: portsc)
        let current: UInt64 = 0x0002_0203 // CCS, PED, PP, CSC
        let a = try p.assignment(field: "CSC", value: "1")
        let written = p.newValue(current: current, [a])
        #expect(written & 0x2 == 0, "PED (RW1C: 1 disables the port) must be written as 0")
        #expect(written & 0x0002_0000 != 0, "CSC targeted: written as 1 to clear it")
        #expect(written & 0x200 != 0, "PP kept")
    }
}
