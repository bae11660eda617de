@testable import Explorer
import MMIOCore
import TerminalUI
import Testing

/// The router: one panel on top at a time, its key table drives lookup, the function bar
/// and the help screen; actions it ignores are handled once for every screen.
@MainActor
@Suite struct PanelRoutingTests {
    @Test func eachScreenHasOnePanelAndItsKeysEverywhere() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 120)
        var seen: [(ExplorerScreen, String)] = [(d.app.screen, d.app.currentKeys.title)]
        d.app.open(.bar(.q35("00:03.0"), 0))
        seen.append((d.app.screen, d.app.currentKeys.title))
        d.press(.char("r"))
        seen.append((d.app.screen, d.app.currentKeys.title))
        d.press(.char("W"))
        seen.append((d.app.screen, d.app.currentKeys.title))
        d.press(.escape, .escape)
        d.app.openMSIX(.q35("00:03.0"))
        seen.append((d.app.screen, d.app.currentKeys.title))
        #expect(seen.map(\.0) == [.browse, .live, .live, .watch, .msix])
        #expect(seen.map(\.1) == ["Tree and details", "Hex and register views", "Register view (the map's registers)", "Watch list", "MSI-X table (live)"])
        // Help lists the keys of the panel under it, and its own bar says how to close it.
        d.press(.function(1))
        #expect(d.app.screen == .help)
        let screen = d.screen
        #expect(screen.contains("Help: MSI-X table (live)"))
        #expect(screen.contains(ExplorerKeys.msixScreen.helpLines()[1].trimmingTrailing()))
        #expect(screen.split(separator: "\n").last?.hasPrefix("Esc Close") == true)
        d.press(.escape)
        #expect(d.app.screen == .msix)
        // Shared actions: Space pauses on any live screen; Esc goes back one panel (the MSI-X
        // table was opened from the tree).
        d.press(.char(" "))
        #expect(d.app.paused)
        d.press(.escape)
        #expect(d.app.screen == .browse)
    }
}

private extension String {
    func trimmingTrailing() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
