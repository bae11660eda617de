/// The one number syntax of hwx: every number a user types (target offsets and addresses,
/// `write` values, `--mask`, `--count`, `--length`, `--width`, `--interval`, the TUI's
/// `g`/`o`/`e`/`f` prompts) and every number in a register-map file is read by this parser.
///
/// ```
/// 0x1f  0X1F      hexadecimal (the 0x prefix is required for hex, as devmem2 and C's strtoul read it)
/// 31              decimal
/// 0b11111         binary
/// 0xfed0_00f0     `_` separates digit groups (between two digits only)
/// ```
/// The rule is C's `strtoul(text, NULL, 0)` (what devmem2 and busybox devmem use) with one
/// change: a decimal number with a leading zero (`010`) is refused rather than read as octal,
/// because `010` means 8 to strtoul and 10 to everyone else. `0`, `00` are zero. No sign,
/// no spaces, at most 64 bits; hex without `0x` (`fea00000`) is refused with the `0x` spelling
/// suggested. Device addresses (`00:1f.0`) are not numbers: they are hex, as `lspci -s` takes them.
public enum NumberSyntax {
    /// One-line summary, for help texts and error messages.
    public static let summary = "numbers are 0x-prefixed hex (0x1f), decimal (31) or 0b binary; _ separates digits"

    /// Why a text is not a number.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let input: String
        public let reason: String
        public var description: String { "'\(input)' is not a number: \(reason)" }
    }

    /// The value of `text`, or nil when it is not a number in the syntax above.
    public static func value(_ text: some StringProtocol) -> UInt64? {
        try? parse(text)
    }

    /// The value of `text`; the error says what is wrong with it.
    public static func parse(_ text: some StringProtocol) throws(Problem) -> UInt64 {
        let input = String(text)
        func fail(_ reason: String) -> Problem { Problem(input: input, reason: reason) }
        let bytes = Array(input.utf8)
        guard !bytes.isEmpty else { throw fail("empty") }
        var radix: UInt64 = 10
        var digits = bytes[...]
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "0") {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; digits = bytes[2...]
            case UInt8(ascii: "b"): radix = 2; digits = bytes[2...]
            default: break
            }
        }
        guard !digits.isEmpty else { throw fail("no digits after '\(input)'") }
        guard digits.first != UInt8(ascii: "_"), digits.last != UInt8(ascii: "_") else {
            throw fail("'_' goes between two digits (0xfed0_00f0)")
        }
        let plain = String(decoding: digits.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if radix == 10, isHexWord(digits), digits.contains(where: { $0 > UInt8(ascii: "9") && $0 != UInt8(ascii: "_") }) {
            throw fail("hex needs the 0x prefix: write 0x\(plain)")
        }
        var value: UInt64 = 0
        var previousWasSeparator = false
        for b in digits {
            if b == UInt8(ascii: "_") {
                guard !previousWasSeparator else { throw fail("'_' goes between two digits (0xfed0_00f0)") }
                previousWasSeparator = true
                continue
            }
            previousWasSeparator = false
            let d: UInt64
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt64(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt64(b - UInt8(ascii: "A") + 10)
            default: d = .max
            }
            guard d < radix else {
                throw fail(radix == 2 ? "binary digits are 0 and 1" : radix == 16 ? "hex digits are 0-9 and a-f"
                           : "expected digits 0-9 (or 0x for hex, 0b for binary)")
            }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(d)
            guard !o1, !o2 else { throw fail("does not fit in 64 bits (at most 0xffffffffffffffff)") }
            value = sum
        }
        if radix == 10, digits.count > 1, digits.first == UInt8(ascii: "0"), value != 0 {
            throw fail("a leading zero is ambiguous (octal to strtoul and devmem2, decimal elsewhere): write 0x\(plain.drop { $0 == "0" }) for hex or \(value) for decimal")
        }
        return value
    }

    /// Whether every byte is a hex digit or `_` (so `fea00000` gets the 0x hint, `12k` does not).
    private static func isHexWord(_ digits: ArraySlice<UInt8>) -> Bool {
        digits.allSatisfy { b in
            b == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b | 0x20)
        }
    }
}
