import ArgumentParser
import Explorer
import MMIOCore
#if canImport(Glibc)
import Glibc
#endif

/// `hwx [tui] [--root DIR] [--write] [--journal FILE] [--no-mouse] [--pci-ids FILE] [--hz N]`: the
/// full-screen explorer, and what `hwx` with no subcommand runs.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen explorer (the default when no subcommand is given)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Allow pokes from hex/register views. Each one is confirmed, read back and journaled. Off by default, also for --root captures.")
    var write = false

    @Option(help: ArgumentHelp("Journal file for pokes (default $XDG_STATE_HOME/hwx/journal.jsonl). A poke whose intent cannot be journaled there is refused.", valueName: "FILE"))
    var journal: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @Option(help: ArgumentHelp("Refresh rate of live views, in Hz.", valueName: "HZ"))
    var hz: Double = 4

    func validate() throws {
        guard hz > 0, hz <= 100 else { throw ValidationError("--hz must be between 0 and 100") }
    }

    func run() throws {
        // The first frame needs only the function rows: each function is read whole
        // when it is shown (Machine.function), not all of them before the screen starts.
        let machine = try global.loadMachine(detail: .summary)
        let journal = self.journal ?? WriteJournal.defaultPath(environment: WriteJournal.processEnvironment())
        var options = ExplorerOptions(writeEnabled: write, journalPath: journal, refreshHz: hz)
        options.registerMaps = RegisterNaming.catalog(global: global)   // reports broken map files before the screen starts
        let mouse = !noMouse
        let outcome = MainActor.assumeIsolated {
            ExplorerLauncher.run(machine: machine, options: options, mouse: mouse)
        }
        switch outcome {
        case .quit: return
        case .signal(let s): Glibc.exit(128 + s)
        case .cannotStart(let why): throw CommandFailure.failure(why)
        }
    }
}
