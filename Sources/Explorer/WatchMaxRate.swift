import MMIOCore

/// The watch list's max-rate mode (`M` on the watch screen), the TUI side of
/// `hwx watch --interval 0`: on every tick the pinned words are sampled back to back for a
/// slice of time through the core's `MaxRateSampler` (one fault guard per batch), and every
/// difference between two consecutive samples is counted. The screen shows each word's
/// latest value, its changes and the samples per second achieved while sampling.
final class WatchMaxRate {
    /// Ticks while sampling at max rate: 20 per second, each sampling for `slice`.
    static let tick: Duration = .milliseconds(50)
    static let slice = 0.025

    let sampler: MaxRateSampler
    /// Latest value per item (nil: its first read failed).
    private(set) var values: [UInt64?]
    /// Monotonic ns of each item's latest change.
    private(set) var lastChangeNs: [UInt64?]
    /// An item's error, once it failed (it is no longer sampled).
    private(set) var errors: [AccessError?]
    /// Sampling time so far, ns (only the slices, not the time between ticks).
    private(set) var sampledNs: UInt64 = 0

    init(items: [WatchItem]) {
        sampler = MaxRateSampler(items: items, batch: 4096)
        values = Array(repeating: nil, count: items.count)
        lastChangeNs = Array(repeating: nil, count: items.count)
        errors = Array(repeating: nil, count: items.count)
        for (i, r) in sampler.start().enumerated() {
            switch r {
            case .success(let v): values[i] = v
            case .failure(let e): errors[i] = e
            }
        }
    }

    /// Samples for about `seconds` (at least one batch of each live item).
    func run(for seconds: Double) {
        let start = MonotonicClock.nanoseconds()
        let budget = UInt64(max(0, seconds) * 1e9)
        repeat {
            for e in sampler.runBatch({ c in
                values[c.item] = c.value
                lastChangeNs[c.item] = c.ns
            }) { errors[e.item] = e.error }
        } while sampler.hasLiveItems && MonotonicClock.nanoseconds() - start < budget
        sampledNs += MonotonicClock.nanoseconds() - start
    }

    /// Samples per second of item `i` over the sampling slices.
    func rate(of i: Int) -> Double? {
        sampledNs > 0 ? Double(sampler.samples[i]) / (Double(sampledNs) / 1e9) : nil
    }

    func changes(of i: Int) -> UInt64 { sampler.changes[i] }
}
