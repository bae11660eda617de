import Foundation
import MMIOCore
import TerminalUI
import Testing
@testable import Explorer

/// Editing config fields from a PCI function's details: the rows and the names they carry,
/// the refusals, and the prompt → dialog → commit → undo state machine on a temp copy of q35.
@MainActor
@Suite(.serialized) struct ConfigFieldEditTests {
    /// Every field row of every function of `machine`.
    func rows(_ machine: Machine) -> [ConfigFieldRow] {
        machine.functions.flatMap { listed -> [ConfigFieldRow] in
            guard let f = machine.function(listed.address) else { return [] }
            return ConfigFieldLines.lines(f).compactMap { line in
                if case .configField(let row)? = line.link { return row }
                return nil
            }
        }
    }

    static func dumpMachine(_ name: String) throws -> Machine {
        let path = Fixtures.directory + "/dumps/" + name
        let dump = LspciDumpParser.parse(try FileIO.readLines(path, role: .textFile))
        return Machine.fromDump(dump, path: path, pciIDs: Fixtures.pciIDs)
    }

    /// q35 and every lspci dump of the corpus (hand-made ones and pciutils' real machines).
    nonisolated static let sources: [String] = {
        let dir = Fixtures.directory + "/dumps"
        let files = ((try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".lspci") && $0 != "broken.lspci" }.sorted()
        return ["q35"] + files
    }()

