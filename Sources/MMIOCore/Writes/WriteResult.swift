/// What committing a `WritePlan` did.
public struct WriteResult: Sendable, Equatable {
    public let plan: WritePlan
    /// Value just before the write (re-read for masked writes).
    public let before: UInt64
    public let written: UInt64
    public let readBack: UInt64

    /// False when the device shows something else than what was written — normal for
    /// read-only bits, RW1C bits and registers with side effects; worth a warning.
    public var readBackMatches: Bool { readBack == written }
}
