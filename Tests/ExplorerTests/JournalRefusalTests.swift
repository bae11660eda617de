import Foundation
import FixText
import MMIOCore
import Testing

/// Journal first in the TUI: when the poke's intent cannot be made durable, the
/// confirmation dialog stays open showing the refusal and the device file is unchanged —
/// in-process, and in tmux with XDG_STATE_HOME pointing under a regular file.
@MainActor
@Suite(.serialized) struct JournalRefusalTests {
    /// Opens 00:02.0 BAR0, stages 0xcafe0001 at +0x4 and confirms.
    func pokeAndConfirm(_ d: AppDriver) {
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.right, .char("e"))
        for _ in 0..<8 { d.press(.backspace) }
        d.type("cafe0001")
        d.press(.enter)
        d.press(.char("y"))
    }

    @Test(arguments: ["/dev/full", "under-a-file/journal.jsonl", "a-directory"])
    func unjournalablePokeIsRefusedInTheDialog(_ place: String) throws {
        let temp = try TempMachine()
        let base = (temp.directory as NSString).deletingLastPathComponent
        FileManager.default.createFile(atPath: base + "/under-a-file", contents: Data("x".utf8))
        try FileManager.default.createDirectory(atPath: base + "/a-directory", withIntermediateDirectories: true)
        let journal = place.hasPrefix("/") ? place : base + "/" + place
        let d = AppDriver(machine: temp.machine(), rows: 30, cols: 100, write: true, journal: journal)
        pokeAndConfirm(d)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0], "the device must stay untouched")
        let dialog = try #require(d.app.dialog, "the dialog stays open with the refusal")
        #expect(dialog.refusal?.reason == .journalUnavailable)
        let screen = d.screen
        #expect(screen.contains("NOT WRITTEN: refused the write, the device is untouched"))
        // The refusal names the path, so where the dialog wraps depends on it: the fix's
        // words are checked whole, and on screen their start.
        #expect(screen.contains("fix: restart"), "the fix in the TUI's words")
        #expect(dialog.refusal?.fix.map { FixText.tui.words($0) }?.hasPrefix("restart hwx with --journal FILE") == true)
        #expect(!screen.contains("point --journal"), "not the CLI's words")
        #expect(screen.contains("y/Enter: try again    n/Esc: close"))
        d.press(.escape)
        #expect(d.app.dialog == nil)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
    }

    @Test func tmuxPokeWithUnwritableStateHomeIsRefused() throws {
        let temp = try TempMachine()
        let notADirectory = (temp.directory as NSString).deletingLastPathComponent + "/state-is-a-file"
        FileManager.default.createFile(atPath: notADirectory, contents: Data("x".utf8))
        let tmux = try Tmux("XDG_STATE_HOME=\(notADirectory) \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset --write")
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") } != nil)
        for _ in 0..<6 { tmux.send("Down") }
        tmux.send("l", "Down", "Enter")
        #expect(tmux.waitFor { $0.contains("00:02.0 BAR0  phys 0xfea00000") && $0.contains("00000000  010000ed") } != nil)
        tmux.send("Right", "e")
        #expect(tmux.waitFor { $0.contains("new 32-bit value at +0x4") } != nil)
        for _ in 0..<8 { tmux.send("BSpace") }
        tmux.sendLiteral("1234abcd")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("Write this register?") } != nil)
        tmux.send("y")
        let refused = try #require(tmux.waitFor { $0.contains("NOT WRITTEN") && $0.contains("n/Esc: close") })
        #expect(refused.contains("ENOTDIR"))
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0], "the device must stay untouched")
        tmux.send("Escape")
        #expect(tmux.waitFor { !$0.contains("NOT WRITTEN") } != nil)
        tmux.send("F10")
        #expect(tmux.waitForExit() == 0)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
    }
}
