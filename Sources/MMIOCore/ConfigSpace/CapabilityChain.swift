/// The result of walking one capability list: the entries found, in list order, and how the
/// walk ended.
public struct CapabilityChain: Sendable, Equatable {
    /// One capability header as found: ID, offset, and for extended ones the version.
    public struct Entry: Sendable, Equatable, Hashable {
        public let id: UInt16
        public let offset: Int
        public let version: UInt8?
        public init(id: UInt16, offset: Int, version: UInt8?) {
            self.id = id
            self.offset = offset
            self.version = version
        }

        /// The ID as a standard capability's (read it so for entries of a standard chain).
        public var standardID: StandardCapabilityID? { id <= 0xff ? StandardCapabilityID(rawValue: UInt8(id)) : nil }
        /// The ID as an extended capability's (read it so for entries of an extended chain).
        public var extendedID: ExtendedCapabilityID? { ExtendedCapabilityID(rawValue: id) }
    }

    public let space: DecodedCapability.Space
    public let entries: [Entry]
    public let end: ChainEnd

    public init(space: DecodedCapability.Space, entries: [Entry], end: ChainEnd) {
        self.space = space
        self.entries = entries
        self.end = end
    }
}
