import CTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the terminal usable whatever happens: saves the tty modes before curses starts,
/// turns SIGINT/SIGTERM/SIGHUP into a flag the event loop polls (async-signal-safe C
/// handlers, no SA_RESTART so a blocked read returns), and on a crash signal restores the
/// tty and leaves the alternate screen before chaining to Swift's backtracer.
public enum TerminalGuard {
    /// Call once, before `initscr`. Also unblocks signals a parent may have blocked for
    /// us (test runners' worker threads block SIGINT/SIGTERM/SIGHUP/SIGWINCH).
    public static func install(ttyDescriptor: Int32 = STDIN_FILENO) {
        _ = ct_unblock_signals()
        _ = ct_save_tty(ttyDescriptor)
        _ = ct_install_quit_handlers()
        _ = ct_install_crash_handlers()
    }

    /// The signal that asked us to quit, or nil.
    public static var quitSignal: Int32? {
        let s = ct_quit_signal()
        return s == 0 ? nil : s
    }

    /// Restores the saved tty modes now (after `endwin`, as a last resort).
    public static func restoreNow() { ct_restore_tty_now() }

    /// The exit status a shell expects for a process that quit on `signal`.
    public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }
}
