/// One entry of a key table: which keys trigger which action, and how the function bar
/// and the help screen describe it. Both are generated from the same entries, so they
/// can't disagree.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    /// Short name for the function bar (`Help`, `Quit`); nil keeps it out of the bar.
    public var barLabel: String?
    /// One line for the help screen.
    public var help: String

    public init(_ keys: [Key], _ action: Action, bar: String? = nil, help: String) {
        self.keys = keys
        self.action = action
        self.barLabel = bar
        self.help = help
    }

    /// `?/F1`, `j/↓`: every key, as the help screen lists them.
    public var keyNames: String { keys.map(\.description).joined(separator: "/") }
}
