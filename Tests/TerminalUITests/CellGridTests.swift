import Testing
@testable import TerminalUI

@Suite struct CellGridTests {
    @Test func putClipsAtTheEdge() {
        var grid = CellGrid(rows: 1, cols: 4)
        grid.put("abcdef", y: 0, x: 1)
        #expect(grid.textLines() == [" abc"])
    }
}
