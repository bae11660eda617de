@testable import Explorer
import MMIOCore
import Testing

/// The TUI watch list: pin words from live views across devices with `p`, see them with
/// `W`: value, last change, sparkline, rate; one scheduler tick reads view and list together.
@MainActor
@Suite struct WatchPaneTests {
    @Test func pinFromTwoDevicesAndWatchChanges() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 100, journal: temp.stateHome + "/journal.jsonl")
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("r"), .right, .right, .char("p"))        // edu ID, LIVENESS, FACTORIAL (0x08)
        #expect(d.screen.contains("pinned 00:02.0/bar0/FACTORIAL"))
        d.press(.char("p"))
        #expect(d.screen.contains("already pinned"))
        d.press(.escape)
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"), .right, .char("p"))                // NVMe CAP, VS (0x08)
        d.press(.escape, .char("W"))
        #expect(d.app.watchList.items.map(\.label) == ["00:02.0/bar0/FACTORIAL", "00:03.0/bar0/VS"])
        Golden.check(d.screen, "watch-list-100x24")
        // With no view open the list still ticks; both words are read once per tick.
        let before = d.app.scheduler.tickCount
        d.app.tick()
        #expect(d.app.scheduler.tickCount == before + 1)
        #expect(d.app.scheduler.watchedWords.count == 2)
        try temp.patch(temp.eduBAR0, offset: 0x08, bytes: [0x78, 0, 0, 0])
        d.app.tick()
        let screen = d.screen
        let row = try #require(screen.split(separator: "\n").first { $0.contains("00:02.0/bar0/FACTORIAL") })
        #expect(row.contains("0x00000078"))
        #expect(row.contains("s ago"))
        #expect(row.contains("▁▁█") || row.contains("▁█"))
        #expect(row.contains("/s"))
        // R records changes to a CSV beside the journal, starting with the current values.
        d.press(.char("R"))
        let path = try #require(d.app.watchRecorder?.path)
        #expect(path.hasPrefix(temp.stateHome + "/watch-"))
        #expect(d.screen.contains("recording to"))
        try temp.patch(temp.eduBAR0, offset: 0x08, bytes: [0x79, 0, 0, 0])
        d.app.tick()
        d.press(.char("R"))
        #expect(d.app.watchRecorder == nil)
        let csv = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).joined(separator: ",") }
        #expect(csv == ["target,event,value,delta,rate_per_s,error",
                        "00:02.0/bar0/FACTORIAL,initial,0x00000078,,,", "00:03.0/bar0/VS,initial,0x00010400,,,"]
                      + [csv.last ?? ""])
        #expect(csv.last?.hasPrefix("00:02.0/bar0/FACTORIAL,change,0x00000079,1,") == true, "\(csv)")
        d.press(.char("x"))
        #expect(d.app.watchList.items.map(\.label) == ["00:03.0/bar0/VS"])
        d.press(.char("W"))
        #expect(d.screen.contains("PCI  (13 functions)"))
    }

    @Test func maxRateSamplesBackToBackAndCountsEveryChange() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 100, journal: temp.stateHome + "/journal.jsonl")
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("r"), .right, .right, .char("p"))        // edu ID, LIVENESS, FACTORIAL (0x08)
        #expect(d.screen.contains("pinned 00:02.0/bar0/FACTORIAL"))
        d.press(.escape, .char("W"), .char("M"))
        #expect(d.screen.contains("max rate: sampling back to back"))
        #expect(d.app.tickInterval == .milliseconds(50))
        let ticks = d.app.scheduler.tickCount
        d.app.tick()
        #expect(d.app.scheduler.tickCount == ticks, "max rate samples through its own sampler, not the scheduler")
        let m = try #require(d.app.maxRate)
        #expect(m.sampler.samples[0] > 1000, "one slice takes many samples")
        #expect(m.changes(of: 0) == 0)
        try temp.patch(temp.eduBAR0, offset: 0x08, bytes: [0x78, 0, 0, 0])
        d.app.tick()
        #expect(m.changes(of: 0) == 1)
        let screen = d.screen
        #expect(screen.contains("watch list  1 pinned  max rate"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains("00:02.0/bar0/FACTORIAL") })
        #expect(row.contains("0x00000078") && row.contains(" 1 "), "\(row)")
        #expect(row.contains("M") || row.contains("k"), "samples/s shown: \(row)")
        d.press(.char("M"))
        #expect(d.app.maxRate == nil && d.app.tickInterval == .microseconds(250_000))
    }

    @Test func readToClearWordsAreNotPinned() throws {
        let d = AppDriver(machine: Fixtures.machine(), rows: 24, cols: 100)
        d.app.open(.bar(.q35("00:06.0"), 0))
        d.press(.char("r"))
        for _ in 0..<(0xc0 / 4) { d.press(.down) }
        d.press(.char("p"))
        #expect(d.screen.contains("not pinned: ICR: read-to-clear"))
        #expect(d.app.watchList.items.isEmpty)
    }

    @Test func sparklineScalesBetweenMinimumAndMaximum() {
        #expect(WatchPane.sparkline([0, 7, 14], width: 16) == "▁▅█")
        #expect(WatchPane.sparkline([5, 5], width: 16) == "▁▁")
        #expect(WatchPane.sparkline(Array(0..<40), width: 4).count == 4)
    }
}

