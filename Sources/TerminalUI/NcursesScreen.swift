import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The only code that calls ncurses (ncurses is global, non-thread-safe state, hence
/// `@MainActor`). It blits a `CellGrid` and decodes keys; it knows nothing of hwx.
@MainActor
public final class NcursesScreen {
    public private(set) var rows: Int = 0
    public private(set) var cols: Int = 0
    /// False when the locale is not UTF-8: box drawing falls back to ASCII.
    public let unicode: Bool
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: RolePalette
    private var stopped = false

    /// Starts curses on the controlling terminal. Sets the locale from the environment
    /// first (without it ncurses drops every non-ASCII cell).
    public init?(options: ScreenOptions) {
        setlocale(LC_ALL, "")
        unicode = ScreenOptions.localeIsUTF8
        guard let w = initscr() else { return nil }
        window = w
        cbreak()
        noecho()
        nonl()
        keypad(w, true)
        curs_set(0)
        // The cursor is hidden, so where it rests does not matter: without this, every
        // update ends by moving it back to the last cell written and resetting the
        // attributes (about 20 bytes a frame; a live view changing one register a tick
        // sent 90 bytes per change, 70 of them this and the status line).
        leaveok(w, true)
        set_escdelay(25)
        var color = false
        if options.colors && has_colors() {
            start_color()
            RolePalette.installPairs()
            color = true
        }
        palette = RolePalette(usesColor: color)
        if options.mouse {
            mouseinterval(0)
            _ = mousemask(CN_BUTTON1_CLICKED | CN_BUTTON1_PRESSED | CN_BUTTON4_PRESSED | CN_BUTTON5_PRESSED, nil)
        }
        updateSize()
    }

    /// Ends curses mode (idempotent).
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
    }

    public func updateSize() {
        rows = Int(getmaxy(window))
        cols = Int(getmaxx(window))
    }

    /// A blank grid of the current size, with the right box characters.
    public func makeGrid() -> CellGrid {
        CellGrid(rows: rows, cols: cols, box: unicode ? .unicode : .ascii)
    }

    /// Copies the grid to the screen; ncurses sends only what differs.
    public func present(_ grid: CellGrid) {
        for r in 0..<min(rows, grid.rows) {
            for c in 0..<min(cols, grid.cols) {
                let cell = grid[r, c]
                let (attrs, pair) = palette.attributesAndPair(cell.style)
                let scalar = unicode ? cell.scalar : BoxCharacters.asciiFallback(cell.scalar)
                // The bottom-right cell returns ERR (the cursor can't advance); harmless.
                _ = cn_mvwadd_scalar(window, Int32(r), Int32(c), scalar.value, attrs, pair)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits up to `timeoutMs` (-1: forever, 0: poll) for input; nil on timeout or on
    /// an interrupted wait (a signal).
    public func readKey(timeoutMs: Int32) -> Key? {
        wtimeout(window, timeoutMs)
        var wch: wint_t = 0
        let rc = wget_wch(window, &wch)
        if rc == ERR { return nil }
        if rc == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: UInt32(wch))) }
        return Key.fromCharacter(UInt32(wch))
    }

    private func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE:
            updateSize()
            return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let b = event.bstate
            let kind: MouseEvent.Kind
            if b & CN_BUTTON4_PRESSED != 0 { kind = .wheelUp }
            else if b & CN_BUTTON5_PRESSED != 0 { kind = .wheelDown }
            else if b & (CN_BUTTON1_CLICKED | CN_BUTTON1_PRESSED) != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind, row: Int(event.y), col: Int(event.x)))
        default:
            if code >= cn_key_f(1) && code <= cn_key_f(12) { return .function(Int(code - cn_key_f(0))) }
            return nil
        }
    }
}
