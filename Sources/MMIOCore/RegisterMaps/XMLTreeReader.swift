/// A small, strict XML reader for CMSIS-SVD files: elements, attributes, text, comments,
/// CDATA, processing instructions and DOCTYPE (skipped), the five named entities and
/// numeric character references. hwx carries its own because FoundationXML links the
/// system libxml2 dynamically, and hwx must run as a static binary on machines without it.
public struct XMLTreeReader: Sendable {
    public struct Failure: Error, Sendable, Hashable {
        public let line: Int
        public let message: String
    }

    /// How deeply elements may nest. CMSIS-SVD needs about 10 levels (device, peripherals,
    /// peripheral, registers, cluster…, register, fields, field, enumeratedValues,
    /// enumeratedValue); the reader recurses once per level, so a hostile file nested
    /// thousands deep would overflow the stack without this limit.
    public static let maximumDepth = 64

    public init() {}

    /// The document's root element.
    public func read(_ text: String) throws(Failure) -> XMLElementNode {
        var scanner = Scanner(bytes: Array(text.utf8))
        return try scanner.document()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func document() throws(Failure) -> XMLElementNode {
            var root: XMLElementNode?
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "<") {
                    if try skipMarkup() { continue }
                    guard root == nil else { throw fail("a second root element <\(peekName())>") }
                    root = try element(depth: 1)
                } else {
                    advance()
                }
            }
            guard let root else { throw fail("no root element") }
            return root
        }

        /// Skips `<?…?>`, `<!--…-->`, `<!DOCTYPE …>` at the cursor; false when it is an element.
        mutating func skipMarkup() throws(Failure) -> Bool {
            if starts("<?") { try skip(past: "?>"); return true }
            if starts("<!--") { try skip(past: "-->"); return true }
            if starts("<!") { try skip(past: ">"); return true }
            return false
        }

        mutating func element(depth: Int) throws(Failure) -> XMLElementNode {
            let startLine = line
            guard depth <= XMLTreeReader.maximumDepth else {
                throw fail("elements nest more than \(XMLTreeReader.maximumDepth) levels deep here (CMSIS-SVD needs about 10)")
            }
            advance() // <
            let name = readName()
            guard !name.isEmpty else { throw fail("expected an element name after <") }
            var attributes: [String: String] = [:]
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail("unterminated <\(name)> tag") }
                if starts("/>") { i += 2; return XMLElementNode(name: name, attributes: attributes, line: startLine) }
                if bytes[i] == UInt8(ascii: ">") { advance(); break }
                let key = readName()
                guard !key.isEmpty else { throw fail("unexpected character in <\(name)> tag") }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw fail("attribute \(key) of <\(name)> has no value") }
                advance()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                    throw fail("attribute \(key) of <\(name)> is not quoted")
                }
                let quote = bytes[i]
                advance()
                let start = i
                while i < bytes.count && bytes[i] != quote { advance() }
                guard i < bytes.count else { throw fail("unterminated attribute \(key)") }
                attributes[key] = try decode(start, i)
                advance()
            }
            var children: [XMLElementNode] = []
            var text = ""
            while true {
                guard i < bytes.count else { throw fail("<\(name)> opened on line \(startLine) is never closed") }
                if starts("</") {
                    i += 2
                    let closing = readName()
                    guard closing == name else { throw fail("</\(closing)> closes <\(name)> opened on line \(startLine)") }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw fail("malformed </\(closing)>") }
                    advance()
                    return XMLElementNode(name: name, attributes: attributes, children: children, text: text, line: startLine)
                }
                if starts("<![CDATA[") {
                    i += 9
                    let start = i
                    try skip(past: "]]>")
                    text += String(decoding: bytes[start..<(i - 3)], as: UTF8.self)
                    continue
                }
                if bytes[i] == UInt8(ascii: "<") {
                    if try skipMarkup() { continue }
                    children.append(try element(depth: depth + 1))
                    continue
                }
                let start = i
                while i < bytes.count && bytes[i] != UInt8(ascii: "<") { advance() }
                text += try decode(start, i)
            }
        }

        func peekName() -> String {
            var j = i + 1
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            return String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        }

        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b >= 0x80
        }

        mutating func readName() -> String {
            let start = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func advance() {
            if bytes[i] == 0x0a { line += 1 }
            i += 1
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0a || bytes[i] == 0x0d { advance() }
        }

        func starts(_ s: String) -> Bool {
            let u = Array(s.utf8)
            return i + u.count <= bytes.count && Array(bytes[i..<(i + u.count)]) == u
        }

        mutating func skip(past end: String) throws(Failure) {
            let startLine = line
            while i < bytes.count {
                if starts(end) { i += end.utf8.count; return }
                advance()
            }
            throw Failure(line: startLine, message: "markup opened here is never closed with \(end)")
        }

        /// Text between `start` and `end` with entities and character references decoded.
        func decode(_ start: Int, _ end: Int) throws(Failure) -> String {
            let raw = String(decoding: bytes[start..<end], as: UTF8.self)
            guard raw.contains("&") else { return raw }
            var out = ""
            var rest = Substring(raw)
            while let amp = rest.firstIndex(of: "&") {
                out += rest[..<amp]
                guard let semi = rest[amp...].firstIndex(of: ";") else { throw fail("unterminated entity in text") }
                let entity = rest[rest.index(after: amp)..<semi]
                switch entity {
                case "lt": out += "<"
                case "gt": out += ">"
                case "amp": out += "&"
                case "quot": out += "\""
                case "apos": out += "'"
                default:
                    let number: UInt32? = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                        : entity.hasPrefix("#") ? UInt32(entity.dropFirst(), radix: 10) : nil
                    guard let number, let scalar = Unicode.Scalar(number) else { throw fail("unknown entity &\(entity);") }
                    out.unicodeScalars.append(scalar)
                }
                rest = rest[rest.index(after: semi)...]
            }
            return out + rest
        }

        func fail(_ message: String) -> Failure { Failure(line: line, message: message) }
    }
}
