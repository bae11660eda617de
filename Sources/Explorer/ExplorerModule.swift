import MMIOCore
import TerminalUI

/// hwx's screens: view models over `MMIOCore` drawn into `TerminalUI` grids.
/// (The TUI issue fills this module; the CLI's no-argument path calls into it.)
public enum ExplorerModule {
    public static let name = "Explorer"
}
