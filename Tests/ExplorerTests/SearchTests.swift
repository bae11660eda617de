import MMIOCore
import Testing
import TerminalUI
@testable import Explorer

/// `/`: the cursor goes to the first match, a match expands to show all its children, and
/// a BAR found that way opens with Enter.
@MainActor
@Suite struct SearchTests {
    @Test func aFoundFunctionExpandsToItsBARsAndEnterOpensOne() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 100)
        d.press(.char("/"))
        d.type("00:05.0")
        d.press(.enter)
        // The iomem regions named 0000:00:05.0 come first in the tree; n reaches the function.
        #expect(d.app.treeState.matches.contains(.function(.q35("00:05.0"))))
        while d.app.treeState.selected != .function(.q35("00:05.0")) { d.press(.char("n")) }
        #expect(!d.screen.contains("BAR0"))
        d.press(.right)
        #expect(d.screen.contains("BAR0"))
        d.press(.down)
        #expect(d.app.treeState.selected == .bar(.q35("00:05.0"), 0))
        d.press(.enter)
        #expect(d.app.view?.title == "00:05.0 BAR0")
        d.press(.escape)
        #expect(d.app.treeState.filter == "00:05.0")
        #expect(d.app.treeState.selected == .bar(.q35("00:05.0"), 0))
        d.press(.left, .left)   // to the function, then collapse it
        #expect(!d.screen.contains("BAR0"))
    }

    @Test func promptsRememberTheirOwnHistory() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 100)
        d.press(.char("/"))
        d.type("nvme")
        d.press(.enter, .escape)
        d.press(.char("g"))
        d.type("feb50010")
        d.press(.enter)
        d.press(.char("/"), .up)
        #expect(d.app.editor?.text == "nvme")
        d.press(.escape, .char("g"), .up)
        #expect(d.app.editor?.text == "feb50010")
    }
}
