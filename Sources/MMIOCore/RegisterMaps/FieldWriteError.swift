/// Why a write by register or field name cannot be planned; each case says what to do
/// (as data: the front ends word the `Fix`).
public struct FieldWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let fix: Fix

    public init(_ message: String, fix: Fix) {
        self.message = message
        self.fix = fix
    }

    /// The message only: the fix needs a front end's words (`FixText`).
    public var description: String { message }
}
