import Testing
@testable import MMIOCore

@Suite struct NumberSyntaxTests {
    @Test(arguments: [
        ("0x1f", 0x1f), ("0X1F", 0x1f), ("0xfed0_00f0", 0xfed0_00f0), ("31", 31), ("0", 0), ("00", 0), ("0x0", 0),
        ("0b101", 5), ("0B1_0", 2), ("1_000", 1000), ("18446744073709551615", UInt64.max),
        ("0xffffffffffffffff", UInt64.max), ("0x0000000000000000ff", 0xff),
    ] as [(String, UInt64)])
    func accepts(_ text: String, _ value: UInt64) throws {
        #expect(try NumberSyntax.parse(text) == value)
    }

    @Test(arguments: [
        ("", "empty"),
        ("0x", "no digits"),
        ("0b", "no digits"),
        ("-1", "expected digits 0-9"),
        ("+1", "expected digits 0-9"),
        (" 1", "expected digits 0-9"),
        ("1 ", "expected digits 0-9"),
        ("0xg", "hex digits are 0-9 and a-f"),
        ("0b102", "binary digits are 0 and 1"),
        ("fea00000", "hex needs the 0x prefix: write 0xfea00000"),
        ("10h", "expected digits 0-9"),
        ("010", "leading zero is ambiguous"),
        ("007", "leading zero is ambiguous"),
        ("_1", "'_' goes between two digits"),
        ("1_", "'_' goes between two digits"),
        ("1__0", "'_' goes between two digits"),
        ("0x_1", "'_' goes between two digits"),
        ("18446744073709551616", "does not fit in 64 bits"),
        ("0x1_0000_0000_0000_0000", "does not fit in 64 bits"),
        ("0b" + String(repeating: "1", count: 65), "does not fit in 64 bits"),
        ("1.5", "expected digits 0-9"),
        ("１２", "expected digits 0-9"),          // fullwidth digits are not ASCII digits
    ])
    func refuses(_ text: String, _ reason: String) {
        #expect(NumberSyntax.value(text) == nil)
        #expect {
            try NumberSyntax.parse(text)
        } throws: { error in
            let message = (error as? NumberSyntax.Problem)?.description ?? ""
            return message.hasPrefix("'\(text)' is not a number: ") && message.contains(reason)
        }
    }

    /// The leading-zero refusal suggests both readings.
    @Test func leadingZeroSuggestsBothSpellings() {
        #expect(throws: NumberSyntax.Problem(input: "010", reason: "a leading zero is ambiguous (octal to strtoul and devmem2, decimal elsewhere): write 0x10 for hex or 10 for decimal")) {
            try NumberSyntax.parse("010")
        }
    }

    /// Register-map files read numbers with the same syntax (surrounding spaces ignored).
    @Test func registerMapsUseTheSameSyntax() {
        #expect(RegisterMapParser.parseNumber(" 0x10 ") == 0x10)
        #expect(RegisterMapParser.parseNumber("16") == 16)
        #expect(RegisterMapParser.parseNumber("010") == nil)
        #expect(RegisterMapParser.parseNumber("ff") == nil)
    }
}
