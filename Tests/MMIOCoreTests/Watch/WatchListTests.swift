import Testing
@testable import MMIOCore

/// The watch list over the shared scheduler: one read per word per tick, change events
/// with Δ and Δ/s, fields, and errors reported once.
@Suite struct WatchListTests {
    func space() -> MemorySpace { MemorySpace(name: "test BAR", bytes: [UInt8](repeating: 0, count: 64)) }

    @Test func aWordNamedTwiceIsReadOncePerTick() {
        let bar = space()
        let list = WatchList(scheduler: RefreshScheduler())
        let status = RegisterDefinition(name: "STS", offset: 8, width: .bits32, fields: [
            FieldDefinition(name: "RDY", bits: BitRange(bit: 0), access: .readOnly),
            FieldDefinition(name: "ERR", bits: BitRange(bit: 4), access: .writeOneToClear),
        ])
        list.add(WatchItem(label: "STS", space: bar, offset: 8, width: .bits32, register: status))
        list.add(WatchItem(label: "STS.RDY", space: bar, offset: 8, width: .bits32, register: status, field: status.fields[0]))
        list.add(WatchItem(label: "bar+8", space: bar, offset: 8, width: .bits32))
        list.add(WatchItem(label: "bar+0", space: bar, offset: 0, width: .bits64))
        let (report, events) = list.tick(at: 0)
        #expect(report.reads == 2)
        #expect(bar.readCount == 2)
        #expect(events.map(\.kind) == [.initial, .initial, .initial, .initial])
        _ = list.tick(at: 1)
        #expect(bar.readCount == 4)
    }

    @Test func changesCarryDeltaRateAndChangedFields() throws {
        let bar = space()
        let list = WatchList(scheduler: RefreshScheduler())
        let status = RegisterDefinition(name: "STS", offset: 8, width: .bits32, fields: [
            FieldDefinition(name: "RDY", bits: BitRange(bit: 0)), FieldDefinition(name: "MODE", bits: BitRange(lsb: 4, msb: 7)),
        ])
        list.add(WatchItem(label: "counter", space: bar, offset: 0, width: .bits64))
        list.add(WatchItem(label: "STS", space: bar, offset: 8, width: .bits32, register: status))
        list.add(WatchItem(label: "STS.MODE", space: bar, offset: 8, width: .bits32, register: status, field: status.fields[1]))
        _ = list.tick(at: 0)
        #expect(list.tick(at: 0.5).events.isEmpty)
        bar.poke([0x40, 0x42, 0x0f, 0], at: 0)     // counter 0 → 1_000_000
        bar.poke([0x31], at: 8)                    // RDY 0→1, MODE 0→3
        let events = list.tick(at: 1.0).events
        #expect(events.count == 3)
        let counter = try #require(events.first { $0.item == 0 })
        #expect(counter.kind == .changed)
        #expect(counter.delta == 1_000_000)
        #expect(counter.ratePerSecond == 2_000_000)
        let sts = try #require(events.first { $0.item == 1 })
        #expect(sts.changedFields == [.init(name: "RDY", old: 0, new: 1), .init(name: "MODE", old: 0, new: 3)])
        let mode = try #require(events.first { $0.item == 2 })
        #expect(mode.value == 3)
        #expect(mode.previous == 0)
        #expect(mode.changedFields == [])
        #expect(list.history[0].map(\.value) == [0, 0, 1_000_000])
        #expect(list.lastChange[0] == 1.0)
    }

    @Test func aWrappingCounterHasANegativeDelta() throws {
        let bar = space()
        bar.poke([0xff, 0xff, 0xff, 0xff], at: 0)
        let list = WatchList(scheduler: RefreshScheduler())
        list.add(WatchItem(label: "c", space: bar, offset: 0, width: .bits32))
        _ = list.tick(at: 0)
        bar.poke([0x00, 0x00, 0x00, 0x00], at: 0)
        let e = try #require(list.tick(at: 1).events.first)
        #expect(e.delta == -0xffff_ffff)
    }

    @Test func errorsAreReportedOnceAndRecover() {
        let bar = space()
        let list = WatchList(scheduler: RefreshScheduler())
        list.add(WatchItem(label: "past end", space: bar, offset: 64, width: .bits32))
        let first = list.tick(at: 0).events
        #expect(first.count == 1)
        if case .failed(let error) = first.first?.kind { #expect(error.reason == .outOfRange) } else { Issue.record("expected an error event") }
        #expect(list.tick(at: 1).events.isEmpty)
    }

    @Test func historyIsBounded() {
        let bar = space()
        let list = WatchList(scheduler: RefreshScheduler(), historyLength: 3)
        list.add(WatchItem(label: "c", space: bar, offset: 0, width: .bits8))
        for t in 0..<5 {
            bar.poke([UInt8(t)], at: 0)
            _ = list.tick(at: Double(t))
        }
        #expect(list.history[0].map(\.value) == [2, 3, 4])
    }
}
