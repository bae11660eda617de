import Testing
@testable import MMIOCore

@Suite struct WritePlanTests {
    func resolved(_ bytes: [UInt8]) -> (MemorySpace, ResolvedTarget) {
        let space = MemorySpace(name: "mem", bytes: bytes, physicalBase: 0xfea00000)
        return (space, ResolvedTarget(target: .physical(0xfea00000), space: space, offset: 0))
    }

    @Test func fullWriteShowsOldNewAndChangedBits() throws {
        let (space, target) = resolved([0x0f, 0, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0xf0)
        #expect(plan.old == 0x0f && plan.new == 0xf0)
        #expect(plan.changedBitNumbers == [7, 6, 5, 4, 3, 2, 1, 0])
        #expect(plan.physicalAddress == 0xfea00000)
        let result = try plan.commit(to: target)
        #expect(result.readBack == 0xf0 && result.readBackMatches)
        #expect(space.bytes == [0xf0, 0, 0, 0])
    }

    @Test func maskedWriteKeepsOtherBits() throws {
        let (space, target) = resolved([0x78, 0x56, 0x34, 0x12])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0x0000ab00, mask: 0x0000ff00)
        #expect(plan.new == 0x1234ab78)
        // Hardware changed the register between plan and commit: RMW uses the fresh value.
        space.poke([0x00], at: 3)
        let result = try plan.commit(to: target)
        #expect(result.before == 0x0034_5678)
        #expect(result.written == 0x0034_ab78)
        #expect(space.bytes == [0x78, 0xab, 0x34, 0x00])
    }

    @Test func rw1cBitsWrittenAsZeroUnlessTargeted() throws {
        // Status register: bits 0-3 are RW1C and currently set; bit 8 is an enable.
        let (_, target) = resolved([0x0f, 0x00, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0x100, mask: 0x100, zeroBits: 0xf)
        #expect(plan.new == 0x100, "setting the enable must not write 1s into the status bits (that would clear them)")
        let clearOne = try WritePlan.prepare(target, width: .bits32, value: 0x4, mask: 0x4, zeroBits: 0xf)
        #expect(clearOne.new == 0x4, "targeting one RW1C bit writes 1 there and 0 to the others")
    }

    @Test func valueTooWideIsRefused() {
        let (_, target) = resolved([0, 0, 0, 0])
        #expect(throws: AccessError.self) { try WritePlan.prepare(target, width: .bits8, value: 0x100) }
    }

    @Test func undoRestoresOld() throws {
        let (space, target) = resolved([1, 0, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits16, value: 0xbeef)
        _ = try plan.commit(to: target)
        #expect(plan.undo.new == 1)
        _ = try plan.undo.commit(to: target)
        #expect(space.bytes == [1, 0, 0, 0])
    }

    @Test func journalLineHasEveryField() throws {
        let (_, target) = resolved([0, 0, 0, 0])
        let result = try WritePlan.prepare(target, width: .bits32, value: 0x12345678).commit(to: target)
        let line = WriteJournal.line(for: result, machine: MachineRoot("/captures/q35"), time: 1_795_890_079.5)
        #expect(line == #"{"time":"2026-11-28T18:21:19.500Z","machine":"/captures/q35","target":"phys:0xfea00000","physical_address":"0xfea00000","offset":"0x0","width":32,"old":"0x00000000","new":"0x12345678","read_back":"0x12345678","mask":"0xffffffff"}"#)
    }

    @Test func journalAppendsAndCreatesDirectory() throws {
        let dir = TemporaryDirectory()
        let journal = WriteJournal(path: dir.path + "/state/hwx/journal.jsonl")
        let (_, target) = resolved([0, 0, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 1)
        try journal.append(try plan.commit(to: target), machine: .live)
        try journal.append(try plan.undo.commit(to: target), machine: .live)
        let lines = journal.lines()
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""new":"0x00000001""#))
        #expect(lines[1].contains(#""new":"0x00000000""#))
    }

    @Test func defaultJournalPathFollowsXDG() {
        #expect(WriteJournal.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/hwx/journal.jsonl")
        #expect(WriteJournal.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/hwx/journal.jsonl")
    }
}
