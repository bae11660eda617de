/// Why bytes are not text a parser takes: a NUL byte, or bytes that are not UTF-8
/// (RFC 3629 §3; overlong forms, surrogates and values past U+10FFFF included), at a
/// 1-based line and byte column. Every file hwx parses as text (procfs tables, sysfs
/// `resource`, lspci dumps, pci.ids, register maps) is checked by `TextLines` first.
public struct InvalidText: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case nulByte
        /// The first byte of the sequence that does not decode.
        case invalidUTF8(byte: UInt8)
    }

    public let kind: Kind
    /// 1-based line number (lines end in LF; a CR before it belongs to the line end).
    public let line: Int
    /// 1-based byte offset in the line.
    public let column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// `line 3, column 7: a NUL byte`.
    public var description: String {
        switch kind {
        case .nulByte: "line \(line), column \(column): a NUL byte"
        case .invalidUTF8(let byte): "line \(line), column \(column): byte 0x\(hex(UInt64(byte), 2)) is not UTF-8"
        }
    }
}
