/// What `WriteJournal.commit` did: the write (old, written, read back) under the id that
/// links its journal lines, and whether the outcome line made it to the journal.
public struct JournaledWrite: Sendable, Equatable {
    /// Links the `intent` and `outcome` lines.
    public let id: String
    public let result: WriteResult
    /// Set when the device was written but the outcome could not be journaled (the
    /// intent is there: `hwx journal` shows the write as having no outcome).
    public let outcomeError: AccessError?
}
