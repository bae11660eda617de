/// One thing on a watch list: a word of a register space, optionally named by a map
/// (register, and a field whose value is what the item shows).
public struct WatchItem: Sendable {
    /// What the user typed, e.g. `iomem:HPET 0/MAIN_COUNTER`.
    public let label: String
    public let space: any RegisterSpace
    public let offset: UInt64
    public let width: AccessWidth
    public let register: RegisterDefinition?
    public let field: FieldDefinition?

    public init(label: String, space: any RegisterSpace, offset: UInt64, width: AccessWidth,
                register: RegisterDefinition? = nil, field: FieldDefinition? = nil) {
        self.label = label
        self.space = space
        self.offset = offset
        self.width = width
        self.register = register
        self.field = field
    }

    public var key: WordKey { WordKey(space: space, offset: offset, width: width) }

    /// The item's value out of the word read: the field's bits, or the whole word.
    public func value(fromWord word: UInt64) -> UInt64 {
        field.map { $0.bits.extract(from: word) } ?? word
    }

    /// Hex digits to print the value with.
    public var hexDigits: Int { field.map { max(1, ($0.bits.width + 3) / 4) } ?? width.hexDigits }
}
