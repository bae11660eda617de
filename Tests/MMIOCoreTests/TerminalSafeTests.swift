import Testing
@testable import MMIOCore

/// The one escaper for names shown on a terminal (issue 9 item 5).
@Suite struct TerminalSafeTests {
    @Test func controlsAreWrittenAsHex() {
        #expect(TerminalSafe.escape("HPET\u{1b}[2J\u{07}0") == "HPET\\x1b[2J\\x070")
        #expect(TerminalSafe.escape("a\tb\nc\r\u{7f}\u{9b}") == "a\\x09b\\x0ac\\x0d\\x7f\\x9b")
        #expect(TerminalSafe.escape("\u{0}") == "\\x00")
        // Printable text, non-ASCII included, is unchanged.
        #expect(TerminalSafe.escape("PCI Bus 0000:00 — ünïcode ✓ \\x1b") == "PCI Bus 0000:00 — ünïcode ✓ \\x1b")
    }

    @Test func layoutKeepsLineEndsAndTabs() {
        #expect(TerminalSafe.escape("a\tb\n\u{1b}c\r\n", keepingLayout: true) == "a\tb\n\\x1bc\\x0d\n")
    }

    @Test func jsonCarriesNoControlCharacters() {
        let json = JSONValue.string("a\u{1b}b\u{7f}\u{85}").render()
        #expect(json == "\"a\\u001bb\\u007f\\u0085\"")
        #expect(TerminalSafe.escape(json) == json)
    }
}
