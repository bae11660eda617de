import Foundation
import Testing

/// The real binary in tmux on a COPY of the q35 capture: the register view made of the
/// map's registers (each at its own width, fields as rows, changed fields highlighted),
/// editing a field with Enter.
@Suite(.serialized) struct RegisterMapTUIEndToEndTests {
    func command(_ temp: TempMachine, _ extra: String = "") -> String {
        "XDG_STATE_HOME=\(temp.stateHome) XDG_CONFIG_HOME=\(temp.stateHome)/config \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset \(extra)"
    }

    @Test func registerViewDecodesEduFieldsLive() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        for _ in 0..<6 { tmux.send("Down") }
        tmux.send("l", "Down", "Enter")
        #expect(tmux.waitFor { $0.contains("00:02.0 BAR0  phys 0xfea00000") && $0.contains("reads/tick") } != nil)
        tmux.send("r")
        // Wait for the whole frame: capture-pane can catch ncurses mid-update.
        let screen = try #require(tmux.waitFor { $0.contains("00000000  ID ") && $0.contains("COMPUTING") && $0.contains("reads/tick") })
        #expect(screen.contains("0x010000ed"))
        #expect(screen.contains("… 0x14 bytes without registers"))
        let computing = { (s: String) in s.split(separator: "\n").first { $0.contains("  COMPUTING ") }.map(String.init) ?? "" }
        #expect(computing(screen).contains(" 0  "))
        try temp.patch(temp.eduBAR0, offset: 0x20, bytes: [0x81, 0, 0, 0])
        let changed = try #require(tmux.waitFor(timeout: 5) { computing($0).contains(" 1  ") })
        #expect(changed.contains("0x00000081"))
        // the changed field's value is highlighted (the `changed` role: black on yellow)
        let styled = tmux.captureStyled().split(separator: "\n").first { $0.contains("COMPUTING") } ?? ""
        #expect(styled.contains("\u{1b}[43m"), "no highlight in: \(styled.debugDescription)")
        // a gap row opens the hex view at its offset
        tmux.send("g")
        tmux.sendLiteral("0xc")
        tmux.send("Enter", "Enter")
        #expect(tmux.waitFor { $0.contains("  hex  32-bit") && $0.contains("cursor +0xc") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func nvmeCAPIsOne64BitRegisterWithItsFields() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        tmux.send("o")
        tmux.sendLiteral("00:03.0/bar0/CAP")
        tmux.send("Enter")
        let s = try #require(tmux.waitFor { $0.contains("registers  map nvme") && $0.contains("reads/tick") && $0.contains("CRMS") })
        let lines = s.split(separator: "\n").map(String.init)
        let cap = try #require(lines.first { $0.contains("00000000  CAP") })
        #expect(cap.contains("64-bit  0x004018200f0107ff"))
        #expect(lines.contains { $0.contains("  MQES ") && $0.contains("15:0") && $0.contains("0x7ff") && $0.contains("RO") })
        #expect(lines.contains { $0.contains("  DSTRD ") && $0.contains("35:32") && $0.contains("4_BYTES") })
        #expect(lines.contains { $0.contains("  MPSMAX ") && $0.contains("55:52") && $0.contains(" 4 ") })
        #expect(!s.contains("press w"))
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func enterOnAFieldRowEditsThatField() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp, "--write"), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") } != nil)
        tmux.send("o")
        tmux.sendLiteral("00:03.0/bar0/CC")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("00000014  CC") && $0.contains("reads/tick") } != nil)
        for _ in 0..<5 { tmux.send("Down") }   // EN, CSS, MPS, AMS, SHN
        #expect(tmux.waitFor { $0.contains("CC.SHN Enter edits") } != nil)
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("CC.SHN (bits 15:14; 0=NONE 1=NORMAL 2=ABRUPT) = 0x0_") } != nil)
        tmux.send("C-u")
        tmux.sendLiteral("NO")
        tmux.send("Tab")
        #expect(tmux.waitFor { $0.contains(") = NO_") && $0.contains("NONE NORMAL") } != nil)
        tmux.sendLiteral("R")
        tmux.send("Tab", "Enter")
        let dialog = try #require(tmux.waitFor { $0.contains("Write this register?") && $0.contains("y/Enter") })
        #expect(dialog.contains("Fields    SHN 0 (NONE) → 1 (NORMAL)"))
        tmux.send("y")
        #expect(tmux.waitFor { $0.contains("read back 0x00004000; journaled") } != nil)
        let bar = temp.directory + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        #expect(try temp.read(bar, offset: 0x14, count: 4) == [0x00, 0x40, 0x00, 0x00])
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
