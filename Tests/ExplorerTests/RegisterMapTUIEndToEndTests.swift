import Foundation
import Testing

/// The real binary in tmux on a COPY of the q35 capture: the register view of edu BAR0
/// names its registers and decodes fields live from the built-in map.
@Suite(.serialized) struct RegisterMapTUIEndToEndTests {
    @Test func registerViewDecodesEduFieldsLive() throws {
        let temp = try TempMachine()
        let command = "XDG_STATE_HOME=\(temp.stateHome) XDG_CONFIG_HOME=\(temp.stateHome)/config \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset"
        let tmux = try Tmux(command, cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        for _ in 0..<6 { tmux.send("Down") }
        tmux.send("l", "Down", "Enter")
        #expect(tmux.waitFor { $0.contains("00:02.0 BAR0  phys 0xfea00000") && $0.contains("reads/tick") } != nil)
        tmux.send("r")
        // Wait for the whole frame: capture-pane can catch ncurses mid-update.
        #expect(tmux.waitFor { $0.contains("ID edu 1.0 MAGIC=0xed MINOR=0 MAJOR=1") && $0.contains("STATUS COMPUTING=0 IRQ_ON_FACTORIAL=0") } != nil)
        try temp.patch(temp.eduBAR0, offset: 0x20, bytes: [0x81, 0, 0, 0])
        #expect(tmux.waitFor(timeout: 5) { $0.contains("STATUS COMPUTING=1 IRQ_ON_FACTORIAL=1") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
