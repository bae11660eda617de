import MMIOCore

/// Names and decoded fields for the words of a register view. A register map for the
/// device (register-map layer, `MapRegisterLabels`) plugs in here; without one the view
/// shows raw words.
public protocol RegisterLabelProvider: Sendable {
    /// The register at `offset` read at `width`, decoded from `value` when it is known.
    func label(at offset: UInt64, width: AccessWidth, value: UInt64?) -> RegisterLabel?
    /// Why reading the word at `offset`/`width` changes the device (read-to-clear, FIFO
    /// pop), nil when a read is harmless. Live views neither poll nor poke such words.
    func readSideEffect(at offset: UInt64, width: AccessWidth) -> String?
    /// Which map this is, for the view's title.
    var mapName: String { get }
    /// Field layout of the register at `offset` when it is `width` wide, for the bit ruler.
    func ruler(at offset: UInt64, width: AccessWidth) -> RegisterRuler?
}

extension RegisterLabelProvider {
    public func readSideEffect(at offset: UInt64, width: AccessWidth) -> String? { nil }
    public var mapName: String { "" }
    public func ruler(at offset: UInt64, width: AccessWidth) -> RegisterRuler? { nil }

    /// True when the word at `offset` overlaps a register whose reads have side effects:
    /// the view shows it but does not poll it.
    public func suppressesPolling(at offset: UInt64, width: AccessWidth) -> Bool {
        readSideEffect(at: offset, width: width) != nil
    }
}
