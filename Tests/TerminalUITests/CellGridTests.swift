import Testing
@testable import TerminalUI

@Suite struct CellGridTests {
    @Test func putClipsAtTheEdge() {
        var grid = CellGrid(rows: 1, cols: 4)
        let end = grid.put("abcdef", row: 0, col: 1)
        #expect(grid.textLines() == [" abc"])
        #expect(end == 7)
    }

    /// No control character reaches a cell: ESC, BEL, TAB, DEL and C1 are drawn `\xNN`.
    @Test func putDrawsControlCharactersEscaped() {
        var grid = CellGrid(rows: 1, cols: 40)
        let end = grid.put("a\u{1b}[2J\u{07}\t\u{7f}\u{9b}z", row: 0, col: 0)
        #expect(grid.textLines() == [#"a\x1b[2J\x07\x09\x7f\x9bz"#])
        #expect(end == 25)
        var narrow = CellGrid(rows: 1, cols: 4)
        narrow.put("ab\u{1b}", row: 0, col: 0)
        #expect(narrow.textLines() == [#"ab\x"#])
    }

    @Test func putClipsToARect() {
        var grid = CellGrid(rows: 2, cols: 10)
        grid.put("0123456789", row: 1, col: 0, clip: Rect(row: 1, col: 2, height: 1, width: 3))
        #expect(grid.textLines() == ["", "  234"])
    }

    @Test func writesOutsideTheGridAreDropped() {
        var grid = CellGrid(rows: 2, cols: 2)
        grid[5, 5] = Cell("x")
        grid.put("abc", row: -1, col: 0)
        grid.put("abc", row: 0, col: -2)
        #expect(grid.textLines() == ["c", ""])
        #expect(grid[9, 9] == Cell())
    }

    @Test func unicodeBoxWithTitle() {
        var grid = CellGrid(rows: 3, cols: 12)
        grid.drawBox(grid.bounds, title: "Tree")
        #expect(grid.textLines() == ["┌ Tree ────┐", "│          │", "└──────────┘"])
    }

    @Test func asciiBoxWhenTheLocaleIsNotUTF8() {
        var grid = CellGrid(rows: 3, cols: 6, box: .ascii)
        grid.drawBox(grid.bounds)
        #expect(grid.textLines() == ["+----+", "|    |", "+----+"])
    }

    @Test func asciiFallbackCoversWhatViewsDraw() {
        let mapped = "─│┌┐└┘▸▾·…≈µ".unicodeScalars.map { BoxCharacters.asciiFallback($0) }
        #expect(String(String.UnicodeScalarView(mapped)) == "-|++++>v.~~?")
    }

    @Test func rolesAreReadableForStyleAssertions() {
        var grid = CellGrid(rows: 1, cols: 6)
        grid.put("ab", row: 0, col: 0, style: Style(.changed))
        grid.put("cd", row: 0, col: 3, style: Style(.selection))
        #expect(grid.roleLetters(row: 0) == "CC.SS.")
        #expect(grid.columns(row: 0, role: .selection) == [3, 4])
    }

    @Test func fillAndRestyle() {
        var grid = CellGrid(rows: 2, cols: 3)
        grid.put("abc", row: 0, col: 0)
        grid.restyle(Rect(row: 0, col: 1, height: 1, width: 5), style: Style(.dim))
        #expect(grid.roleLetters(row: 0) == ".dd")
        #expect(grid.text(row: 0) == "abc")
        grid.fill(Rect(row: 0, col: 0, height: 1, width: 2), style: Style(.error))
        #expect(grid.text(row: 0) == "  c")
    }
}
