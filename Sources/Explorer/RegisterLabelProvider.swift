import MMIOCore

/// Names and decoded fields for the words of a register view. A register map for the
/// device (register-map issue) plugs in here; without one the view shows raw words.
public protocol RegisterLabelProvider: Sendable {
    /// The register at `offset` read at `width`, decoded from `value` when it is known.
    func label(at offset: UInt64, width: AccessWidth, value: UInt64?) -> RegisterLabel?
    /// True when the word at `offset` overlaps a register whose reads have side effects
    /// (read-to-clear): the view shows it but does not poll it.
    func suppressesPolling(at offset: UInt64, width: AccessWidth) -> Bool
}

extension RegisterLabelProvider {
    public func suppressesPolling(at offset: UInt64, width: AccessWidth) -> Bool { false }
}

/// A register's name and its fields rendered for one row (`CAP`, `MQES=0x7ff CQR=1`).
public struct RegisterLabel: Sendable, Equatable {
    public var name: String
    public var fields: String

    public init(name: String, fields: String = "") {
        self.name = name
        self.fields = fields
    }
}
