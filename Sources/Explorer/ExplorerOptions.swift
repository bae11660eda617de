import MMIOCore

/// How the explorer was started.
public struct ExplorerOptions: Sendable {
    /// `--write`: pokes allowed (after confirmation). Off by default.
    public var writeEnabled: Bool
    /// Where committed writes are journaled.
    public var journalPath: String
    /// Refresh rate of live views when they open.
    public var refreshHz: Double
    /// Register maps for the register views (built-in, the user's folder, `--maps DIR`);
    /// nil: the built-in ones and `$XDG_CONFIG_HOME/hwx/maps/`.
    public var registerMaps: RegisterMapCatalog? = nil

    public init(writeEnabled: Bool = false, journalPath: String, refreshHz: Double = 4) {
        self.writeEnabled = writeEnabled
        self.journalPath = journalPath
        self.refreshHz = refreshHz
    }
}
