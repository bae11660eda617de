import ArgumentParser
import MMIOCore

/// `hwx write <target> <value> [--width W] [--mask M] [--dry-run] [--yes]`.
///
/// Always shows the plan (target, physical address, width, old, new, changed bits).
/// Without `--yes` nothing is written and the exit code is 1; `--dry-run` never writes.
/// With `--yes` the write goes through `WriteJournal.commit`: the intent is journaled
/// (fsync'ed) first, then the register is written and read back and the outcome journaled.
/// A journal that cannot hold the intent refuses the write (exit 1, device untouched).
struct WriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write a register: plan, then (with --yes) write, read back and journal.",
        discussion: Target.grammar)

    @Argument(help: "What to write, e.g. 00:02.0/bar0+0x04.") var target: String
    @Argument(help: "Value: 0x-prefixed hex, decimal or 0b binary (a value name for a field).") var value: String
    @Option(help: "Access width in bits: 8, 16, 32 or 64 (default 32, or the named register's width).") var width: String?
    @Option(help: "Only change these bits (read-modify-write at the register's width).") var mask: String?
    @Flag(name: .customLong("dry-run"), help: "Show the plan only; never write.") var dryRun = false
    @Flag(help: "Confirm: perform the write.") var yes = false
    @Option(help: "Journal file (default $XDG_STATE_HOME/hwx/journal.jsonl, else ~/.local/state/hwx/journal.jsonl). Must be a writable regular file: the write is refused when its intent cannot be journaled.") var journal: String?
    @Flag(help: "Machine-readable output.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let parsed = try parseTarget(target)
        let number = parsed.namesField ? NumberSyntax.value(value) : try parseNumber(value, "value")
        let maskValue = try parseNumber(mask, "--mask")
        let requested = try parseWidth(width)
        let commit = yes && !dryRun
        let opener = try TargetOpener(global: global, writable: commit, targets: [parsed])
        let resolved = try opener.open(parsed, span: UInt64((requested ?? .bits64).bytes))
        let width = requested ?? resolved.defaultWidth
        let plan: WritePlan
        do {
            if let fieldPlan = try fieldPlan(parsed, resolved: resolved, machine: opener.machine) {
                plan = fieldPlan
            } else {
                plan = try WritePlan.prepare(resolved, width: width, value: number ?? 0, mask: maskValue)
            }
        } catch {
            throw CommandFailure.access(error)
        }
        if !commit {
            printOut(json ? WriteRenderer.planJSON(plan, committed: nil).render() : WriteRenderer.plan(plan) + fieldChanges(plan, parsed, opener.machine))
            if dryRun { return }
            throw CommandFailure.failure("not written: add --yes to write (or --dry-run to only show the plan)")
        }
        let journalPath = journal ?? WriteJournal.defaultPath(environment: WriteJournal.processEnvironment())
        let planText = json ? "" : WriteRenderer.plan(plan) + fieldChanges(plan, parsed, opener.machine)
        let done: JournaledWrite
        do {
            done = try WriteJournal(path: journalPath).commit(plan, to: resolved, machine: opener.machine.root)
        } catch {
            // Refused (the journal cannot hold the intent) or failed: the plan, then why.
            printOut(json ? WriteRenderer.planJSON(plan, committed: nil).render() : planText)
            throw CommandFailure.access(error)
        }
        let result = done.result
        printOut(json ? WriteRenderer.planJSON(plan, committed: result).render()
                   : planText + "\n" + WriteRenderer.result(result, journal: done.outcomeError == nil ? journalPath : nil))
        if let e = done.outcomeError { throw CommandFailure.access(e) }
    }
}
