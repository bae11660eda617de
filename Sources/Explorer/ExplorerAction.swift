/// Everything a key can ask the explorer to do. Key tables map keys to these.
public enum ExplorerAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end
    case collapse, expand
    case open, switchPane, back, quit, help
    case search, nextMatch, previousMatch, goTo, openTarget
    case faster, slower, pause, step
    case cycleWidth, toggleRegisters, edit, undo
    case pin, watchList, unpin, editField, record, forceRead, maxRate
    case toggleMask
}