/// Field edits (`f`) and go-to by register name (`g`) in a mapped register view.
@MainActor
@Suite struct FieldEditTests {
    var nvmeBAR0: String { "/sys/devices/pci0000:00/0000:00:03.0/resource0" }

    @Test func fieldEditIsOneReadModifyWriteThatKeepsRW1CBits() throws {
        let temp = try TempMachine()
        let bar = temp.directory + nvmeBAR0
        try temp.patch(bar, offset: 0x14, bytes: [0x00, 0x00, 0x46, 0x00])   // CC: IOCQES 4, IOSQES 6
        try temp.patch(bar, offset: 0x1c, bytes: [0x11, 0x00, 0x00, 0x00])   // CSTS: RDY, NSSRO (RW1C) pending
        let d = AppDriver(machine: temp.machine(), rows: 30, cols: 120, write: true, journal: temp.stateHome + "/journal.jsonl")
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"), .char("g"))
        d.type("cc")
        d.press(.enter)
        #expect(d.app.view?.cursor == 0x14)
        d.press(.char("f"))
        #expect(d.screen.contains("CC field=value (EN CSS MPS AMS SHN IOSQES …; Tab completes): "))
        d.type("SHN=NORMAL")
        d.press(.enter)
        let dialog = try #require(d.app.dialog)
        #expect(dialog.plan.old == 0x0046_0000)
        #expect(dialog.plan.new == 0x0046_4000)
        d.press(.char("y"))
        #expect(try temp.read(bar, offset: 0x14, count: 4) == [0x00, 0x40, 0x46, 0x00])
        // A field of CSTS: RDY is read-only, so the field edit is refused ...
        d.press(.char("g"))
        d.type("CSTS")
        d.press(.enter, .char("f"))
        d.type("RDY=0")
        d.press(.enter)
        #expect(d.app.dialog == nil)
        #expect(d.screen.contains("CSTS.RDY is read-only"))
        // ... and clearing NSSRO writes 1 there only.
        d.press(.char("f"))
        d.type("NSSRO=1")
        d.press(.enter)
        #expect(d.app.dialog?.plan.new == 0x0000_0011)
        #expect(d.app.dialog?.plan.mask == 0x0000_0010)
    }

    @Test func fieldEditNeedsWriteModeAndAMappedRegister() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("f"))
        #expect(d.screen.contains("writing is off"))
    }
}

/// `!`: a read-to-clear register is read only when the user asks, once.
@MainActor
@Suite struct ForceReadTests {
    @Test func bangReadsASideEffectRegisterOnce() throws {
        let temp = try TempMachine()
        let bar = temp.directory + "/sys/devices/pci0000:00/0000:00:06.0/resource0"
        try temp.patch(bar, offset: 0xc0, bytes: [0x04, 0x00, 0x00, 0x80])   // ICR: LSC | INT_ASSERTED
        let d = AppDriver(machine: temp.machine(), rows: 24, cols: 140)
        d.app.open(.bar(.q35("00:06.0"), 0))
        d.press(.char("r"), .char("g"))
        d.type("ICR")
        d.press(.enter)
        #expect(d.app.view?.cursor == 0xc0)
        #expect(d.screen.contains("not polled: ICR: read-to-clear"))
        d.press(.char("!"))
        let screen = d.screen
        #expect(screen.contains("+0xc0 = 0x80000004  ICR "))
        #expect(screen.contains("LSC=1"))
        #expect(screen.contains("INT_ASSERTED=1"))
        #expect(screen.contains("(read once: ICR: read-to-clear"))
    }
}
