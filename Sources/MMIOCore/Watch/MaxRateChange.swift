/// One change of a watched item seen by `MaxRateSampler`: which item, the sample it
/// showed up in, the value before and after, and when (CLOCK_MONOTONIC, ns).
public struct MaxRateChange: Sendable, Equatable {
    public let item: Int
    /// Index of the sample of this item, from 0 (the initial read).
    public let sample: UInt64
    public let value: UInt64
    public let previous: UInt64
    public let ns: UInt64

    public init(item: Int, sample: UInt64, value: UInt64, previous: UInt64, ns: UInt64) {
        self.item = item
        self.sample = sample
        self.value = value
        self.previous = previous
        self.ns = ns
    }

    /// `value - previous` as a signed number (wrapping counters come out negative).
    public var delta: Int64 { Int64(bitPattern: value &- previous) }
}
