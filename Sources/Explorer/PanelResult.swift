/// What a panel did with an action (htop's HandlerResult, in two cases).
enum PanelResult: Sendable, Equatable {
    /// The panel moved; the router resubscribes the words now on screen.
    case handled
    /// Not the panel's action: the router handles it (quit, help, pause, undo, prompts …).
    case ignored
}
