import TerminalUI

/// The watch list screen's own state: which pinned word is selected. The list itself, its
/// recorder and max-rate sampler belong to the app (they go on while another screen shows).
struct WatchPanel: ExplorerPanel {
    var selection = 0
    /// Pinned words, set by the router before each action.
    var itemCount = 0

    var keys: KeyTable<ExplorerAction> { ExplorerKeys.watchScreen }

    mutating func handle(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, itemCount - 1), selection + 1)
        default: return .ignored
        }
        return .handled
    }
}
