import Foundation
import Testing

/// The real binary in tmux on a COPY of the q35 capture: the MSI-X capability line in the
/// details pane opens the live MSI-X table; an entry the "driver" programs appears live;
/// `m` masks it through the confirmation dialog.
@Suite(.serialized) struct MSIXEndToEndTests {
    @Test func msixTableFromTheDetailsPaneLiveAndMasked() throws {
        let temp = try TempMachine()
        let bar = temp.directory + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        let command = "XDG_STATE_HOME=\(temp.stateHome) XDG_CONFIG_HOME=\(temp.stateHome)/config \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset --write"
        let tmux = try Tmux(command, cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        for _ in 0..<7 { tmux.send("Down") }     // iomem, ioports, PCI, host bridge, 00:00.0 … 00:03.0
        tmux.send("Tab", "Down", "Down")         // details: BAR0 (two lines), then the MSI-X capability
        tmux.send("Enter")
        let opened = try #require(tmux.waitFor { $0.contains("00:03.0 MSI-X  65 entries  enabled  table BAR0+0x2000  PBA BAR0+0x3000") && $0.contains("reads/tick") })
        #expect(opened.contains("0      0x0000000000000000  0x00000000  0x00000000  -       -"))
        // the driver programs entry 0: it shows within a few ticks
        try temp.patch(bar, offset: 0x2000, bytes: [0x00, 0x00, 0xe0, 0xfe, 0, 0, 0, 0, 0x21, 0x40, 0, 0])
        #expect(tmux.waitFor(timeout: 5) { $0.contains("0      0x00000000fee00000  0x00004021  0x00000000  -") } != nil)
        tmux.send("m")
        #expect(tmux.waitFor { $0.contains("Write this register?") && $0.contains("Fields    MASK 0 → 1") } != nil)
        tmux.send("y")
        #expect(tmux.waitFor { $0.contains("0x00004021  0x00000001  masked") && $0.contains("journaled") } != nil)
        #expect(try temp.read(bar, offset: 0x200c, count: 4) == [1, 0, 0, 0])
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
