/// What the event loop drives: an app that handles keys, does live work on a tick, and
/// renders a whole frame into a grid.
@MainActor
public protocol TerminalApp: AnyObject {
    /// Time between live ticks; nil when nothing is live (the loop then waits for keys).
    var tickInterval: Duration? { get }
    /// True once the user asked to quit.
    var wantsQuit: Bool { get }
    func handle(_ key: Key)
    func tick()
    func render(into grid: inout CellGrid)
}
