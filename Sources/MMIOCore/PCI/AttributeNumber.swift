/// Numbers in sysfs attribute files, parsed straight from the bytes read: `0x1b36\n`
/// (`vendor`, `class`; hex with `0x`), `23\n` and `-1\n` (`irq`, `numa_node`; decimal).
/// Leading and trailing whitespace is ignored; anything else makes the value nil.
enum AttributeNumber {
    static func hex(_ bytes: [UInt8]) -> UInt64? {
        var digits = trimmed(bytes)
        if digits.count >= 2, digits[digits.startIndex] == UInt8(ascii: "0"),
           digits[digits.startIndex + 1] | 0x20 == UInt8(ascii: "x") {
            digits = digits.dropFirst(2)
        }
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt64 = 0
        for b in digits {
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(d)
        }
        return value
    }

    static func decimal(_ bytes: [UInt8]) -> Int? {
        var digits = trimmed(bytes)
        var negative = false
        if digits.first == UInt8(ascii: "-") {
            negative = true
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for b in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// The bytes without leading and trailing spaces, tabs and line ends.
    static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0a || $0 == 0x09 || $0 == 0x0d }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return [] }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return bytes[first...last]
    }
}
