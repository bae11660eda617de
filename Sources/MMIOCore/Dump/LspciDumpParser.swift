/// Reads the text dump format `lspci -F FILE` reads (pciutils `lib/dump.c` behaviour, as
/// documented in `lspci.man` and observed):
/// - a header line starts with the address `BB:DD.F` or `DDDD:BB:DD.F` (4 to 6 domain
///   digits) followed by a space (or the end of the line); the rest is ignored;
/// - a data line is `OFF: xx xx ...`: 2 to 8 hex digits of offset, a colon, then bytes as two
///   hex digits each separated by single spaces;
/// - a blank line ends the function; every other line (lspci's decoded `-v` text, which
///   starts with a tab) is ignored; lines end in LF or CRLF (`TextLines`);
/// - at most 4096 bytes per function; bytes not given read as 0xff up to the highest
///   offset given, and nothing beyond it is readable.
public enum LspciDumpParser {
    public static let maximumBytes = 4096

    public static func parse(_ text: String) -> LspciDump {
        parse(TextLines(text))
    }

    /// Parses checked lines (`FileIO.readLines`: no NUL bytes, UTF-8).
    public static func parse(_ lines: TextLines) -> LspciDump {
        var functions: [LspciDump.Function] = []
        var current: (address: PCIAddress, description: String, line: Int)?
        var bytes: [UInt8] = []
        var highest = -1

        func finish() {
            if let c = current {
                let count = highest + 1
                functions.append(.init(address: c.address, description: c.description,
                                       config: ConfigSpace(bytes: Array(bytes.prefix(count))), line: c.line))
            }
            current = nil
            bytes = []
            highest = -1
        }

        for entry in lines {
            let line = entry.text, lineNumber = entry.number
            if line.isEmpty {
                finish()
                continue
            }
            if let (address, rest) = headerLine(line) {
                finish()
                current = (address, rest, lineNumber)
                bytes = Array(repeating: 0xff, count: maximumBytes)
                continue
            }
            guard current != nil, let (offset, values) = dataLine(line) else { continue }
            for (i, v) in values.enumerated() where offset + i < maximumBytes {
                bytes[offset + i] = v
                highest = max(highest, offset + i)
            }
        }
        finish()
        return LspciDump(functions: functions)
    }

    /// `00:03.0 Non-Volatile...` or `0000:00:03.0 ...`: the address and the text after it.
    static func headerLine(_ line: Substring) -> (PCIAddress, String)? {
        // Most lines are data lines ("40: …", a 3-byte first word): an address is ASCII, 7 bytes
        // (BB:DD.F) or 12 to 14 (DDDD:BB:DD.F), so any other length is no header, cheaply.
        let utf8 = line.utf8
        let tokenBytes = utf8.distance(from: utf8.startIndex, to: utf8.firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex)
        guard tokenBytes == 7 || (12...14).contains(tokenBytes) else { return nil }
        let token = line.prefix { $0 != " " }
        let rest = line.dropFirst(token.count)
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 2: guard parts[0].count == 2, parts[1].count == 4 else { return nil }
        case 3: guard (4...6).contains(parts[0].count), parts[1].count == 2, parts[2].count == 4 else { return nil }
        default: return nil
        }
        guard let address = PCIAddress(parsing: token) else { return nil }
        return (address, String(rest.drop { $0 == " " }))
    }

    /// `40: 11 00 40 80` → (0x40, [0x11, 0x00, 0x40, 0x80]); nil for any other line. Read as
    /// UTF-8 bytes, as lspci's own reader does: hex digits are ASCII, and a dump has thousands
    /// of these lines.
    static func dataLine(_ line: Substring) -> (Int, [UInt8])? {
        let utf8 = line.utf8
        var i = utf8.startIndex
        var offset = 0, digits = 0
        while i != utf8.endIndex, let d = hexValue(utf8[i]) {
            digits += 1
            guard digits <= 8 else { return nil }
            offset = offset << 4 | Int(d)
            utf8.formIndex(after: &i)
        }
        guard digits >= 2, i != utf8.endIndex, utf8[i] == UInt8(ascii: ":") else { return nil }
        utf8.formIndex(after: &i)
        var values: [UInt8] = []
        values.reserveCapacity(16)
        while i != utf8.endIndex, utf8[i] == UInt8(ascii: " ") {
            let high = utf8.index(after: i)
            guard high != utf8.endIndex, let h = hexValue(utf8[high]) else { break }
            let low = utf8.index(after: high)
            guard low != utf8.endIndex, let l = hexValue(utf8[low]) else { break }
            values.append(h << 4 | l)
            i = utf8.index(after: low)
        }
        return (offset, values)
    }

    /// The value of one ASCII hex digit, nil for any other byte.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
