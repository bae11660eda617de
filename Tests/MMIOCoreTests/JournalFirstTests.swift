#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MMIOCore

/// The core's write sequence: intent durable before the device is touched, outcome after,
/// refusal when the intent cannot be journaled; and the journal read back.
@Suite struct JournalFirstTests {
    let dir = TemporaryDirectory()

    /// A memory register space that, at the moment of each write, records what the
    /// journal file holds: the proof that the intent came first.
    final class JournalWitnessSpace: RegisterSpace, @unchecked Sendable {
        let memory = MemorySpace(name: "witness", bytes: [0, 0, 0, 0], physicalBase: 0xfea00000)
        let journal: String
        var journalAtWrite: [String] = []
        init(journal: String) { self.journal = journal }
        var name: String { memory.name }
        var length: UInt64 { memory.length }
        var physicalBase: UInt64? { memory.physicalBase }
        var supportedWidths: [AccessWidth] { memory.supportedWidths }
        var isWritable: Bool { true }
        func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 { try memory.read(at: offset, width: width) }
        func write(_ value: UInt64, at offset: UInt64, width: AccessWidth) throws(AccessError) {
            journalAtWrite = WriteJournal(path: journal).lines()
            try memory.write(value, at: offset, width: width)
        }
    }

    @Test func intentIsOnDiskBeforeTheWriteAndOutcomeAfter() throws {
        let path = dir.path + "/j.jsonl"
        let space = JournalWitnessSpace(journal: path)
        let target = ResolvedTarget(target: .physical(0xfea00000), space: space, offset: 0)
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0xabcd)
        let done = try WriteJournal(path: path).commit(plan, to: target, machine: .live)
        #expect(space.journalAtWrite.count == 1, "exactly the intent was journaled when the device was written")
        #expect(space.journalAtWrite.first?.contains(#""id":"\#(done.id)","event":"intent""#) == true)
        #expect(space.journalAtWrite.first?.contains(#""new":"0x0000abcd""#) == true)
        let lines = WriteJournal(path: path).lines()
        #expect(lines.count == 2 && lines[1].contains(#""event":"outcome""#) && lines[1].contains(#""read_back":"0x0000abcd""#))
        #expect(done.outcomeError == nil && done.result.readBack == 0xabcd)
    }

    @Test(arguments: ["/dev/full", "/dev/null", "FILE/j.jsonl", "DIR"])
    func refusedIntentLeavesTheDeviceUntouched(_ place: String) throws {
        _ = FileIO.write(dir.path + "/FILE", Array("x".utf8))
        _ = FileIO.makeDirectories(dir.path + "/DIR")
        let path = place.hasPrefix("/") ? place : dir.path + "/" + place
        let space = MemorySpace(name: "m", bytes: [1, 2, 3, 4])
        let target = ResolvedTarget(target: .physical(0), space: space, offset: 0)
        let plan = try WritePlan.prepare(target, width: .bits32, value: 0xffffffff)
        do {
            _ = try WriteJournal(path: path).commit(plan, to: target, machine: .live)
            Issue.record("the write was not refused")
        } catch {
            #expect(error.reason == .journalUnavailable)
            #expect(error.fix == .pointJournalElsewhere(path: path))
            #expect(error.summary.hasPrefix("refused the write, the device is untouched"))
        }
        #expect(space.bytes == [1, 2, 3, 4])
    }

    @Test func failedDeviceWriteIsJournaledAsNotWritten() throws {
        let path = dir.path + "/j.jsonl"
        let space = MemorySpace(name: "ro", bytes: [0, 0], writable: false)
        let target = ResolvedTarget(target: .physical(0), space: space, offset: 0)
        let plan = try WritePlan.prepare(target, width: .bits16, value: 1)
        #expect(throws: AccessError.self) { try WriteJournal(path: path).commit(plan, to: target, machine: .live) }
        let history = try #require(try JournalHistory.load(path: path))
        #expect(history.records.count == 1)
        guard case .failed(let why, let written, let line)? = history.records.first?.outcome else {
            Issue.record("no failed outcome"); return
        }
        #expect(why.contains("read-only") && !written && line == 2)
    }

    @Test func historyPairsByIdAndReportsTheRest() {
        let text = """
        {"id":"a","event":"intent","time":"t1","machine":"/","target":"x","width":8,"old":"0x00","new":"0x01"}\r
        {"id":"b","event":"intent","time":"t2","machine":"/","target":"y","width":8,"old":"0x00","new":"0x02"}
        {"id":"a","event":"outcome","time":"t3","target":"x","written":true,"read_back":"0x01"}\r

        {"id":"a","event":"outcome","time":"t4","target":"x","written":true,"read_back":"0x01"}
        {"id":"b","event":"intent","time":"t2"
        {"id":"c","event":"intent","time":"t5","machine":"/","target":"z","width":12,"old":"0x0","new":"0x1"}
        """
        let h = JournalHistory(bytes: Array(text.utf8) + [0x0a, 0xff, 0x0a])
        #expect(h.records.map(\.target) == ["x", "y"])
        #expect(h.records[0].outcome == .readBack(1, line: 3))
        #expect(h.withoutOutcome.map(\.target) == ["y"])
        #expect(h.records[0].mask == 0xff, "a missing mask means the whole width")
        #expect(h.corrupt == [
            JournalCorruptLine(line: 5, reason: "a second outcome for id a"),
            JournalCorruptLine(line: 6, reason: "not a JSON object"),
            JournalCorruptLine(line: 7, reason: "no \"width\" of 8, 16, 32 or 64"),
            JournalCorruptLine(line: 8, reason: "not valid UTF-8"),
        ])
        #expect(JournalHistory(bytes: []).records.isEmpty)
    }
}
