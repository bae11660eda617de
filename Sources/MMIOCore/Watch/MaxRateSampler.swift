/// Samples watch items as fast as the bus allows (`hwx watch --interval 0`, the TUI watch
/// list's max-rate mode): each item's word is read back to back in batches, one fault guard
/// per batch (`RegisterSpace.sampleChanges`), and only changes come out, each with its
/// CLOCK_MONOTONIC time. Every difference between two consecutive samples of an item is a
/// change (of the item's value: a field item changes when its bits do).
///
/// Not thread-safe: one sampling thread owns it.
public final class MaxRateSampler {
    public let items: [WatchItem]
    /// Samples taken of each item, the initial read included.
    public private(set) var samples: [UInt64]
    /// Changes seen of each item.
    public private(set) var changes: [UInt64]
    /// CLOCK_MONOTONIC ns of the initial reads.
    public private(set) var startNs: UInt64 = 0
    /// Samples per item per batch.
    public let batch: Int
    private var lastWord: [UInt64]
    private var failed: [Bool]
    private let scratch: UnsafeMutableBufferPointer<SampledChange>

    /// - Parameter batch: samples of one item per guarded batch; `changesPerBatch` bounds the
    ///   changes one batch may store (a batch ends early when it is full, losing nothing).
    public init(items: [WatchItem], batch: Int = 16384, changesPerBatch: Int = 4096) {
        self.items = items
        self.batch = max(1, batch)
        samples = Array(repeating: 0, count: items.count)
        changes = Array(repeating: 0, count: items.count)
        lastWord = Array(repeating: 0, count: items.count)
        failed = Array(repeating: false, count: items.count)
        scratch = .allocate(capacity: max(1, changesPerBatch))
    }

    deinit { scratch.deallocate() }

    /// Reads every item once: its initial value, or the error (a failed item is not
    /// sampled again).
    public func start() -> [Result<UInt64, AccessError>] {
        startNs = MonotonicClock.nanoseconds()
        var results: [Result<UInt64, AccessError>] = []
        for (i, item) in items.enumerated() {
            do throws(AccessError) {
                let word = try item.space.read(at: item.offset, width: item.width)
                lastWord[i] = word
                samples[i] = 1
                results.append(.success(item.value(fromWord: word)))
            } catch {
                failed[i] = true
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Whether some item can still be sampled.
    public var hasLiveItems: Bool { failed.contains(false) }

    /// Up to `batch` samples of each live item (fewer once `limit` samples of it are taken),
    /// handing each change to `deliver` in order. Returns the items that failed in this
    /// batch, with the error; they are not sampled again.
    @discardableResult
    public func runBatch(limit: UInt64 = .max, _ deliver: (MaxRateChange) -> Void) -> [(item: Int, error: AccessError)] {
        var errors: [(item: Int, error: AccessError)] = []
        for i in items.indices where !failed[i] && samples[i] < limit {
            let item = items[i]
            var remaining = Int(min(UInt64(batch), limit - samples[i]))
            while remaining > 0 {
                let before = lastWord[i]
                var last = before
                let result = item.space.sampleChanges(at: item.offset, width: item.width, last: &last,
                                                      firstSample: samples[i], count: remaining, into: scratch)
                var previousWord = before
                for c in scratch[0..<result.changes] {
                    let old = item.value(fromWord: previousWord), new = item.value(fromWord: c.value)
                    previousWord = c.value
                    guard old != new else { continue }
                    changes[i] += 1
                    deliver(MaxRateChange(item: i, sample: c.sample, value: new, previous: old, ns: c.ns))
                }
                lastWord[i] = last
                samples[i] += UInt64(result.samples)
                remaining -= result.samples
                if let error = result.error {
                    failed[i] = true
                    errors.append((i, error))
                    break
                }
            }
        }
        return errors
    }
}
