import Explorer
import MMIOCore
import TerminalUI

/// Drives an `ExplorerApp` like the event loop does: keys in, frames out.
@MainActor
struct AppDriver {
    let app: ExplorerApp
    var rows: Int
    var cols: Int

    init(machine: Machine, rows: Int = 24, cols: Int = 80, write: Bool = false, journal: String = "/nonexistent/journal.jsonl") {
        app = ExplorerApp(machine: machine, options: ExplorerOptions(writeEnabled: write, journalPath: journal, refreshHz: 4))
        self.rows = rows
        self.cols = cols
    }

    /// One frame as `EventLoop.draw` makes it: a tick first when the app asks for one, and
    /// another tick and frame when rendering asked (render itself never reads).
    func frame() -> CellGrid {
        if app.wantsTick { app.tick() }
        var grid = CellGrid(rows: rows, cols: cols)
        app.render(into: &grid)
        if app.wantsTick {
            app.tick()
            grid = CellGrid(rows: rows, cols: cols)
            app.render(into: &grid)
        }
        return grid
    }

    var screen: String { frame().text }

    /// Sends keys, rendering after each one as the event loop does.
    /// A tick the app asked for is done first: in the loop, a frame (and its tick) follows
    /// every key and every direct call the test made before this key.
    func press(_ keys: Key...) {
        for k in keys {
            if app.wantsTick { app.tick() }
            app.handle(k)
            _ = frame()
        }
    }

    func type(_ text: String) {
        for s in text.unicodeScalars { press(.char(s)) }
    }

    /// Selects `id` in the tree by search-free navigation: reveal + select.
    func select(_ id: NodeID) {
        app.follow(.node(id))
        _ = frame()
    }
}

extension PCIAddress {
    static func q35(_ text: String) -> PCIAddress { PCIAddress(parsing: text)! }
}
