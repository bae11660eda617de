/// One entry of a capability list, decoded.
///
/// lspci prints it as `Capabilities: [OFF] TITLE: HEADLINE` (standard) or
/// `Capabilities: [OFF vV] TITLE: HEADLINE` (extended), then one line per register.
public struct DecodedCapability: Sendable, Equatable {
    public enum Space: String, Sendable { case standard, extended }

    public let space: Space
    /// Capability ID (8-bit standard, 16-bit extended).
    public let id: UInt16
    /// Absolute config offset of the capability header.
    public let offset: Int
    /// Version nibble of an extended capability header (bits 19:16), nil for standard ones.
    public let version: UInt8?
    /// `id` as a standard capability ID (nil for extended capabilities and unassigned IDs).
    public var standardID: StandardCapabilityID? { space == .standard && id <= 0xff ? StandardCapabilityID(rawValue: UInt8(id)) : nil }
    /// `id` as an extended capability ID (nil for standard capabilities and unassigned IDs).
    public var extendedID: ExtendedCapabilityID? { space == .extended ? ExtendedCapabilityID(rawValue: id) : nil }
    /// Name of the capability from the spec (`Power Management`, `Advanced Error Reporting`).
    public let name: String
    /// The title line lspci prints (`Power Management version 3`, `Express (v2) Root Port (Slot+), MSI 00`).
    public var title: String
    /// Fields printed on the title line after `: `.
    public var headline: [ConfigField]
    /// Register lines below the title.
    public var registers: [ConfigRegister]
    /// Remarks the decoder wants shown (`<truncated>`, unknown layout).
    public var notes: [String]
    /// What goes between the title and the headline fields: `: ` (lspci's usual), or a space
    /// where lspci runs them on (`SATA HBA v1.0 BAR4 Offset=00000004`).
    public var headlineSeparator = ": "

    public init(space: Space, id: UInt16, offset: Int, version: UInt8? = nil, name: String,
                title: String? = nil, headline: [ConfigField] = [], registers: [ConfigRegister] = [],
                notes: [String] = []) {
        self.space = space
        self.id = id
        self.offset = offset
        self.version = version
        self.name = name
        self.title = title ?? name
        self.headline = headline
        self.registers = registers
        self.notes = notes
    }

    public func register(_ name: String) -> ConfigRegister? { registers.first { $0.name == name } }

    /// `[40]` or `[100 v2]`, lspci's offset tag.
    public var offsetTag: String {
        if let version { return "[\(hex(offset, 3)) v\(version)]" }
        return "[\(hex(offset, 2))]"
    }

    /// The whole first line after `Capabilities: `.
    public var headlineText: String {
        let tail = headline.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
        return offsetTag + " " + title + (tail.isEmpty ? "" : headlineSeparator + tail)
    }
}
