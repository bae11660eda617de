#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The lines of a text file, as every text parser of hwx reads them: lines end in LF or
/// CRLF (the CR is not part of the line), a final line without LF counts, the empty string
/// after a final LF does not. Built from bytes, the text is checked first: a NUL byte or
/// bytes that are not UTF-8 are an `InvalidText` naming the line and column, never
/// replaced or passed on. Used by /proc/iomem and /proc/ioports (`ResourceMap`), lspci dumps
/// (`LspciDumpParser`), pci.ids (`PCIIDs`), sysfs `resource` (`BAR.parseResourceFile`),
/// the journal and register map files.
public struct TextLines: Sendable, Sequence {
    public struct Line: Sendable, Equatable {
        /// 1-based.
        public let number: Int
        /// The line without its LF or CRLF.
        public let text: Substring
    }

    /// The whole text, line ends included.
    public let text: String

    /// Text already in a String (a test, a built-in map): CRLF handling only.
    public init(_ text: String) {
        self.text = text
    }

    /// Checks and decodes `bytes`: throws at the first NUL byte or non-UTF-8 sequence.
    public init(validating bytes: [UInt8]) throws(InvalidText) {
        if let problem = bytes.withUnsafeBufferPointer({ Self.check($0, firstLine: 1) }) { throw problem }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Where `bytes` stop being text, nil when they are text: for readers that parse
    /// complete lines as they read them (pci.ids); `firstLine` numbers the first line.
    /// A UTF-8 sequence never holds an LF byte, so complete lines can be checked apart.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> InvalidText? {
        // Fast path: memchr for NUL, the standard library's validation.
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil,
           String(validating: bytes, as: UTF8.self) != nil {
            return nil
        }
        if bytes.isEmpty { return nil }
        return firstProblem(in: bytes, firstLine: firstLine)
    }

    /// How many LF bytes `bytes` hold.
    public static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var p = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        var left = bytes.count, n = 0
        while left > 0, let nl = memchr(p, 0x0a, left) {
            n += 1
            let next = UnsafeRawPointer(nl) + 1
            left -= next - p
            p = next
        }
        return n
    }

    /// Where `bytes` first stop being text (they do, or the fast path would have taken them).
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> InvalidText {
        var line = firstLine
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0 { return InvalidText(.nulByte, line: line, column: i - lineStart + 1) }
            if b == 0x0a { line += 1; i += 1; lineStart = i; continue }
            let length = Self.sequenceLength(bytes, at: i)
            guard length > 0 else { return InvalidText(.invalidUTF8(byte: b), line: line, column: i - lineStart + 1) }
            i += length
        }
        // Not reached for bytes the fast path refused; a safe answer all the same.
        return InvalidText(.invalidUTF8(byte: bytes.last ?? 0), line: line, column: Swift.max(1, bytes.count - lineStart))
    }

    /// Length of the well-formed UTF-8 sequence at `i` (RFC 3629 §4 table), 0 when there is none.
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let first = b[i]
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xbf) -> Bool {
            i + k < b.count && range.contains(b[i + k])
        }
        switch first {
        case 0x00...0x7f: return 1
        case 0xc2...0xdf: return continuation(1) ? 2 : 0
        case 0xe0: return continuation(1, 0xa0...0xbf) && continuation(2) ? 3 : 0
        case 0xe1...0xec, 0xee...0xef: return continuation(1) && continuation(2) ? 3 : 0
        case 0xed: return continuation(1, 0x80...0x9f) && continuation(2) ? 3 : 0
        case 0xf0: return continuation(1, 0x90...0xbf) && continuation(2) && continuation(3) ? 4 : 0
        case 0xf1...0xf3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xf4: return continuation(1, 0x80...0x8f) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    public func makeIterator() -> Iterator { Iterator(text) }

    /// Splits on LF bytes of the UTF-8 view: a Character-wise split would not, since
    /// Swift reads CR LF as one Character (one grapheme cluster, UAX #29 GB3).
    public struct Iterator: IteratorProtocol {
        let text: String
        var position: String.Index
        var number = 0

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        public mutating func next() -> Line? {
            let utf8 = text.utf8
            guard position < utf8.endIndex else { return nil }
            let start = position
            var end = start
            while end < utf8.endIndex && utf8[end] != 0x0a { end = utf8.index(after: end) }
            position = end < utf8.endIndex ? utf8.index(after: end) : end
            var lineEnd = end
            if lineEnd > start, utf8[utf8.index(before: lineEnd)] == 0x0d { lineEnd = utf8.index(before: lineEnd) }
            number += 1
            return Line(number: number, text: text[start..<lineEnd])
        }
    }
}
