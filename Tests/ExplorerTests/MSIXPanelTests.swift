import MMIOCore
import Testing
import TerminalUI
@testable import Explorer

/// The MSI-X panel: reached from the capability line in the details pane, entries read as
/// aligned DWORDs through the shared scheduler, mask/unmask as a confirmed, journaled poke.
@MainActor
@Suite struct MSIXPanelTests {
    static let nvmeBAR0 = "/sys/devices/pci0000:00/0000:00:03.0/resource0"

    /// Entry 0 as a driver programs it (APIC 0, vector 0x21), entry 1 masked, PBA bit 1 set.
    static func program(_ temp: TempMachine) throws {
        let bar = temp.directory + nvmeBAR0
        try temp.patch(bar, offset: 0x2000, bytes: [0x00, 0x00, 0xe0, 0xfe, 0, 0, 0, 0, 0x21, 0x40, 0, 0, 0, 0, 0, 0])
        try temp.patch(bar, offset: 0x201c, bytes: [0x01, 0, 0, 0])
        try temp.patch(bar, offset: 0x3000, bytes: [0x02, 0, 0, 0])
    }

    @Test func capabilityLineLeadsToTheLiveTable() throws {
        let temp = try TempMachine()
        try Self.program(temp)
        let d = AppDriver(machine: temp.machine(), rows: 30, cols: 120, write: true, journal: temp.journalPath)
        d.select(.function(.q35("00:03.0")))
        d.press(.tab)
        var steps = 0
        while !(d.app.detailsSelectionText?.contains("MSI-X") ?? false) && steps < 40 { d.press(.down); steps += 1 }
        #expect(d.app.detailsSelectionText?.contains("MSI-X") == true, "no MSI-X link after \(steps) steps")
        d.press(.enter)
        let p = try #require(d.app.msix)
        #expect(p.capability.count == 65)
        #expect(p.capability.tableOffset == 0x2000 && p.capability.pbaOffset == 0x3000)
        let screen = d.screen
        #expect(screen.contains("00:03.0 MSI-X  65 entries  enabled  table BAR0+0x2000  PBA BAR0+0x3000"))
        #expect(screen.contains("0      0x00000000fee00000  0x00004021  0x00000000  -       -"))
        #expect(screen.contains("1      0x0000000000000000  0x00000000  0x00000001  masked  pending"))
        // Only the entries on screen are read, 4 DWORDs each, plus one PBA DWORD.
        #expect(d.app.scheduler.watchedWords.count == p.visibleEntries.count * 4 + 1)
        #expect(d.app.scheduler.watchedWords.allSatisfy { $0.width == .bits32 && $0.offset % 4 == 0 })
        // m on entry 0: a confirmed poke of Vector Control bit 0
        d.press(.char("m"))
        let dialog = try #require(d.app.dialog)
        #expect(dialog.plan.offset == 0x200c && dialog.plan.new == 1)
        #expect(d.screen.contains("Fields    MASK 0 → 1"))
        d.press(.char("y"))
        #expect(try temp.read(temp.directory + Self.nvmeBAR0, offset: 0x200c, count: 4) == [1, 0, 0, 0])
        #expect(d.screen.contains("0      0x00000000fee00000  0x00004021  0x00000001  masked"))
        #expect(d.app.message?.text.contains("journaled") == true)
        d.press(.char("u"), .char("y"))
        #expect(try temp.read(temp.directory + Self.nvmeBAR0, offset: 0x200c, count: 4) == [0, 0, 0, 0])
        d.press(.escape)
        #expect(d.app.msix == nil)
        #expect(d.app.scheduler.watchedWords.isEmpty)
    }

    @Test func tableReadFromASpace() throws {
        var bytes = [UInt8](repeating: 0, count: 0x4000)
        bytes[0x2002] = 0xe0; bytes[0x2003] = 0xfe; bytes[0x2008] = 0x22; bytes[0x3000] = 0x01
        let space = MemorySpace(name: "t", bytes: bytes)
        let cap = MSIXCapability(capabilityOffset: 0x40, messageControl: 0x8001, table: 0x2000, pba: 0x3000)
        let t = MSIXTable.read(cap, table: space, pba: space)
        #expect(t.entries.count == 2)
        #expect(t.entries[0].address == 0xfee0_0000 && t.entries[0].data == 0x22 && t.entries[0].pending == true)
        #expect(t.entries[1].pending == false && t.entries[1].masked == false)
        #expect(t.error == nil)
    }
}
