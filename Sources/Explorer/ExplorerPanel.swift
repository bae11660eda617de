import TerminalUI

/// One screen of the TUI, like htop's Panels (../shared/research/style.md, htop): it owns
/// its state and its key table and handles the actions that move within it. What every
/// screen shares (quit, help, pause and single step, the refresh rate, undo, prompts, poke
/// dialogs, the watch list) stays with the router, `ExplorerApp`, which gives each action to
/// the panel on top first. The function bar and the help screen come from `keys`, so there
/// is one place per screen that says what its keys do.
protocol ExplorerPanel {
    var keys: KeyTable<ExplorerAction> { get }
    /// Moves within the panel; `.ignored` hands the action to the router.
    mutating func handle(_ action: ExplorerAction) -> PanelResult
}
