/// `REG.FIELD`: a field of another register in the same map, used where one register's
/// place depends on another's value (xHCI 1.2 §5.4: operational registers start at
/// BAR0 + CAPLENGTH).
public struct FieldReference: Sendable, Hashable, Codable, CustomStringConvertible {
    public let register: String
    public let field: String?

    public init(register: String, field: String?) {
        self.register = register
        self.field = field
    }

    /// Parses `CAPLENGTH` or `CAPLENGTH.CAPLENGTH`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(register: String(parts[0]), field: parts.count == 2 ? String(parts[1]) : nil)
    }

    public var description: String { field.map { "\(register).\($0)" } ?? register }
}
