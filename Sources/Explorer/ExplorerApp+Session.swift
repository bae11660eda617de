import FixText
import MMIOCore

/// Whether this session can write at all: `--write` on a machine or a capture. A dump
/// (`--from-dump`) holds config bytes only and is read-only whatever the flags say.
extension ExplorerApp {
    /// The dump file the functions come from, nil for a machine or a capture.
    var dumpFile: String? {
        guard machine.functions.first?.isFromDump == true else { return nil }
        let directory = machine.root.directory   // `Machine.fromDump` names its root FILE.no-sysfs
        return directory.hasSuffix(".no-sysfs") ? String(directory.dropLast(".no-sysfs".count)) : directory
    }

    /// True when pokes may be staged (they are still confirmed one by one).
    var canWrite: Bool { options.writeEnabled && dumpFile == nil }

    /// Why nothing can be written in this session, with the fix; nil when writing is on.
    var writeRefusal: String? {
        if dumpFile != nil { return FixText.tui.words(.writeTheMachine) }
        if !options.writeEnabled { return "writing is off: " + FixText.tui.words(.enableWrites) }
        return nil
    }
}
