/// A register's name and its fields rendered for one row (`CAP`, `MQES=0x7ff CQR=1`).
public struct RegisterLabel: Sendable, Equatable {
    public var name: String
    public var fields: String

    public init(name: String, fields: String = "") {
        self.name = name
        self.fields = fields
    }
}
