/// A journal line that is not a record hwx wrote: torn by a crash, edited by hand, or
/// from another program. Reported with its line number, never fatal.
public struct JournalCorruptLine: Sendable, Equatable {
    /// 1-based.
    public let line: Int
    public let reason: String
}
