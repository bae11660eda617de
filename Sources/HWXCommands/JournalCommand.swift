import ArgumentParser
import MMIOCore

/// `hwx journal [--count N] [--json] [--journal FILE]`: the write journal read back —
/// recent writes (newest last) with their read-back, every intent that has no outcome
/// (hwx stopped between the two lines), and corrupt lines by number.
///
/// The journal is the user's, not a machine's: one file holds the writes on every machine
/// and capture (each line names its machine). So the global options (`--root`,
/// `--from-dump`, `--pci-ids`, `--maps`) are accepted, as in `hwx --root DIR journal`, and
/// change nothing: the journal read is `--journal FILE`, else the default one.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Show recent writes from the journal, and intents without an outcome (left by a crash).",
        discussion: "The journal holds the writes on every machine and capture, each naming its machine; --root and the other global options are accepted (hwx --root DIR journal) and do not change which journal is read.")

    @Option(help: "How many recent writes to show (intents without an outcome are always listed).") var count = 20
    @Option(help: "Journal file (default $XDG_STATE_HOME/hwx/journal.jsonl, else ~/.local/state/hwx/journal.jsonl).") var journal: String?
    @Flag(help: "Machine-readable output.") var json = false
    /// Accepted so `hwx --root DIR journal` works; the journal does not depend on them.
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let path = journal ?? WriteJournal.defaultPath(environment: WriteJournal.processEnvironment())
        let loaded: JournalHistory?
        do {
            loaded = try JournalHistory.load(path: path)
        } catch {
            throw CommandFailure.access(error)
        }
        let history = loaded ?? JournalHistory(bytes: [])
        if json {
            printOut(JournalRenderer.json(history, path: path, count: count).render())
        } else if loaded == nil {
            printOut("journal \(path): no writes journaled (the file does not exist)")
        } else {
            printOut(JournalRenderer.text(history, path: path, count: count))
        }
    }
}
