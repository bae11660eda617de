/// How the explorer was started.
public struct ExplorerOptions: Sendable {
    /// `--write`: pokes allowed (after confirmation). Off by default.
    public var writeEnabled: Bool
    /// Where committed writes are journaled.
    public var journalPath: String
    /// Refresh rate of live views when they open.
    public var refreshHz: Double

    public init(writeEnabled: Bool = false, journalPath: String, refreshHz: Double = 4) {
        self.writeEnabled = writeEnabled
        self.journalPath = journalPath
        self.refreshHz = refreshHz
    }
}
