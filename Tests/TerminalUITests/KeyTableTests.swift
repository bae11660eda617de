import Testing
@testable import TerminalUI

@Suite struct KeyTableTests {
    enum Action: Hashable, Sendable { case help, quit, down, search }

    let table = KeyTable<Action>("Test", [
        KeyBinding([.function(1), .char("?")], .help, bar: "Help", help: "show help"),
        KeyBinding([.down, .char("j")], .down, help: "move down"),
        KeyBinding([.char("/")], .search, bar: "Search", help: "search"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    @Test func lookupFindsEveryKeyOfABinding() {
        #expect(table.action(for: .function(1)) == .help)
        #expect(table.action(for: .char("?")) == .help)
        #expect(table.action(for: .char("j")) == .down)
        #expect(table.action(for: .char("x")) == nil)
    }

    @Test func functionBarAndHelpComeFromTheSameEntries() {
        var grid = CellGrid(rows: 1, cols: 40)
        table.drawBar(into: &grid, row: 0)
        #expect(grid.text(row: 0) == "F1 Help  / Search  F10 Quit")
        #expect(grid.roleLetters(row: 0).hasPrefix("KKkkkkkkkKkkkkkkkkkKKK"))
        #expect(table.helpLines() == [
            "  F1/?   show help",
            "  ↓/j    move down",
            "  /      search",
            "  F10/Q  quit",
        ])
    }

    @Test func functionBarDropsWhatDoesNotFit() {
        var grid = CellGrid(rows: 1, cols: 19)
        table.drawBar(into: &grid, row: 0)
        #expect(grid.text(row: 0) == "F1 Help  / Search")
    }

    @Test func characterDecoding() {
        #expect(Key.fromCharacter(0x0d) == .enter)
        #expect(Key.fromCharacter(0x0a) == .enter)
        #expect(Key.fromCharacter(0x09) == .tab)
        #expect(Key.fromCharacter(0x1b) == .escape)
        #expect(Key.fromCharacter(0x7f) == .backspace)
        #expect(Key.fromCharacter(0x71) == .char("q"))
        #expect(Key.char(" ").description == "Space")
    }

    @Test func changeHighlightFadesInThreeSteps() {
        #expect(Role.changed(age: 0, fadeTicks: 12) == .changed)
        #expect(Role.changed(age: 4, fadeTicks: 12) == .changedFading)
        #expect(Role.changed(age: 8, fadeTicks: 12) == .changedFaint)
        #expect(Role.changed(age: 12, fadeTicks: 12) == nil)
        #expect(Role.changed(age: -1, fadeTicks: 12) == nil)
    }
}
