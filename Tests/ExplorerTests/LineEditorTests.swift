import Explorer
import Testing
import TerminalUI

/// The line editor every prompt uses: readline's keys, history, Tab completion.
@Suite struct LineEditorTests {
    func type(_ e: inout LineEditor, _ text: String) {
        for s in text.unicodeScalars { _ = e.handle(.char(s)) }
    }

    @Test func ctrlUClearsAPrefilledTextInOneKey() {
        var e = LineEditor(.openTarget, prompt: "open: ", text: "00:02.0/bar0")
        _ = e.handle(.char("\u{15}"))
        #expect(e.text == "")
        type(&e, "00:03.0/config")
        #expect(e.handle(.enter) == .committed("00:03.0/config"))
    }

    @Test func cursorMovesAndEditsInTheMiddle() {
        var e = LineEditor(.goTo, prompt: "", text: "feb0010")
        for _ in 0..<3 { _ = e.handle(.left) }
        type(&e, "5")
        #expect(e.text == "feb05010")
        #expect(e.cursor == 5)
        _ = e.handle(.char("\u{01}"))          // Ctrl-A
        type(&e, "0x")
        #expect(e.text == "0xfeb05010")
        _ = e.handle(.char("\u{0b}"))          // Ctrl-K at position 2
        #expect(e.text == "0x")
        _ = e.handle(.char("\u{05}"))          // Ctrl-E
        _ = e.handle(.backspace)
        #expect(e.text == "0")
        _ = e.handle(.home)
        _ = e.handle(.delete)
        #expect(e.text == "")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var e = LineEditor(.openTarget, prompt: "", text: "00:03.0/bar0/CAP")
        _ = e.handle(.char("\u{17}"))
        #expect(e.text == "00:03.0/bar0/")
        _ = e.handle(.char("\u{17}"))
        #expect(e.text == "00:03.0/")
    }

    @Test func historyWalksOlderEntriesAndBackToTheDraft() {
        var e = LineEditor(.search, prompt: "", history: ["nvme", "e1000e"])
        type(&e, "ah")
        _ = e.handle(.up)
        #expect(e.text == "e1000e")
        _ = e.handle(.up)
        _ = e.handle(.up)
        #expect(e.text == "nvme")
        _ = e.handle(.down)
        #expect(e.text == "e1000e")
        _ = e.handle(.down)
        #expect(e.text == "ah")
    }

    @Test func tabCompletesTheCommonPrefixThenOneCandidate() {
        var e = LineEditor(.openTarget, prompt: "", completions: ["00:03.0/bar0", "00:03.0/bar0/CAP", "00:03.0/bar0/CC", "00:03.0/config"])
        type(&e, "00:03.0/b")
        _ = e.handle(.tab)
        #expect(e.text == "00:03.0/bar0")
        #expect(e.candidates.count == 3)
        type(&e, "/ca")
        _ = e.handle(.tab)
        #expect(e.text == "00:03.0/bar0/CAP")
        #expect(e.candidates.isEmpty)
    }

    @Test func controlCharactersAreNotInserted() {
        var e = LineEditor(.search, prompt: "")
        _ = e.handle(.char("\u{07}"))
        _ = e.handle(.char("\u{1b}"))
        #expect(e.text == "")
    }
}
