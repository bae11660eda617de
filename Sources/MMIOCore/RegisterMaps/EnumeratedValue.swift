/// One named value of a field (`CC.CSS = 0b000: NVM command set`).
public struct EnumeratedValue: Sendable, Hashable, Codable {
    public let value: UInt64
    public let name: String
    public let description: String?

    public init(value: UInt64, name: String, description: String? = nil) {
        self.value = value
        self.name = name
        self.description = description
    }
}
