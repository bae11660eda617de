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

    /// `40: 11 00 40 80` → (0x40, [0x11, 0x00, 0x40, 0x80]); nil for any other line.
    static func dataLine(_ line: Substring) -> (Int, [UInt8])? {
        let offsetText = line.prefix { $0.isHexDigit }
        guard (2...8).contains(offsetText.count), let offset = Int(offsetText, radix: 16) else { return nil }
        var rest = line.dropFirst(offsetText.count)
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        var values: [UInt8] = []
        while rest.first == " " {
            rest = rest.dropFirst()
            let digits = rest.prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isHexDigit), let v = UInt8(digits, radix: 16) else { break }
            values.append(v)
            rest = rest.dropFirst(2)
        }
        return (offset, values)
    }
}
