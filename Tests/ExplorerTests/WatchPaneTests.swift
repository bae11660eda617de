@testable import Explorer
import MMIOCore
import Testing

/// The TUI watch list: pin words from live views across devices with `p`, see them with
/// `W`: value, last change, sparkline, rate; one scheduler tick reads view and list together.
@MainActor
@Suite struct WatchPaneTests {
    @Test func pinFromTwoDevicesAndWatchChanges() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 100)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("r"), .down, .down, .char("p"))          // edu FACTORIAL (0x08)
        #expect(d.screen.contains("pinned 00:02.0/bar0/FACTORIAL"))
        d.press(.char("p"))
        #expect(d.screen.contains("already pinned"))
        d.press(.escape)
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"), .down, .down, .char("p"))          // NVMe VS (0x08)
        d.press(.escape, .char("W"))
        #expect(d.app.watchList.items.map(\.label) == ["00:02.0/bar0/FACTORIAL", "00:03.0/bar0/VS"])
        Golden.check(d.screen, "watch-list-100x24")
        // With no view open the list still ticks; both words are read once per tick.
        let before = d.app.scheduler.tickCount
        d.app.tick()
        #expect(d.app.scheduler.tickCount == before + 1)
        #expect(d.app.scheduler.watchedWords.count == 2)
        try temp.patch(temp.eduBAR0, offset: 0x08, bytes: [0x78, 0, 0, 0])
        d.app.tick()
        let screen = d.screen
        let row = try #require(screen.split(separator: "\n").first { $0.contains("00:02.0/bar0/FACTORIAL") })
        #expect(row.contains("0x00000078"))
        #expect(row.contains("s ago"))
        #expect(row.contains("▁▁█") || row.contains("▁█"))
        #expect(row.contains("/s"))
        d.press(.char("x"))
        #expect(d.app.watchList.items.map(\.label) == ["00:03.0/bar0/VS"])
        d.press(.char("W"))
        #expect(d.screen.contains("PCI  (13 functions)"))
    }

    @Test func readToClearWordsAreNotPinned() throws {
        let d = AppDriver(machine: Fixtures.machine(), rows: 24, cols: 100)
        d.app.open(.bar(.q35("00:06.0"), 0))
        d.press(.char("r"))
        for _ in 0..<(0xc0 / 4) { d.press(.down) }
        d.press(.char("p"))
        #expect(d.screen.contains("not pinned: ICR: read-to-clear"))
        #expect(d.app.watchList.items.isEmpty)
    }

    @Test func sparklineScalesBetweenMinimumAndMaximum() {
        #expect(WatchPane.sparkline([0, 7, 14], width: 16) == "▁▅█")
        #expect(WatchPane.sparkline([5, 5], width: 16) == "▁▁")
        #expect(WatchPane.sparkline(Array(0..<40), width: 4).count == 4)
    }
}
