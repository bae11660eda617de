import TerminalUI

/// The key tables of each screen. The function bar and the help screen are generated
/// from these, so what the bar promises is what the keys do.
public enum ExplorerKeys {
    static let movement: [KeyBinding<ExplorerAction>] = [
        KeyBinding([.up, .char("k")], .up, help: "move up"),
        KeyBinding([.down, .char("j")], .down, help: "move down"),
        KeyBinding([.pageUp], .pageUp, help: "page up"),
        KeyBinding([.pageDown], .pageDown, help: "page down"),
        KeyBinding([.home], .home, help: "first row"),
        KeyBinding([.end], .end, help: "last row"),
    ]

    public static let browse = KeyTable<ExplorerAction>("Tree and details", [
        KeyBinding([.function(1), .char("?")], .help, bar: "Help", help: "this help (generated from the key table)"),
        KeyBinding([.enter], .open, bar: "Open", help: "open: expand a row, open a BAR or config space (hex view), follow a link, edit a field"),
        KeyBinding([.char("/")], .search, bar: "Search", help: "search: cursor to the first match, tree narrowed to matches (→ expands one)"),
        KeyBinding([.char("n")], .nextMatch, help: "next search match"),
        KeyBinding([.char("N")], .previousMatch, help: "previous search match"),
        KeyBinding([.char("g")], .goTo, bar: "Goto", help: "go to an address: the deepest iomem region holding it (port:ADDR for I/O)"),
        KeyBinding([.char("o")], .openTarget, bar: "Open…", help: "open any target live: phys:ADDR, port:ADDR, file:PATH, DEV/barN+OFF"),
        KeyBinding([.tab], .switchPane, bar: "Pane", help: "switch between tree and details (details: ↑/↓ pick a link or field, Enter follows/edits)"),
        KeyBinding([.char("f")], .editField, bar: "Field", help: "edit the config field at the details cursor: prefilled, confirmed, journaled, read back"),
        KeyBinding([.char("u")], .undo, help: "undo the last write (confirmed; a config field gets its old value back)"),
        KeyBinding([.char("p")], .pin, help: "pin the config field at the details cursor to the watch list (as hwx watch names it)"),
        KeyBinding([.char("W")], .watchList, help: "the watch list: words pinned with p, across devices, live"),
    ] + movement + [
        KeyBinding([.left, .char("h")], .collapse, help: "collapse, or jump to the parent"),
        KeyBinding([.right, .char("l")], .expand, help: "expand"),
        KeyBinding([.escape, .char("q")], .back, help: "back: clear the search, leave the details pane; quit at the top"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    public static let liveView = KeyTable<ExplorerAction>("Hex and register views", [
        KeyBinding([.function(1), .char("?")], .help, bar: "Help", help: "this help"),
        KeyBinding([.char("e"), .enter], .edit, bar: "Edit", help: "edit (poke) the word under the cursor: confirm before writing"),
        KeyBinding([.char("u")], .undo, bar: "Undo", help: "undo the last write (another confirmed write of the old value)"),
        KeyBinding([.char("w")], .cycleWidth, bar: "Width", help: "access width 8 → 16 → 32 → 64 bits (reads use this width)"),
        KeyBinding([.char("r")], .toggleRegisters, bar: "Regs", help: "switch between hex and register view"),
        KeyBinding([.char(" ")], .pause, bar: "Pause", help: "pause or resume the live refresh"),
        KeyBinding([.char(".")], .step, help: "read once now (single step, also while paused)"),
        KeyBinding([.char("+")], .faster, bar: "+Hz", help: "refresh faster"),
        KeyBinding([.char("-")], .slower, bar: "-Hz", help: "refresh slower"),
        KeyBinding([.char("g")], .goTo, help: "go to an offset in this range, or a register by its map name"),
        KeyBinding([.char("!")], .forceRead, help: "read the word under the cursor once even when its register has read side effects (read-to-clear): the value goes to the status line"),
        KeyBinding([.char("f")], .editField, help: "edit one field of the mapped register under the cursor: FIELD=VALUE (a number or the value's name); other fields are kept, RW1C bits written as 0"),
        KeyBinding([.char("p")], .pin, help: "pin the word under the cursor (named by the register map) to the watch list"),
        KeyBinding([.char("W")], .watchList, help: "the watch list: pinned words across devices, value, last change, sparkline, rate"),
    ] + movement + [
        KeyBinding([.left, .char("h")], .collapse, help: "previous word"),
        KeyBinding([.right, .char("l")], .expand, help: "next word"),
        KeyBinding([.escape, .char("q")], .back, bar: "Back", help: "back to the tree"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    /// Keys of the register view of a mapped range: one row per register at its own width,
    /// its fields below it.
    public static let registerTable = KeyTable<ExplorerAction>("Register view (the map's registers)", [
        KeyBinding([.function(1), .char("?")], .help, bar: "Help", help: "this help"),
        KeyBinding([.enter], .open, bar: "Edit", help: "on a field: edit that field (value names offered, Tab completes); on a register: edit it at its width; on a gap: open the hex view there"),
        KeyBinding([.char("e")], .edit, help: "edit (poke) the whole register under the cursor at its width: confirm before writing"),
        KeyBinding([.char("f")], .editField, help: "edit fields of the register as FIELD=VALUE (a number or the value's name)"),
        KeyBinding([.char("u")], .undo, bar: "Undo", help: "undo the last write (another confirmed write of the old value)"),
        KeyBinding([.char("r")], .toggleRegisters, bar: "Hex", help: "switch to the hex view at this register"),
        KeyBinding([.char(" ")], .pause, bar: "Pause", help: "pause or resume the live refresh"),
        KeyBinding([.char(".")], .step, help: "read once now (single step, also while paused)"),
        KeyBinding([.char("+")], .faster, bar: "+Hz", help: "refresh faster"),
        KeyBinding([.char("-")], .slower, bar: "-Hz", help: "refresh slower"),
        KeyBinding([.char("g")], .goTo, help: "go to a register by name (Tab completes) or an offset"),
        KeyBinding([.char("!")], .forceRead, help: "read the register once even when reading it has side effects (read-to-clear): the value goes to the status line"),
        KeyBinding([.char("p")], .pin, help: "pin the register under the cursor to the watch list"),
        KeyBinding([.char("W")], .watchList, help: "the watch list: pinned words across devices, value, last change, sparkline, rate"),
    ] + movement + [
        KeyBinding([.left, .char("h")], .collapse, help: "previous register"),
        KeyBinding([.right, .char("l")], .expand, help: "next register"),
        KeyBinding([.escape, .char("q")], .back, bar: "Back", help: "back to the tree"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    /// Keys of the live MSI-X table.
    public static let msixScreen = KeyTable<ExplorerAction>("MSI-X table (live)", [
        KeyBinding([.function(1), .char("?")], .help, bar: "Help", help: "this help"),
        KeyBinding([.char("m")], .toggleMask, bar: "Mask", help: "mask or unmask the selected entry: a confirmed poke of its Vector Control bit 0, read back and journaled"),
        KeyBinding([.char("u")], .undo, bar: "Undo", help: "undo the last write (another confirmed write of the old value)"),
        KeyBinding([.char(" ")], .pause, bar: "Pause", help: "pause or resume the live refresh"),
        KeyBinding([.char(".")], .step, help: "read once now (single step, also while paused)"),
    ] + movement + [
        KeyBinding([.escape, .char("q")], .back, bar: "Back", help: "back to the tree"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    /// Keys of the watch list screen.
    public static let watchScreen = KeyTable<ExplorerAction>("Watch list", [
        KeyBinding([.escape, .char("q"), .char("W")], .back, bar: "Back", help: "back to where you were"),
        KeyBinding([.char("x"), .delete], .unpin, bar: "Unpin", help: "remove the selected word from the watch list"),
        KeyBinding([.char("M")], .maxRate, bar: "MaxRate", help: "max rate: sample the pinned words back to back as fast as the bus allows for half of every tick (a busy core), count every change between two samples and show the samples/s; M again: back to the refresh rate"),
        KeyBinding([.char("R")], .record, bar: "Record", help: "start/stop recording every change to a CSV file next to the write journal (columns as hwx watch --csv)"),
        KeyBinding([.up, .char("k")], .up, help: "previous word"),
        KeyBinding([.down, .char("j")], .down, help: "next word"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])

    /// Keys of the help screen itself.
    public static let helpScreen = KeyTable<ExplorerAction>("Help", [
        KeyBinding([.escape, .char("q"), .char("?"), .function(1)], .back, bar: "Close", help: "close the help"),
        KeyBinding([.up, .char("k")], .up, help: "scroll up"),
        KeyBinding([.down, .char("j")], .down, help: "scroll down"),
        KeyBinding([.function(10), .char("Q")], .quit, bar: "Quit", help: "quit"),
    ])
}
