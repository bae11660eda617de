/// One configuration register, decoded: where it is (absolute config-space offset and width),
/// its raw value, and its fields grouped in the lines lspci prints them on.
public struct ConfigRegister: Sendable, Equatable {
    /// lspci's label (`DevCtl`, `LnkSta`, `Control`, `UESta`).
    public let name: String
    /// Absolute offset in configuration space.
    public let offset: Int
    /// Width in bytes (1, 2 or 4; 8 for a combined 64-bit value).
    public let width: Int
    public let raw: UInt64
    /// Fields, one array per printed line.
    public let lines: [[ConfigField]]
    /// The label text puts before the fields (lspci's `VC0:\tCaps:`), `name` unless set.
    public let printedName: String
    /// Printed on a line of its own even without a label (`ConfigRegisterLayout.startsLine`).
    public let startsLine: Bool

    public init(name: String, offset: Int, width: Int, raw: UInt64, lines: [[ConfigField]], printedName: String? = nil,
                startsLine: Bool = false) {
        self.name = name
        self.startsLine = startsLine
        self.printedName = printedName ?? name
        self.offset = offset
        self.width = width
        self.raw = raw
        self.lines = lines
    }

    public var fields: [ConfigField] { lines.flatMap { $0 } }

    public func field(_ name: String) -> ConfigField? { fields.first { $0.name == name } }
}
