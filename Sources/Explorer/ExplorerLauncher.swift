import MMIOCore
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Starts the TUI on the controlling terminal and runs it until the user quits or a
/// signal arrives; the terminal is restored on every path (quit, SIGINT/SIGTERM/SIGHUP,
/// crash: see `TerminalGuard`).
@MainActor
public enum ExplorerLauncher {
    public enum Outcome: Equatable, Sendable {
        case quit
        /// Stopped by this signal; exit with 128 + signal, as a shell would report it.
        case signal(Int32)
        /// Could not start (no terminal); the message says what to do.
        case cannotStart(String)
    }

    public static func run(machine: Machine, options: ExplorerOptions, mouse: Bool) -> Outcome {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return .cannotStart("the TUI needs a terminal on stdin and stdout; for scripts use hwx list/show/read/dump (see hwx --help)")
        }
        TerminalGuard.install()
        guard let screen = NcursesScreen(options: .fromEnvironment(mouse: mouse)) else {
            TerminalGuard.restoreNow()
            return .cannotStart("could not start curses: is TERM (\(getenv("TERM").map { String(cString: $0) } ?? "unset")) a known terminal?")
        }
        let app = ExplorerApp(machine: machine, options: options)
        let signal = EventLoop(screen: screen, app: app).run()
        screen.stop()
        if let signal { return .signal(signal) }
        return .quit
    }
}
