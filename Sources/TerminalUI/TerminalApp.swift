/// What the event loop drives: an app that handles keys, does live work on a tick, and
/// renders a whole frame into a grid.
@MainActor
public protocol TerminalApp: AnyObject {
    /// Time between live ticks; nil when nothing is live (the loop then waits for keys).
    var tickInterval: Duration? { get }
    /// True once the user asked to quit.
    var wantsQuit: Bool { get }
    /// True when the app needs a tick before its next frame (a view opened or grew and has
    /// words never read). Reads happen only in `tick`: `handle` and `render` ask for one here,
    /// and the loop ticks before drawing.
    var wantsTick: Bool { get }
    func handle(_ key: Key)
    func tick()
    /// Draws the whole frame from the app's state; reads nothing from hardware.
    func render(into grid: inout CellGrid)
}

extension TerminalApp {
    public var wantsTick: Bool { false }
}
