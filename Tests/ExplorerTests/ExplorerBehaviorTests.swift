import Foundation
import MMIOCore
import Testing
import TerminalUI
@testable import Explorer

/// Keys in, state and frames out: navigation, search, go-to, cross-links, live refresh
/// through the shared scheduler, and the poke/undo protocol on a copied capture.
@MainActor
@Suite struct ExplorerBehaviorTests {
    @Test func searchFiltersTheTreeAndNCycles() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 100)
        d.press(.char("/"))
        d.type("e1000e")
        d.press(.enter)
        #expect(d.app.treeState.matches.count >= 4)
        let first = d.app.treeState.selected
        d.press(.char("n"))
        #expect(d.app.treeState.selected != first)
        d.press(.char("N"))
        #expect(d.app.treeState.selected == first)
        let rows = d.app.treeState.rows(d.app.tree)
        #expect(rows.allSatisfy { row in row.matches || d.app.treeState.matches.contains { d.app.tree.ancestors(of: $0).contains(row.id) } })
        #expect(d.screen.contains("00:06.0 Ethernet controller"))
        d.press(.escape)
        #expect(d.app.treeState.filter == nil)
    }

    @Test func searchMatchesIDsAndDrivers() {
        var state = TreeState(tree: MachineTree(machine: Fixtures.machine()))
        let tree = MachineTree(machine: Fixtures.machine())
        state.search("1b36:0010", in: tree)
        #expect(state.matches.contains(.function(.q35("00:03.0"))))
        state.search("NVME", in: tree)
        #expect(state.matches.contains(.function(.q35("00:03.0"))))
    }

    @Test func goToSelectsTheDeepestRegion() {
        let d = AppDriver(machine: Fixtures.machine())
        d.press(.char("g"))
        d.type("0xfeb50010")
        d.press(.enter)
        guard case .region(.iomem, let id) = d.app.treeState.selected else { Issue.record("not a region"); return }
        #expect(Fixtures.machine().iomem!.path(toRegion: id).last!.name == "nvme")
        d.app.goTo("port:0x604")
        guard case .region(.ioports, let pid) = d.app.treeState.selected else { Issue.record("not a port region"); return }
        #expect(Fixtures.machine().ioports!.path(toRegion: pid).last!.name == "ACPI PM1a_CNT_BLK")
        d.app.goTo("zz")
        #expect(d.app.message?.role == .error)
    }

    @Test func crossLinksJumpBetweenRegionFunctionAndBAR() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 40, cols: 140)
        d.app.goTo("0xfea00000")
        d.press(.tab)
        #expect(d.app.focus == .details)
        // first link: the owner chain; walk to the function link and follow it
        let lines = DetailsBuilder(tree: d.app.tree).lines(for: d.app.treeState.selected).lines
        let functionLine = lines.firstIndex { $0.link == .node(.function(.q35("00:02.0"))) }!
        while d.app.detailsState.selectedLine != functionLine { d.press(.down) }
        d.press(.enter)
        #expect(d.app.treeState.selected == .function(.q35("00:02.0")))
        #expect(d.app.focus == .tree)
        // from the BAR back to its iomem region
        let barLines = DetailsBuilder(tree: d.app.tree).lines(for: .bar(.q35("00:02.0"), 0)).lines
        let region = barLines.compactMap(\.link).last { if case .node(.region) = $0 { true } else { false } }!
        d.app.follow(region)
        guard case .region(.iomem, let id) = d.app.treeState.selected else { Issue.record("not a region"); return }
        #expect(Fixtures.machine().iomem!.path(toRegion: id).last!.name == "0000:00:02.0")
    }

    @Test func treeKeysExpandCollapseAndJumpToParent() {
        let d = AppDriver(machine: Fixtures.machine())
        d.select(.function(.q35("00:03.0")))
        d.press(.char("l"))
        #expect(d.app.treeState.expanded.contains(.function(.q35("00:03.0"))))
        d.press(.char("j"))
        #expect(d.app.treeState.selected == .bar(.q35("00:03.0"), 0))
        d.press(.char("h"))
        #expect(d.app.treeState.selected == .function(.q35("00:03.0")))
        d.press(.char("h"))
        #expect(!d.app.treeState.expanded.contains(.function(.q35("00:03.0"))))
        d.press(.end)
        #expect(d.app.treeState.selected == .config(.q35("01:00.0")) || d.app.treeState.rows(d.app.tree).last?.id == d.app.treeState.selected)
        d.press(.home)
        #expect(d.app.treeState.selected == .section(.iomem))
        d.press(.char("q"))
        #expect(d.app.wantsQuit)
    }

    @Test func bridgesNestTheirFunctions() {
        let tree = MachineTree(machine: Fixtures.machine())
        #expect(tree.children(of: .function(.q35("00:08.0"))).contains(.function(.q35("01:00.0"))))
        #expect(tree.ancestors(of: .function(.q35("01:00.0"))) == [.section(.pci), .hostBridge("pci0000:00"), .function(.q35("00:08.0"))])
    }

    @Test func liveViewReadsOnlyVisibleWordsOncePerTickAndHighlightsChanges() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        _ = d.frame()
        let view = try #require(d.app.view)
        #expect(d.app.scheduler.watchedWords.count == view.visibleOffsets.count)
        #expect(view.visibleOffsets.count == 17 * 4)
        try temp.patch(temp.eduBAR0, offset: 0x14, bytes: [0x78, 0x56, 0x34, 0x12])
        d.app.tick()
        let grid = d.frame()
        let row = (0..<grid.rows).first { grid.text(row: $0).contains("00000010  00000000 12345678") }
        let r = try #require(row)
        let changed = grid.columns(row: r, role: .changed)
        #expect(changed.count == 8 + 4)   // eight hex digits and four ASCII cells
        // the highlight fades, then disappears
        for _ in 0..<d.app.fadeTicks / 3 + 1 { d.app.tick() }
        #expect(d.frame().columns(row: r, role: .changedFading).count == 12)
        for _ in 0..<d.app.fadeTicks { d.app.tick() }
        #expect(d.frame().columns(row: r, role: .changed).isEmpty)
        #expect(d.frame().columns(row: r, role: .changedFaint).isEmpty)
    }

    @Test func scrollingMovesTheSubscription() throws {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.pageDown)
        let v = try #require(d.app.view)
        #expect(v.top == 17 * 16)
        #expect(v.cursor == 17 * 16)
        #expect(Set(d.app.scheduler.watchedWords.map(\.offset)) == Set(v.visibleOffsets))
        d.press(.char("r"))
        // The register table reads the registers on screen, each at its own width.
        #expect(Set(d.app.scheduler.watchedWords.map { [$0.offset, UInt64($0.width.bits)] })
                == Set(d.app.view!.visibleWords.map { [$0.offset, UInt64($0.width.bits)] }))
        d.press(.escape)
        #expect(d.app.view == nil)
        #expect(d.app.scheduler.watchedWords.isEmpty)
    }

    @Test func pauseStopsTicksAndRateKeysChangeIt() {
        let d = AppDriver(machine: Fixtures.machine())
        #expect(d.app.tickInterval == nil)
        d.app.open(.bar(.q35("00:02.0"), 0))
        #expect(d.app.tickInterval == .milliseconds(250))
        d.press(.char("+"))
        #expect(d.app.hz == 8)
        d.press(.char("-"), .char("-"))
        #expect(d.app.hz == 2)
        d.press(.char(" "))
        #expect(d.app.tickInterval == nil)
        #expect(d.screen.contains("paused"))
    }

    @Test func editWithoutWriteExplainsHowToEnableIt() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("e"))
        #expect(d.app.editor == nil)
        #expect(d.screen.contains("writing is off: restart hwx with --write"))
    }

    @Test func confirmedPokeWritesReadsBackAndJournals() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.right, .char("e"))
        for _ in 0..<8 { d.press(.backspace) }
        d.type("cafe0001")
        d.press(.enter)
        #expect(d.app.dialog != nil)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
        d.press(.char("y"))
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0x01, 0x00, 0xfe, 0xca])
        #expect(d.screen.contains("wrote 0xcafe0001 to 00:02.0/bar0+0x04; read back 0xcafe0001; journaled"))
        let journal = WriteJournal(path: temp.journalPath).lines()
        #expect(journal.count == 2, "the intent, then the outcome")
        #expect(journal.first?.contains("\"event\":\"intent\"") == true)
        #expect(journal.first?.contains("\"target\":\"00:02.0/bar0+0x04\"") == true)
        #expect(journal.first?.contains("\"physical_address\":\"0xfea00004\"") == true)
        #expect(journal.last?.contains("\"read_back\":\"0xcafe0001\"") == true)
        // the new value shows highlighted at once
        let grid = d.frame()
        let r = (0..<grid.rows).first { grid.text(row: $0).contains("cafe0001") }!
        #expect(!grid.columns(row: r, role: .changed).isEmpty || !grid.columns(row: r, role: .selection).isEmpty)
        // undo: a second confirmed write of the old value
        d.press(.char("u"))
        #expect(d.app.dialog?.isUndo == true)
        d.press(.enter)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
        #expect(WriteJournal(path: temp.journalPath).lines().count == 4)
        d.press(.char("u"))
        #expect(d.app.message?.text == "nothing to undo")
    }

    @Test func unconfirmedPokeWritesNothing() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("e"))
        for _ in 0..<8 { d.press(.backspace) }
        d.type("ff")
        d.press(.enter)
        #expect(d.app.dialog != nil)
        d.press(.escape)
        #expect(d.app.dialog == nil)
        #expect(try temp.read(temp.eduBAR0, offset: 0, count: 4) == [0xed, 0x00, 0x00, 0x01])
        #expect(WriteJournal(path: temp.journalPath).lines().isEmpty)
        #expect(d.screen.contains("cancelled: nothing written"))
    }

    @Test func badPokeValueIsRefusedBeforeAnyDialog() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("w"))   // 64-bit
        d.press(.char("w"))   // 8-bit
        d.press(.char("e"))
        for _ in 0..<4 { d.press(.backspace) }
        d.type("0x1ff")
        d.press(.enter)
        #expect(d.app.dialog == nil)
        #expect(d.app.message?.role == .error)
        #expect(d.app.message?.text.contains("does not fit in 8 bits") == true)
    }

    @Test func mouseClickSelectsThenOpens() {
        let d = AppDriver(machine: Fixtures.machine())
        _ = d.frame()
        // row 4 of the screen is the third tree row: "▾ PCI"
        d.press(.mouse(MouseEvent(.click, row: 4, col: 5)))
        #expect(d.app.treeState.selected == .section(.pci))
        d.press(.mouse(MouseEvent(.click, row: 4, col: 5)))
        #expect(!d.app.treeState.expanded.contains(.section(.pci)))
    }

    @Test func registerMapsNameWordsAndReadToClearIsNeverPolled() throws {
        let d = AppDriver(machine: Fixtures.machine(), rows: 60, cols: 120)
        d.app.open(.bar(.q35("00:06.0"), 0))
        let v = try #require(d.app.view)
        #expect(v.labels?.mapName == "e1000e")
        #expect(v.labels?.readSideEffect(at: 0xc0, width: .bits32) != nil)
        #expect(!v.visibleOffsets.contains(0xc0))
        #expect(!d.app.scheduler.watchedWords.contains { $0.offset == 0xc0 })
        #expect(d.app.scheduler.watchedWords.count == v.visibleOffsets.count)
        d.press(.char("r"))
        let screen = d.screen
        #expect(screen.contains("CTRL"))
        let icr = try #require(screen.split(separator: "\n").first { $0.contains("000000c0  ICR") })
        #expect(icr.contains("~~~~~~~~~~  "))
        #expect(icr.contains("not polled: read-to-clear"))
        #expect(!d.app.scheduler.watchedWords.contains { $0.offset == 0xc0 })
    }

    @Test func editRefusesAWordWhoseReadHasSideEffects() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 60, cols: 120, write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:06.0"), 0))
        d.app.goTo("0xc0")
        d.press(.char("e"))
        #expect(d.app.editor == nil)
        #expect(d.app.message?.text.contains("not editable here") == true)
    }

    @Test func openTargetShowsPhysicalWindowsPortsAndFiles() throws {
        let temp = try TempMachine()
        try temp.makeDevFiles()
        try temp.patch(temp.directory + "/dev/mem", offset: 0xfed0_0000, bytes: [0x01, 0xa2, 0x86, 0x80])
        try temp.patch(temp.directory + "/dev/port", offset: 0x70, bytes: [0x42])
        let d = AppDriver(machine: temp.machine(), rows: 30, cols: 120)
        // o on an iomem row offers its phys: address
        d.app.goTo("0xfed00000")
        d.press(.char("o"))
        #expect(d.app.editor?.text == "phys:0xfed00000")
        d.press(.enter)
        let hpet = try #require(d.app.view)
        #expect(hpet.title == "phys:0xfed00000")
        #expect(hpet.length == 0x400)                      // to the end of PNP0103:00
        #expect(hpet.labels?.mapName == "hpet")
        #expect(d.screen.contains("00000000  8086a201"))
        d.press(.escape)
        d.app.openTarget("port:0x70")
        let port = try #require(d.app.view)
        #expect(port.width == .bits8)
        #expect(port.length == 8)                          // rtc0: 0070-0077
        #expect(d.screen.contains("00000000  42 00 00 00 00 00 00 00"))
        d.press(.escape)
        d.app.openTarget("file:" + temp.eduBAR0 + "+0x20")
        #expect(d.app.view?.cursor == 0x20)
        #expect(d.app.view?.length == 1 << 20)
        d.press(.escape)
        d.app.openTarget("phys:zz")
        #expect(d.app.view == nil)
        #expect(d.app.message?.role == .error)
    }

    @Test func aVanishedMappingIsShownAsAnErrorNotACrash() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 120)
        d.app.open(.bar(.q35("00:02.0"), 0))
        #expect(d.screen.contains("00000000  010000ed"))
        // The file shrinks under the mapping, as a BAR disappears when a device is removed:
        // the next reads fault with SIGBUS, which the view shows with the fix.
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: temp.eduBAR0))
        try h.truncate(atOffset: 0)
        try h.close()
        d.app.tick()
        let screen = d.screen
        #expect(screen.contains("00000000  ???????? ????????"))
        #expect(screen.contains("reads/tick · last error: 32-bit read of 00:02.0 BAR0 at offset 0x"))
        #expect(screen.contains("faulted: SIGBUS"))
        #expect(screen.contains("+0x0000 fix: the mapping is gone"))
        #expect(d.app.lastReadError?.reason == .fault)
    }

    @Test func detailsWithoutLinksScrollLineByLine() throws {
        // 16 rows: the details pane shows 4 lines; System RAM's details have 5 and no link.
        let d = AppDriver(machine: Fixtures.machine(), rows: 16, cols: 80)
        let ram = try #require(Fixtures.machine().iomem?.roots.first { $0.name == "System RAM" && !$0.children.isEmpty })
        d.select(.region(.iomem, ram.id))
        d.press(.tab)
        #expect(d.app.focus == .details)
        #expect(d.app.detailsState.selectedLine == nil)
        d.press(.down)
        #expect(d.app.detailsState.scroll == 1)
        d.press(.down)
        #expect(d.app.detailsState.scroll == 1)
        d.press(.up)
        #expect(d.app.detailsState.scroll == 0)
    }
}
