import TerminalUI

/// The help screen: the key table of the screen under it, generated (`KeyTable.helpLines`),
/// scrolled with ↑/↓.
struct HelpPanel: ExplorerPanel {
    var scroll = 0

    var keys: KeyTable<ExplorerAction> { ExplorerKeys.helpScreen }

    mutating func handle(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        default: return .ignored
        }
        return .handled
    }
}
