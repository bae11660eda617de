/// The one shared MMIO refresh core: views (TUI hex and register views, the watch list,
/// `hwx watch`) subscribe to words; each `tick()` reads every distinct (space, offset,
/// width) exactly once with the volatile accessor of that width, however many
/// subscribers name it, and keeps the value, the previous value, the error, and when it
/// last changed.
///
/// Not thread-safe by design: it lives on the thread that drives the UI or the watch
/// loop (ncurses is single-threaded too).
public final class RefreshScheduler {
    /// Handle for one subscriber's set of words.
    public struct Subscription: Hashable, Sendable {
        public let id: Int
    }

    /// What one tick did.
    public struct TickReport: Sendable {
        public var tick: Int
        /// Number of hardware reads done (= distinct words subscribed).
        public var reads: Int
        public var changed: [WordKey]
        public var errors: [WordKey: AccessError]
        /// The most recent error of this tick, for a status line.
        public var lastError: AccessError? { errors.sorted { $0.key < $1.key }.last?.value }
    }

    private var spaces: [ObjectIdentifier: any RegisterSpace] = [:]
    private var subscriptions: [Int: Set<WordKey>] = [:]
    private var samples: [WordKey: WordSample] = [:]
    private var nextID = 0
    public private(set) var tickCount = 0

    public init() {}

    /// Subscribes to `offsets` of `space`, each read at `width`.
    public func subscribe(_ space: any RegisterSpace, offsets: some Sequence<UInt64>, width: AccessWidth) -> Subscription {
        nextID += 1
        let sub = Subscription(id: nextID)
        spaces[ObjectIdentifier(space)] = space
        subscriptions[sub.id] = Set(offsets.map { WordKey(space: space, offset: $0, width: width) })
        return sub
    }

    /// Subscribes to arbitrary words (e.g. registers of different widths).
    public func subscribe(_ space: any RegisterSpace, words: [(offset: UInt64, width: AccessWidth)]) -> Subscription {
        nextID += 1
        let sub = Subscription(id: nextID)
        spaces[ObjectIdentifier(space)] = space
        subscriptions[sub.id] = Set(words.map { WordKey(space: space, offset: $0.offset, width: $0.width) })
        return sub
    }

    /// Replaces a subscription's words (a view scrolled or changed width).
    public func update(_ sub: Subscription, space: any RegisterSpace, offsets: some Sequence<UInt64>, width: AccessWidth) {
        spaces[ObjectIdentifier(space)] = space
        subscriptions[sub.id] = Set(offsets.map { WordKey(space: space, offset: $0, width: width) })
        dropUnused()
    }

    /// Replaces a subscription's words with words of any widths (a register table scrolled).
    public func update(_ sub: Subscription, space: any RegisterSpace, words: [(offset: UInt64, width: AccessWidth)]) {
        spaces[ObjectIdentifier(space)] = space
        subscriptions[sub.id] = Set(words.map { WordKey(space: space, offset: $0.offset, width: $0.width) })
        dropUnused()
    }

    public func unsubscribe(_ sub: Subscription) {
        subscriptions[sub.id] = nil
        dropUnused()
    }

    /// The distinct words the next tick will read.
    public var watchedWords: Set<WordKey> {
        subscriptions.values.reduce(into: Set<WordKey>()) { $0.formUnion($1) }
    }

    /// Reads every watched word once.
    @discardableResult
    public func tick() -> TickReport {
        tickCount += 1
        var report = TickReport(tick: tickCount, reads: 0, changed: [], errors: [:])
        for key in watchedWords.sorted() {
            guard let space = spaces[key.space] else { continue }
            report.reads += 1
            var sample = samples[key] ?? WordSample(tick: tickCount)
            sample.tick = tickCount
            do {
                let value = try space.read(at: key.offset, width: key.width)
                sample.previous = sample.value ?? (samples[key] == nil ? value : nil)
                if let previous = sample.value, previous != value {
                    sample.changedAtTick = tickCount
                    report.changed.append(key)
                }
                sample.value = value
                sample.error = nil
            } catch {
                sample.previous = sample.value
                sample.value = nil
                sample.error = error
                report.errors[key] = error
            }
            samples[key] = sample
        }
        return report
    }

    public func sample(_ space: any RegisterSpace, offset: UInt64, width: AccessWidth) -> WordSample? {
        samples[WordKey(space: space, offset: offset, width: width)]
    }

    public func sample(_ key: WordKey) -> WordSample? { samples[key] }

    /// Records a value the caller just wrote and read back, so views show it without
    /// waiting for the next tick (no extra hardware read).
    public func note(_ value: UInt64, space: any RegisterSpace, offset: UInt64, width: AccessWidth) {
        let key = WordKey(space: space, offset: offset, width: width)
        guard var sample = samples[key] else { return }
        if sample.value != value {
            sample.previous = sample.value
            sample.value = value
            sample.changedAtTick = tickCount
        }
        samples[key] = sample
    }

    private func dropUnused() {
        let live = watchedWords
        samples = samples.filter { live.contains($0.key) }
        let liveSpaces = Set(live.map(\.space))
        spaces = spaces.filter { liveSpaces.contains($0.key) }
    }
}
