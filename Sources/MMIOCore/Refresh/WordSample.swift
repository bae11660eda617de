/// The latest result of reading one word, as the refresh scheduler keeps it.
public struct WordSample: Sendable, Equatable {
    /// Value read on the latest tick, nil when that read failed.
    public var value: UInt64?
    /// Value of the tick before, for change highlighting.
    public var previous: UInt64?
    /// Error of the latest read (SIGBUS, EFAULT, ...), nil when it succeeded.
    public var error: AccessError?
    /// Tick on which the value last changed (nil: never changed since first read).
    public var changedAtTick: Int?
    /// Tick of the latest read.
    public var tick: Int

    /// Bits that differ between the last two reads.
    public var changedBits: UInt64 {
        guard let value, let previous else { return 0 }
        return value ^ previous
    }
}
