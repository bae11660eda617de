import ArgumentParser
import MMIOCore

/// `hwx`: the root command. With no subcommand it opens the TUI.
public struct HWX: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hwx",
        abstract: "Live hardware explorer: physical address map, I/O ports, PCI devices, MMIO registers.",
        // The man page's TARGETS section is made from this discussion (scripts/manpage.py).
        discussion: Target.grammar,
        version: HWXVersion.current,
        subcommands: [TUICommand.self, ListCommand.self, ShowCommand.self, ReadCommand.self, WriteCommand.self, DumpCommand.self, SnapshotCommand.self, MapsCommand.self, WatchCommand.self, JournalCommand.self],
        defaultSubcommand: TUICommand.self
    )

    public init() {}
}
