/// Which panel has the screen, topmost first: help over the watch list over the MSI-X table
/// over a live view over the tree. The router's one answer to "which mode are we in"
/// (`ExplorerApp.screen`), instead of a boolean or optional per mode.
enum ExplorerScreen: Sendable, Equatable {
    case help, watch, msix, live, browse
}
