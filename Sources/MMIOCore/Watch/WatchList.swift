/// A cross-device watch list over the shared `RefreshScheduler`: each tick reads every
/// distinct word once (two items naming the same word share the read), then reports per
/// item its first value, changes (with Δ and Δ/s), and new errors. Keeps a short history
/// per item for sparklines. Items whose register has read side effects are the caller's
/// decision: the list polls whatever it is given.
public final class WatchList {
    public private(set) var items: [WatchItem] = []
    /// Recent (time, value) samples per item, oldest first, at most `historyLength`.
    public private(set) var history: [[(time: Double, value: UInt64)]] = []
    public let historyLength: Int
    private let scheduler: RefreshScheduler
    private var subscriptions: [RefreshScheduler.Subscription] = []
    private var last: [(time: Double, value: UInt64)?] = []
    private var lastError: [AccessError?] = []
    /// Time of the last change per item.
    public private(set) var lastChange: [Double?] = []

    public init(scheduler: RefreshScheduler, historyLength: Int = 120) {
        self.scheduler = scheduler
        self.historyLength = historyLength
    }

    @discardableResult
    public func add(_ item: WatchItem) -> Int {
        items.append(item)
        history.append([])
        last.append(nil)
        lastError.append(nil)
        lastChange.append(nil)
        subscriptions.append(scheduler.subscribe(item.space, words: [(item.offset, item.width)]))
        return items.count - 1
    }

    public func remove(at index: Int) {
        scheduler.unsubscribe(subscriptions[index])
        items.remove(at: index)
        history.remove(at: index)
        last.remove(at: index)
        lastError.remove(at: index)
        lastChange.remove(at: index)
        subscriptions.remove(at: index)
    }

    /// Runs one scheduler tick at `time` (seconds, monotonic) and reports what happened.
    public func tick(at time: Double) -> (report: RefreshScheduler.TickReport, events: [WatchEvent]) {
        let report = scheduler.tick()
        return (report, collect(at: time))
    }

    /// Takes the items' latest samples from the scheduler after someone else ran the tick
    /// (the TUI ticks once for its live view and the watch list together).
    public func collect(at time: Double) -> [WatchEvent] {
        var events: [WatchEvent] = []
        for (i, item) in items.enumerated() {
            guard let sample = scheduler.sample(item.key) else { continue }
            if let error = sample.error {
                if lastError[i] != error { events.append(WatchEvent(item: i, kind: .failed(error), time: time, value: nil, previous: last[i]?.value)) }
                lastError[i] = error
                continue
            }
            lastError[i] = nil
            guard let word = sample.value else { continue }
            let value = item.value(fromWord: word)
            let before = last[i]
            if before == nil {
                events.append(WatchEvent(item: i, kind: .initial, time: time, value: value, previous: nil))
            } else if let before, before.value != value {
                events.append(WatchEvent(item: i, kind: .changed, time: time, value: value, previous: before.value,
                                         changedFields: fieldChanges(item, before.value, value), previousTime: before.time))
                lastChange[i] = time
            }
            last[i] = (time, value)
            history[i].append((time, value))
            if history[i].count > historyLength { history[i].removeFirst(history[i].count - historyLength) }
        }
        return events
    }

    /// The rate of the latest change of item `index` (Δ/s between its last two values).
    public func lastRate(of index: Int) -> Double? {
        let h = history[index]
        guard let lastChangeIndex = h.indices.last(where: { $0 > 0 && h[$0].value != h[$0 - 1].value }) else { return nil }
        let a = h[lastChangeIndex - 1], b = h[lastChangeIndex]
        guard b.time > a.time else { return nil }
        return Double(Int64(bitPattern: b.value &- a.value)) / (b.time - a.time)
    }

    /// The latest value of item `index`, if read.
    public func value(of index: Int) -> UInt64? { last[index]?.value }

    private func fieldChanges(_ item: WatchItem, _ old: UInt64, _ new: UInt64) -> [WatchEvent.FieldChange] {
        guard item.field == nil, let register = item.register, register.fields.count > 1 else { return [] }
        return register.fields.compactMap { f in
            let a = f.bits.extract(from: old), b = f.bits.extract(from: new)
            return a == b ? nil : WatchEvent.FieldChange(name: f.name, old: a, new: b)
        }
    }
}
