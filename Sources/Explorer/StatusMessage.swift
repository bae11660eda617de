import MMIOCore
import TerminalUI

/// The status line's message: what just happened, or what went wrong and how to fix it.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role = .status) {
        self.text = TerminalSafe.escape(text)  // file and region names in messages: controls shown `\xNN`
        self.role = role
    }
}
