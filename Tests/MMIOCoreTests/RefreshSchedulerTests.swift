import Testing
@testable import MMIOCore

@Suite struct RefreshSchedulerTests {
    @Test func eachWordReadOncePerTickAcrossSubscribers() {
        let space = MemorySpace(name: "bar", bytes: Array(repeating: 0, count: 64))
        let scheduler = RefreshScheduler()
        let hexView = scheduler.subscribe(space, offsets: stride(from: UInt64(0), to: 32, by: 4), width: .bits32)
        let registerView = scheduler.subscribe(space, offsets: [0, 4, 8], width: .bits32)
        _ = hexView; _ = registerView
        let report = scheduler.tick()
        #expect(report.reads == 8)
        #expect(space.readCount == 8)
        scheduler.tick()
        #expect(space.readCount == 16)
    }

    @Test func differentWidthsAreDifferentWords() {
        let space = MemorySpace(name: "bar", bytes: Array(repeating: 0, count: 16))
        let scheduler = RefreshScheduler()
        _ = scheduler.subscribe(space, offsets: [0], width: .bits32)
        _ = scheduler.subscribe(space, offsets: [0], width: .bits8)
        #expect(scheduler.tick().reads == 2)
    }

    @Test func changesAreReportedWithPreviousValue() throws {
        let space = MemorySpace(name: "bar", bytes: [1, 0, 0, 0, 2, 0, 0, 0])
        let scheduler = RefreshScheduler()
        _ = scheduler.subscribe(space, offsets: [0, 4], width: .bits32)
        #expect(scheduler.tick().changed.isEmpty, "the first read is a baseline, not a change")
        space.poke([0x11], at: 4)
        let report = scheduler.tick()
        #expect(report.changed == [WordKey(space: space, offset: 4, width: .bits32)])
        let sample = try #require(scheduler.sample(space, offset: 4, width: .bits32))
        #expect(sample.value == 0x11 && sample.previous == 2)
        #expect(sample.changedBits == 0x13)
        #expect(sample.changedAtTick == 2)
        #expect(scheduler.sample(space, offset: 0, width: .bits32)?.changedAtTick == nil)
    }

    @Test func errorsAreKeptPerWord() throws {
        let space = MemorySpace(name: "bar", bytes: Array(repeating: 0, count: 8))
        let scheduler = RefreshScheduler()
        _ = scheduler.subscribe(space, offsets: [4, 8], width: .bits32)
        let report = scheduler.tick()
        #expect(report.errors.count == 1)
        #expect(report.lastError?.reason == .outOfRange)
        #expect(scheduler.sample(space, offset: 4, width: .bits32)?.value == 0)
        #expect(scheduler.sample(space, offset: 8, width: .bits32)?.error?.reason == .outOfRange)
    }

    @Test func unsubscribingStopsReads() {
        let space = MemorySpace(name: "bar", bytes: Array(repeating: 0, count: 16))
        let scheduler = RefreshScheduler()
        let sub = scheduler.subscribe(space, offsets: [0, 4], width: .bits32)
        scheduler.tick()
        scheduler.unsubscribe(sub)
        #expect(scheduler.tick().reads == 0)
        #expect(scheduler.sample(space, offset: 0, width: .bits32) == nil)
    }

    @Test func updateMovesTheWindow() {
        let space = MemorySpace(name: "bar", bytes: Array(repeating: 0, count: 64))
        let scheduler = RefreshScheduler()
        let sub = scheduler.subscribe(space, offsets: [0, 4], width: .bits32)
        scheduler.update(sub, space: space, offsets: [32, 36, 40], width: .bits32)
        #expect(scheduler.watchedWords.map(\.offset).sorted() == [32, 36, 40])
    }
}