    /// A row's name is a target `hwx write` takes: parsed and resolved by the core, it lands
    /// on the row's register and field — on q35 and on every function of the dump corpus.
    @Test(arguments: sources)
    func everyRowNamesItsFieldForTheResolver(_ source: String) throws {
        let machine = source.hasSuffix(".lspci") ? try Self.dumpMachine(source) : Fixtures.machine(source)
        let all = rows(machine)
        #expect(all.count > 10, "\(source): \(all.count) field rows")
        for row in all {
            let target = try TargetParser.parse(row.target)
            guard case .named(.config(let address), let register, let field) = target else {
                Issue.record("\(row.target) is not a named config target: \(target)"); continue
            }
            #expect(address == row.function)
            let named = try ConfigNameResolver.namedRegister(address, register: register, field: field, machine: machine)
            #expect(named.offset == UInt64(row.offset), "\(row.target)")
            #expect(named.register.width == row.width, "\(row.target)")
            #expect(named.field?.name == row.field.name && named.field?.bits == row.field.bits, "\(row.target)")
        }
        let repeated = Dictionary(grouping: all, by: \.target).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "rows share a name: \(repeated)")
    }

    @Test func namesFollowTheCLISpelling() {
        let names = Set(rows(Fixtures.machine()).map(\.target))
        #expect(names.contains("00:02.0/config/COMMAND.BusMaster"))
        #expect(names.contains("00:03.0/config/CAP_EXP.DevCtl.MaxPayload"))
        #expect(names.contains("00:08.0/config/BRIDGE_CONTROL.SERR"))
        #expect(names.contains("00:03.0/config/CAP_PM.PMCtl.PowerState") || names.contains { $0.hasPrefix("00:03.0/config/CAP_PM") })
        // Reserved fields get no row.
        #expect(!names.contains { $0.hasSuffix(".RsvdP") || $0.hasSuffix(".RsvdZ") })
    }

    /// Presses ↓ or ↑ in the details until the cursor is on `target` (at most 400 rows).
    func select(_ d: AppDriver, _ target: String) throws {
        let lines = d.app.currentDetailLines
        let wanted = try #require(lines.firstIndex { if case .configField(let r)? = $0.link { r.target == target } else { false } })
        for _ in 0..<400 where d.app.selectedConfigField?.target != target {
            d.press((d.app.detailsState.selectedLine ?? 0) < wanted ? .down : .up)
        }
        try #require(d.app.selectedConfigField?.target == target)
    }

    func driverOnField(_ target: String, machine: Machine, write: Bool, journal: String = "/nonexistent/journal.jsonl") throws -> AppDriver {
        let d = AppDriver(machine: machine, write: write, journal: journal)
        let address = PCIAddress(parsing: String(target.prefix { $0 != "/" }))!
        d.select(.function(address))
        d.press(.char("f"))
        #expect(d.app.focus == .details)
        #expect(d.app.selectedConfigField != nil, "f from the tree goes to the first field")
        try select(d, target)
        return d
    }

    @Test func withoutWriteTheFieldIsRefusedWithTheFix() throws {
        let d = try driverOnField("00:02.0/config/COMMAND.BusMaster", machine: Fixtures.machine(), write: false)
        #expect(d.screen.contains("00:02.0/config/COMMAND.BusMaster  bits 2 RW · read-only session"))
        d.press(.char("f"))
        #expect(d.app.editor == nil)
        let text = try #require(d.app.message?.text)
        #expect(text == "COMMAND.BusMaster: writing is off; restart hwx with --write to edit")
        d.press(.enter)   // Enter on a field is the same key
        #expect(d.app.editor == nil && d.app.message?.text == text)
    }

    @Test func aReadOnlyFieldIsRefused() throws {
        let temp = try TempMachine()
        let d = try driverOnField("00:02.0/config/STATUS.Cap", machine: temp.machine(), write: true, journal: temp.journalPath)
        d.press(.char("f"))
        #expect(d.app.editor == nil)
        #expect(d.app.message?.text == "STATUS.Cap is read-only (RO); edit a field marked RW, RW1C, RW1S or WO")
    }

    /// `--from-dump FILE --write`: the session is read-only (title, views open read-only, pokes
    /// refused with the dump's fix), not a failure to open config space for writing.
    @Test func aDumpSessionIsReadOnlyWhateverTheFlags() throws {
        let d = AppDriver(machine: try Self.dumpMachine("q35.lspci"), rows: 24, cols: 200, write: true)
        let screen = d.screen
        #expect(screen.hasPrefix(" hwx  read-only  dump \(Fixtures.directory)/dumps/q35.lspci (config space only)"))
        #expect(!screen.contains("WRITES ENABLED"))
        d.app.open(.config(.q35("00:03.0")))
        #expect(d.app.view?.space != nil, "config space of a dump opens (read-only)")
        d.press(.char("e"))
        #expect(d.app.editor == nil)
        #expect(d.app.message?.text == "a dump is read-only: write on the machine itself")
    }

    @Test func aDumpIsRefusedEvenWithWrite() throws {
        let d = try driverOnField("00:03.0/config/COMMAND.BusMaster", machine: try Self.dumpMachine("q35.lspci"), write: true)
        d.press(.char("f"))
        #expect(d.app.editor == nil)
        let text = try #require(d.app.message?.text)
        #expect(text == "COMMAND.BusMaster: a dump is read-only: write on the machine itself")
    }

    var configPath: String { "/sys/devices/pci0000:00/0000:00:02.0/config" }

    /// f → prefilled prompt → dialog (the core's plan) → y: the copy's config bytes change
    /// exactly as planned, the journal has the intent and outcome, the details show the
    /// read-back; u → the old field value back, the file as it was.
    @Test func editConfirmReadBackAndUndo() throws {
        let temp = try TempMachine()
        let path = temp.directory + configPath
        let original = try temp.read(path, offset: 0, count: 256)
        let d = try driverOnField("00:02.0/config/COMMAND.BusMaster", machine: temp.machine(), write: true, journal: temp.journalPath)
        d.press(.char("f"))
        let editor = try #require(d.app.editor)
        #expect(editor.purpose == .configField)
        #expect(editor.text == "0", "prefilled with the field's current value")
        #expect(editor.prompt.hasPrefix("COMMAND.BusMaster (bits 2 RW"))
        d.press(.char("\u{15}"))
        d.type("1")
        d.press(.enter)
        let dialog = try #require(d.app.dialog)
        #expect(dialog.plan.target == "00:02.0/config/COMMAND.BusMaster")
        #expect(dialog.plan.old == 0x0103 && dialog.plan.new == 0x0107)
        #expect(dialog.plan.mask == 0x0004 && dialog.plan.zeroBits == 0)
        #expect(dialog.lines.contains { $0 == ("Mask", "0x0004 (BusMaster); other bits as read") })
        #expect(dialog.lines.contains { $0 == ("Fields", "BusMaster 0 → 1") })
        #expect(try temp.read(path, offset: 0, count: 256) == original, "nothing written before yes")
        d.press(.char("y"))
        #expect(d.app.message?.text == "wrote 0x0107 to 00:02.0/config/COMMAND.BusMaster; read back 0x0107; journaled")
        var expected = original
        expected[4] = 0x07
        #expect(try temp.read(path, offset: 0, count: 256) == expected, "only bit 2 of COMMAND changed")
        let journal = try String(contentsOfFile: temp.journalPath, encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 2)
        #expect(journal.contains("00:02.0/config/COMMAND.BusMaster"))
        // The details show the read-back without reading.
        #expect(d.app.currentDetailLines.contains { $0.value.hasPrefix("COMMAND (Control)  0x0107") })
        #expect(d.app.currentDetailLines.contains { $0.value.hasPrefix("  BusMaster      2     1 ") })
        d.press(.char("u"))
        let undo = try #require(d.app.dialog)
        #expect(undo.isUndo && undo.plan.new == 0x0103 && undo.plan.mask == 0x0004)
        d.press(.enter)
        #expect(d.app.message?.text == "wrote 0x0103 to 00:02.0/config/COMMAND.BusMaster; read back 0x0103; journaled")
        #expect(try temp.read(path, offset: 0, count: 256) == original)
        #expect(try String(contentsOfFile: temp.journalPath, encoding: .utf8).split(separator: "\n").count == 4)
        d.press(.char("u"))
        #expect(d.app.dialog == nil && d.app.message?.text == "nothing to undo")
    }

    /// A field write next to RW1C and reserved bits: RW1C written 0 (untouched), RsvdP kept,
    /// RsvdZ written 0; a RW1C field targeted is written 1 and cannot be undone.
    @Test func rw1cAndReservedBitsInTheMask() throws {
        let temp = try TempMachine()
        let bridge = temp.directory + "/sys/devices/pci0000:00/0000:00:08.0/config"
        try temp.patch(bridge, offset: 0x3e, bytes: [0x02, 0x14])      // SERR, DiscTmrStat (RW1C), bit 12 (RsvdP)
        try temp.patch(bridge, offset: 0x06, bytes: [0x16, 0x41])      // STATUS: RsvdZ 2:1, Cap, ParErr, >SERR
        let d = try driverOnField("00:08.0/config/BRIDGE_CONTROL.SERR", machine: temp.machine(), write: true, journal: temp.journalPath)
        d.press(.char("f"))
        #expect(d.app.editor?.text == "1")
        d.press(.char("\u{15}"))
        d.type("0")
        d.press(.enter)
        let plan = try #require(d.app.dialog?.plan)
        #expect(plan.old == 0x1402 && plan.mask == 0x0002 && plan.zeroBits == 0x0400 && plan.new == 0x1000)
        #expect(d.app.dialog?.lines.contains { $0 == ("Zeroed", "0x0400 RW1C: written 0, so untouched") } == true)
        d.press(.char("n"))
        #expect(d.app.message?.text == "cancelled: nothing written")

        try select(d, "00:08.0/config/STATUS.ParErr")   // above BRIDGE_CONTROL: move up
        d.press(.char("f"))
        d.press(.char("\u{15}"))
        d.type("1")
        d.press(.enter)
        let status = try #require(d.app.dialog?.plan)
        #expect(status.old == 0x4116 && status.mask == 0x0100 && status.zeroBits == 0xf806 && status.new == 0x0110)
        d.press(.char("y"))
        #expect(try temp.read(bridge, offset: 0x06, count: 2) == [0x10, 0x01])
        d.press(.char("u"))
        #expect(d.app.dialog == nil)
        #expect(d.app.message?.text.contains("cannot undo 00:08.0/config/STATUS.ParErr: ParErr is RW1C") == true)
    }

    /// The config space row of a function lists the same fields (f from the tree goes there too).
    @Test func theConfigSpaceRowListsTheFieldsToo() throws {
        let d = AppDriver(machine: Fixtures.machine())
        d.select(.config(.q35("00:02.0")))
        d.press(.char("f"))
        #expect(d.app.selectedConfigField?.target == "00:02.0/config/VENDOR_ID.VendorID")
        try select(d, "00:02.0/config/COMMAND.BusMaster")
        d.press(.enter)
        #expect(d.app.message?.text == "COMMAND.BusMaster: writing is off; restart hwx with --write to edit")
    }

    /// `p` on a field pins it under its target name; the watch list reads it on its ticks.
    @Test func pinAConfigFieldToTheWatchList() throws {
        let temp = try TempMachine()
        let d = try driverOnField("00:02.0/config/COMMAND.BusMaster", machine: temp.machine(), write: false)
        d.press(.char("p"))
        #expect(d.app.message?.text == "pinned 00:02.0/config/COMMAND.BusMaster · W shows the watch list")
        let item = try #require(d.app.watchList.items.first)
        #expect(item.label == "00:02.0/config/COMMAND.BusMaster" && item.offset == 4 && item.width == .bits16 && item.field?.name == "BusMaster")
        d.press(.char("p"))
        #expect(d.app.message?.text.hasPrefix("already pinned") == true)
        try temp.patch(temp.directory + configPath, offset: 4, bytes: [0x07])
        d.app.tick()
        d.press(.char("W"))
        #expect(d.screen.contains("00:02.0/config/COMMAND.BusMaster"))
        #expect(d.app.watchList.items.count == 1)
    }

    /// A mapped register's field edit (register view, `f`) is undone the same way: its old
    /// value written back as a field write, not the whole old word over a changed register.
    @Test func aMappedRegisterFieldEditUndoesAsAFieldWrite() throws {
        let temp = try TempMachine()
        let bar = temp.directory + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        try temp.patch(bar, offset: 0x14, bytes: [0x00, 0x00, 0x46, 0x00])   // CC: IOCQES 4, IOSQES 6
        let d = AppDriver(machine: temp.machine(), rows: 30, cols: 120, write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"), .char("g"))
        d.type("cc")
        d.press(.enter, .char("f"))
        d.type("SHN=NORMAL")
        d.press(.enter, .char("y"))
        #expect(try temp.read(bar, offset: 0x14, count: 4) == [0x00, 0x40, 0x46, 0x00])
        try temp.patch(bar, offset: 0x14, bytes: [0x01])                      // meanwhile EN set
        d.press(.char("u"))
        let undo = try #require(d.app.dialog)
        #expect(undo.isUndo)
        #expect(undo.plan.mask == 0x0000_c000, "SHN only")
        #expect(undo.plan.new == 0x0046_0001, "EN as it is now, SHN back to 0")
        d.press(.char("y"))
        #expect(try temp.read(bar, offset: 0x14, count: 4) == [0x01, 0x00, 0x46, 0x00])
    }

    /// PgDn/PgUp move the details cursor a page of rows, End/Home to the last/first stop.
    @Test func pageKeysCrossFieldRowsAPageAtATime() {
        let d = AppDriver(machine: Fixtures.machine())
        d.select(.function(.q35("00:03.0")))
        d.press(.char("f"))
        let start = d.app.detailsState.selectedLine ?? 0
        d.press(.pageDown)
        let paged = d.app.detailsState.selectedLine ?? 0
        #expect(paged >= start + 7, "a page of the 8-row pane")
        #expect(d.app.selectedConfigField != nil)
        d.press(.end)
        let lines = d.app.currentDetailLines
        #expect(d.app.detailsState.selectedLine == lines.lastIndex { $0.link != nil })
        #expect(d.app.detailsState.scroll > paged)
        d.press(.pageUp)
        #expect((d.app.detailsState.selectedLine ?? 0) < lines.count - 7)
        d.press(.home)
        let first = lines.firstIndex { $0.link != nil } ?? -1
        #expect(d.app.detailsState.selectedLine == first)
        #expect(d.app.detailsState.scroll <= first && first < d.app.detailsState.scroll + 8, "the first stop on screen")
    }

    /// A poke of config space from the hex view: its read-back reaches the details too.
    @Test func aHexViewPokeOfConfigShowsInTheDetails() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.select(.function(.q35("00:02.0")))
        d.app.open(.config(.q35("00:02.0")))
        d.press(.right, .char("e"))   // +0x4, 32 bits: COMMAND and STATUS
        d.press(.char("\u{15}"))
        d.type("0x00100107")
        d.press(.enter, .char("y"))
        #expect(d.app.message?.text.hasPrefix("wrote 0x00100107 to 00:02.0/config+0x04") == true)
        d.press(.escape)
        #expect(d.app.currentDetailLines.contains { $0.value.hasPrefix("COMMAND (Control)  0x0107") })
        #expect(d.app.currentDetailLines.contains { $0.label == "Command" && $0.value == "0x0107" }, "the lspci lines too")
    }

    @Test func aValueThatDoesNotFitIsSaid() throws {
        let temp = try TempMachine()
        let d = try driverOnField("00:03.0/config/CAP_EXP.DevCtl.MaxPayload", machine: temp.machine(), write: true, journal: temp.journalPath)
        d.press(.char("f"))
        #expect(d.app.editor?.completions.contains("256B") == true)
        d.press(.char("\u{15}"))
        d.type("9")
        d.press(.enter)
        #expect(d.app.dialog == nil)
        #expect(d.app.message?.text.contains("9 does not fit") == true)
        #expect(!FileManager.default.fileExists(atPath: temp.journalPath))
    }
}
