/// A problem in a map file, named by file, line and field so a user can fix it:
/// `maps/foo.yaml:12: registers[2].fields[0].bits: "33:32" is not a bit range …`.
/// A broken map is reported and skipped; the other maps still load.
public struct RegisterMapError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// Path of the offending field in the map (`registers[2].fields[0].bits`), or nil for the whole file.
    public let field: String?
    public let message: String

    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let field { s += "\(field): " }
        return s + message
    }
}
