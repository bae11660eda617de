/// One watched register word: which space, which offset, which width.
/// Two subscribers naming the same key share one read per tick.
public struct WordKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let space: ObjectIdentifier
    public let offset: UInt64
    public let width: AccessWidth

    public init(space: any RegisterSpace, offset: UInt64, width: AccessWidth) {
        self.space = ObjectIdentifier(space)
        self.offset = offset
        self.width = width
    }

    public static func < (a: WordKey, b: WordKey) -> Bool {
        if a.space != b.space { return UInt(bitPattern: a.space.hashValue) < UInt(bitPattern: b.space.hashValue) }
        if a.offset != b.offset { return a.offset < b.offset }
        return a.width.rawValue < b.width.rawValue
    }

    public var description: String { "+0x\(hex(offset, 1))/\(width.bits)" }
}
