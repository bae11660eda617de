/// Why a write by register or field name cannot be planned; each case says what to do.
public struct FieldWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let fix: String

    public init(_ message: String, fix: String) {
        self.message = message
        self.fix = fix
    }

    public var description: String { fix.isEmpty ? message : "\(message)\nfix: \(fix)" }
}
