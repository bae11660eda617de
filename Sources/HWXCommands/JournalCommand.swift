import ArgumentParser
import MMIOCore

/// `hwx journal [--count N] [--json] [--journal FILE]`: the write journal read back —
/// recent writes (newest last) with their read-back, every intent that has no outcome
/// (hwx stopped between the two lines), and corrupt lines by number.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Show recent writes from the journal, and intents without an outcome (left by a crash).")

    @Option(help: "How many recent writes to show (intents without an outcome are always listed).") var count = 20
    @Option(help: "Journal file (default $XDG_STATE_HOME/hwx/journal.jsonl, else ~/.local/state/hwx/journal.jsonl).") var journal: String?
    @Flag(help: "Machine-readable output.") var json = false

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
