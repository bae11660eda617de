/// What a watch list reports for one item on one tick: its first value, a change, or an
/// error (or the recovery from one).
public struct WatchEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The first successful read of the item.
        case initial
        /// The value differs from the previous read.
        case changed
        /// The read failed (only reported when the error is new).
        case failed(AccessError)
    }

    public let item: Int
    public let kind: Kind
    /// Seconds on the list's clock when the tick ran.
    public let time: Double
    public let value: UInt64?
    public let previous: UInt64?
    /// Fields of a whole named register whose values changed: (name, old, new).
    public let changedFields: [FieldChange]

    public struct FieldChange: Sendable, Equatable {
        public let name: String
        public let old: UInt64
        public let new: UInt64
    }

    public init(item: Int, kind: Kind, time: Double, value: UInt64?, previous: UInt64?, changedFields: [FieldChange] = [],
                previousTime: Double? = nil) {
        self.item = item
        self.kind = kind
        self.time = time
        self.value = value
        self.previous = previous
        self.changedFields = changedFields
        self.previousTime = previousTime
    }

    /// When `previous` was read.
    public let previousTime: Double?

    /// `value - previous` as a signed number (wrapping counters come out negative).
    public var delta: Int64? {
        guard let value, let previous else { return nil }
        return Int64(bitPattern: value &- previous)
    }

    /// Change per second since the previous read: counts/s for a counter.
    public var ratePerSecond: Double? {
        guard let delta, let previousTime, time > previousTime else { return nil }
        return Double(delta) / (time - previousTime)
    }
}
