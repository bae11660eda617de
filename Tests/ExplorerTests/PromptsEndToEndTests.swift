import Foundation
import Testing

/// The real binary in tmux on a COPY of the q35 capture: the line editor's Ctrl-U in a
/// prefilled prompt, search leading to a BAR and its hex view, and the field diff in the
/// poke dialog.
@Suite(.serialized) struct PromptsEndToEndTests {
    func command(_ temp: TempMachine, _ extra: String = "") -> String {
        "XDG_STATE_HOME=\(temp.stateHome) XDG_CONFIG_HOME=\(temp.stateHome)/config \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset \(extra)"
    }

    @Test func ctrlUClearsThePrefilledOpenPrompt() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        for _ in 0..<6 { tmux.send("Down") }
        tmux.send("o")
        #expect(tmux.waitFor { $0.contains("DEV/barN/REG): 00:02.0/config_") } != nil)
        tmux.send("C-u")
        #expect(tmux.waitFor { $0.contains("DEV/barN/REG): _") } != nil)
        tmux.sendLiteral("00:03.0/ba")
        tmux.send("Tab")
        #expect(tmux.waitFor { $0.contains("DEV/barN/REG): 00:03.0/bar0") } != nil)
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("00:03.0 BAR0  phys 0xfeb50000") && $0.contains("reads/tick") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func searchFindsAFunctionWhoseBAROpensInTheHexView() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        tmux.send("/")
        tmux.sendLiteral("Audio device")
        tmux.send("Enter")
        // The first match is the function's iomem region (it names its owner); n goes on to the function.
        #expect(tmux.waitFor { $0.contains("2 matches for 'Audio device'") } != nil)
        tmux.send("n", "Right")
        #expect(tmux.waitFor { $0.contains("BAR0") } != nil)
        tmux.send("Down", "Enter")
        #expect(tmux.waitFor { $0.contains("00:05.0 BAR0  phys 0x") && $0.contains("reads/tick") && $0.contains("offset    +0") } != nil)
        tmux.send("Escape")
        #expect(tmux.waitFor { $0.contains("Tree  /audio device  2 matches") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func pokeDialogShowsTheFieldsThatChange() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp, "--write"), cols: 120, rows: 30)
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") } != nil)
        tmux.send("o")
        tmux.sendLiteral("00:03.0/bar0+0x14")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("00:03.0 BAR0") && $0.contains("cursor +0x14") } != nil)
        tmux.send("f")
        #expect(tmux.waitFor { $0.contains("CC field=value") } != nil)
        tmux.sendLiteral("IOSQES=6")
        tmux.send("Enter")
        let dialog = try #require(tmux.waitFor { $0.contains("Write this register?") && $0.contains("y/Enter") })
        #expect(dialog.contains("Fields    IOSQES 0 → 6"))
        tmux.send("y")
        #expect(tmux.waitFor { $0.contains("read back 0x00060000; journaled") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
