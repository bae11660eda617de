/// A role plus the few attributes views choose themselves.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let plain = Style()
}
