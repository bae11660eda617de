/// One change seen while sampling a word as fast as the bus allows
/// (`RegisterSpace.sampleChanges`): which sample it was, the new value, and when
/// (CLOCK_MONOTONIC, ns). Laid out like CMMIO's `cmmio_change` (three 64-bit fields in
/// this order), so the C sampler writes straight into a buffer of these.
public struct SampledChange: Sendable, Equatable {
    /// Index of the sample since sampling began (the first sample is 0).
    public var sample: UInt64
    public var value: UInt64
    /// CLOCK_MONOTONIC time in ns, read right after the changed sample.
    public var ns: UInt64

    public init(sample: UInt64, value: UInt64, ns: UInt64) {
        self.sample = sample
        self.value = value
        self.ns = ns
    }
}
