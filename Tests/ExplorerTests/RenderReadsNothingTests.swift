import Foundation
@testable import Explorer
import MMIOCore
import TerminalUI
import Testing

/// `render` draws from what the last tick read and reads nothing itself; a frame that shows
/// words never read asks for a tick (`wantsTick`), which the loop does before drawing again.
@MainActor
@Suite struct RenderReadsNothingTests {
    func render(_ app: ExplorerApp, rows: Int, cols: Int) -> String {
        var grid = CellGrid(rows: rows, cols: cols)
        app.render(into: &grid)
        return grid.text
    }

    /// The details of a function with the cursor on a config field, and its edit dialog open:
    /// drawing them reads nothing (the values are the loaded bytes and this session's words).
    @Test func configFieldDetailsAndDialogReadNothing() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 80, write: true, journal: temp.journalPath)
        d.select(.function(.q35("00:02.0")))
        d.press(.char("f"))
        for _ in 0..<20 where d.app.selectedConfigField?.name != "COMMAND.BusMaster" { d.press(.down) }
        let path = temp.directory + "/sys/devices/pci0000:00/0000:00:02.0/config"
        d.press(.char("f"), .enter)
        #expect(d.app.dialog != nil)
        // The device's bytes change under the app: a read in render would change the frame.
        let sizes = [(60, 160), (12, 50), (24, 80)]
        for (rows, cols) in sizes { _ = render(d.app, rows: rows, cols: cols) }
        let before = render(d.app, rows: 24, cols: 80)
        try temp.patch(path, offset: 0, bytes: [UInt8](repeating: 0xee, count: 256))
        for (rows, cols) in sizes { _ = render(d.app, rows: rows, cols: cols) }
        #expect(render(d.app, rows: 24, cols: 80) == before)
        #expect(!d.app.wantsTick)
    }

    @Test(arguments: ["hex", "registers", "msix"])
    func renderingAtAnySizeNeverTicks(_ screen: String) {
        let d = AppDriver(machine: Fixtures.machine(), rows: 24, cols: 80)
        switch screen {
        case "msix": d.app.openMSIX(.q35("00:03.0"))
        default: d.app.open(.bar(.q35(screen == "hex" ? "00:02.0" : "00:03.0"), 0))
        }
        if screen == "registers" { d.press(.char("r")) }
        _ = d.frame()
        #expect(!d.app.wantsTick)
        let ticks = d.app.scheduler.tickCount
        // A taller screen shows more words: rendering asks for a tick instead of reading.
        _ = render(d.app, rows: 60, cols: 160)
        #expect(d.app.scheduler.tickCount == ticks)
        #expect(d.app.wantsTick)
        for (rows, cols) in [(60, 160), (12, 50), (40, 120), (24, 80)] { _ = render(d.app, rows: rows, cols: cols) }
        #expect(d.app.scheduler.tickCount == ticks)
        d.app.tick()
        #expect(!d.app.wantsTick)
        #expect(d.app.scheduler.tickCount == ticks + 1)
    }
}
