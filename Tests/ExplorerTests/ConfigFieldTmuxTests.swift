import Foundation
import Testing

/// The real binary in tmux on a COPY of the q35 capture with --write: a config field edited
/// from the details pane (COMMAND.BusMaster of 00:02.0), confirmed, written to the copy's
/// config file exactly as planned and journaled; undo puts the file back byte for byte.
@Suite(.serialized) struct ConfigFieldTmuxTests {
    func command(_ temp: TempMachine, _ extra: String = "") -> String {
        "XDG_STATE_HOME=\(temp.stateHome) \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset \(extra)"
    }

    /// Down to 00:02.0 (iomem, ioports, PCI, host bridge, 00:00.0, 00:01.0, 00:02.0), `f` to
    /// its first field, then ↓ one row at a time until the status line names `target`.
    func goToField(_ tmux: Tmux, _ target: String) -> String? {
        for _ in 0..<6 { tmux.send("Down") }
        guard tmux.waitFor(timeout: 5, { $0.contains("0000:00:02.0  Unclassified device") }) != nil else { return nil }
        tmux.send("f")
        guard tmux.waitFor(timeout: 5, { $0.contains("config fields: ↑/↓ pick one") }) != nil else { return nil }
        var previous = status(tmux.capture())
        for _ in 0..<12 {
            tmux.send("Down")
            // The next frame: a status line naming another field than the one before.
            guard let s = tmux.waitFor(timeout: 5, { status($0) != previous && status($0).contains(" 00:02.0/config/") }) else { return nil }
            if status(s).contains(" \(target)  bits") { return s }
            previous = status(s)
        }
        return nil
    }

    /// The status line: the screen's second-to-last line.
    func status(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let trimmed = lines.last == "" ? Array(lines.dropLast()) : lines
        return trimmed.count >= 2 ? trimmed[trimmed.count - 2] : ""
    }

    @Test func editBusMasterConfirmJournalAndUndo() throws {
        let temp = try TempMachine()
        let config = temp.directory + "/sys/devices/pci0000:00/0000:00:02.0/config"
        let original = try temp.read(config, offset: 0, count: 4096)
        #expect(original.count == 256 && original[4] == 0x03 && original[5] == 0x01)
        let tmux = try Tmux(command(temp, "--write"), cols: 80, rows: 24)
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") && $0.contains("F10 Quit") } != nil)
        let on = try #require(goToField(tmux, "00:02.0/config/COMMAND.BusMaster"))
        #expect(on.contains("00:02.0/config/COMMAND.BusMaster  bits 2 RW · f or Enter edits"))
        tmux.send("f")
        #expect(tmux.waitFor { $0.contains("COMMAND.BusMaster (bits 2 RW) = 0_") } != nil, "prompt prefilled with the field's value")
        tmux.send("C-u")
        tmux.sendLiteral("1")
        tmux.send("Enter")
        let dialog = try #require(tmux.waitFor { $0.contains("Write this register?") && $0.contains("y/Enter: write and read back") })
        #expect(dialog.contains("Target    00:02.0/config/COMMAND.BusMaster"))
        #expect(dialog.contains("Old       0x0103"))
        #expect(dialog.contains("New       0x0107"))
        #expect(dialog.contains("Mask      0x0004 (BusMaster); other bits as read"))
        #expect(dialog.contains("Fields    BusMaster 0 → 1"))
        #expect(try temp.read(config, offset: 0, count: 4096) == original, "nothing written before y")
        tmux.send("y")
        #expect(tmux.waitFor { $0.contains("wrote 0x0107 to 00:02.0/config/COMMAND.BusMaster; read back 0x0107; journaled") } != nil)
        var expected = original
        expected[4] = 0x07
        #expect(try temp.read(config, offset: 0, count: 4096) == expected, "exactly bit 2 of COMMAND changed")
        let journal = (try? String(contentsOfFile: temp.journalPath, encoding: .utf8)) ?? ""
        let lines = journal.split(separator: "\n")
        #expect(lines.count == 2, "the intent, then the outcome")
        #expect(lines.first?.contains("\"target\":\"00:02.0/config/COMMAND.BusMaster\"") == true)
        #expect(lines.first?.contains("\"old\":\"0x0103\",\"new\":\"0x0107\",\"mask\":\"0x0004\"") == true)
        #expect(lines.last?.contains("\"read_back\":\"0x0107\"") == true)
        // The details show the read-back.
        #expect(tmux.waitFor { $0.contains("COMMAND (Control)  0x0107") } != nil)
        tmux.send("u")
        #expect(tmux.waitFor { $0.contains("Undo: write the old value back?") && $0.contains("New       0x0103") } != nil)
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("wrote 0x0103 to 00:02.0/config/COMMAND.BusMaster; read back 0x0103; journaled") } != nil)
        #expect(try temp.read(config, offset: 0, count: 4096) == original, "undo restored every byte")
        #expect(((try? String(contentsOfFile: temp.journalPath, encoding: .utf8)) ?? "").split(separator: "\n").count == 4)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func withoutWriteTheFieldSaysHowToEnableIt() throws {
        let temp = try TempMachine()
        let config = temp.directory + "/sys/devices/pci0000:00/0000:00:02.0/config"
        let original = try temp.read(config, offset: 0, count: 4096)
        let tmux = try Tmux(command(temp), cols: 80, rows: 24)
        #expect(tmux.waitFor { $0.contains("read-only") && $0.contains("F10 Quit") } != nil)
        #expect(goToField(tmux, "00:02.0/config/COMMAND.BusMaster") != nil)
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains(" COMMAND.BusMaster: writing is off; restart hwx with --write to edit") } != nil)
        #expect(try temp.read(config, offset: 0, count: 4096) == original)
        #expect(!FileManager.default.fileExists(atPath: temp.journalPath))
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
