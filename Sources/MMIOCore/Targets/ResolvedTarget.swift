/// A target opened for access: the register space and the offset within it.
public struct ResolvedTarget: Sendable {
    public let target: Target
    public let space: any RegisterSpace
    public let offset: UInt64
    /// Width to use when the user gave none (a named register's own width, else 32).
    public let defaultWidth: AccessWidth

    public init(target: Target, space: any RegisterSpace, offset: UInt64, defaultWidth: AccessWidth = .bits32) {
        self.target = target
        self.space = space
        self.offset = offset
        self.defaultWidth = defaultWidth
    }

    public var physicalAddress: UInt64? { space.physicalAddress(of: offset) }
}
