import Testing
@testable import MMIOCore

@Suite struct WritePlanTests {
    let dir = TemporaryDirectory()

    /// Every write goes through the journal; these tests keep it in a temporary directory.
    func commit(_ plan: WritePlan, _ target: ResolvedTarget) throws -> WriteResult {
        try WriteJournal(path: dir.path + "/journal.jsonl").commit(plan, to: target, machine: .live).result
    }

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
        let result = try commit(plan, target)
        #expect(result.readBack == 0xf0 && result.readBackMatches)
        #expect(space.bytes == [0xf0, 0, 0, 0])
    }

    @Test func maskedWriteKeepsOtherBits() throws {
        let (space, target) = resolved([0x78, 0x56, 0x34, 0x12])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0x0000ab00, mask: 0x0000ff00)
        #expect(plan.new == 0x1234ab78)
        // Hardware changed the register between plan and commit: RMW uses the fresh value.
        space.poke([0x00], at: 3)
        let result = try commit(plan, target)
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
        _ = try commit(plan, target)
        #expect(plan.undo.new == 1)
        _ = try commit(plan.undo, target)
        #expect(space.bytes == [1, 0, 0, 0])
    }

    @Test func intentAndOutcomeLinesHaveEveryField() throws {
        let (_, target) = resolved([0, 0, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0x12345678)
        let intent = WriteJournal.intentLine(id: "00000000000000aa", time: 1_795_890_079.5, machine: MachineRoot("/captures/q35"),
                                             plan: plan, before: 0, written: 0x12345678)
        #expect(intent == #"{"id":"00000000000000aa","event":"intent","time":"2026-11-28T18:21:19.500Z","machine":"/captures/q35","target":"phys:0xfea00000","physical_address":"0xfea00000","offset":"0x0","width":32,"old":"0x00000000","new":"0x12345678","mask":"0xffffffff"}"#)
        let outcome = WriteJournal.outcomeLine(id: "00000000000000aa", time: 1_795_890_079.5, plan: plan, readBack: 0x12345678, written: true, error: nil)
        #expect(outcome == #"{"id":"00000000000000aa","event":"outcome","time":"2026-11-28T18:21:19.500Z","target":"phys:0xfea00000","written":true,"read_back":"0x12345678"}"#)
    }

    @Test func journalAppendsIntentThenOutcomeAndCreatesDirectory() throws {
        let journal = WriteJournal(path: dir.path + "/state/hwx/journal.jsonl")
        let (_, target) = resolved([0, 0, 0, 0])
        let plan = try WritePlan.prepare(target, width: .bits32, value: 1)
        let first = try journal.commit(plan, to: target, machine: .live)
        let second = try journal.commit(plan.undo, to: target, machine: .live)
        #expect(first.id != second.id)
        let lines = journal.lines()
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""id":"\#(first.id)","event":"intent""#) && lines[0].contains(#""new":"0x00000001""#))
        #expect(lines[1].contains(#""id":"\#(first.id)","event":"outcome""#) && lines[1].contains(#""read_back":"0x00000001""#))
        #expect(lines[2].contains(#""event":"intent""#) && lines[2].contains(#""new":"0x00000000""#))
        let history = JournalHistory(bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(history.records.map(\.new) == [1, 0])
        #expect(history.withoutOutcome.isEmpty && history.corrupt.isEmpty)
    }

    @Test func defaultJournalPathFollowsXDG() {
        #expect(WriteJournal.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/hwx/journal.jsonl")
        #expect(WriteJournal.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/hwx/journal.jsonl")
    }
}
