import TerminalUI

extension MSIXPanel: ExplorerPanel {
    var keys: KeyTable<ExplorerAction> { ExplorerKeys.msixScreen }

    /// Moving the selection; masking, undo and the rest are the router's.
    mutating func handle(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -visibleRows)
        case .pageDown: move(by: visibleRows)
        case .home: move(by: -capability.count)
        case .end: move(by: capability.count)
        default: return .ignored
        }
        return .handled
    }
}
