/// One write as the journal tells it: its intent and how it ended.
public struct JournalRecord: Sendable, Equatable {
    /// Line number (1-based) of the intent.
    public let line: Int
    /// Nil for lines written before intents and outcomes were separate (one line per write).
    public let id: String?
    public let time: String
    public let machine: String
    public let target: String
    public let physicalAddress: UInt64?
    public let offset: UInt64
    public let width: AccessWidth
    public let old: UInt64
    public let new: UInt64
    public let mask: UInt64
    public internal(set) var outcome: JournalOutcome

    public var hasOutcome: Bool { outcome != .missing }
}
