/// How a journaled write ended, as its `outcome` line says.
public enum JournalOutcome: Sendable, Equatable {
    /// Written and read back (`line` is the outcome's line number).
    case readBack(UInt64, line: Int)
    /// The write or the read-back failed; `written` says whether the device was written.
    case failed(String, written: Bool, line: Int)
    /// An intent with no outcome line: hwx stopped (crash, kill, hung machine, power
    /// loss) between journaling the intent and journaling the outcome. The register
    /// may or may not hold the new value.
    case missing
}
