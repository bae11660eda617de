import Foundation
import Testing

/// The real binary in tmux against a COPY of the q35 capture (never the live root):
/// first frame, navigation to 00:02.0 BAR0, live change highlighted within two ticks,
/// confirmed and unconfirmed pokes, resize, quit, and terminal restore on Ctrl-C/SIGTERM.
@Suite(.serialized) struct TUIEndToEndTests {
    /// `hwx --root <copy> --pci-ids <subset> ...` with a private XDG_STATE_HOME.
    func command(_ temp: TempMachine, _ extra: String = "") -> String {
        "XDG_STATE_HOME=\(temp.stateHome) \(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset \(extra)"
    }

    /// Keys from the first frame to the hex view of 00:02.0 BAR0: down to the function
    /// (iomem, ioports, PCI, host bridge, 00:00.0, 00:01.0, 00:02.0), expand, BAR0, open.
    func openEduBAR0(_ tmux: Tmux) -> String? {
        for _ in 0..<6 { tmux.send("Down") }
        tmux.send("l", "Down", "Enter")
        // Wait for the whole frame (capture-pane can catch ncurses mid-update).
        return tmux.waitFor { $0.contains("00:02.0 BAR0  phys 0xfea00000") && $0.contains("00000000  010000ed") && $0.contains("reads/tick") }
    }

    /// The tick number in the status line (`tick 12`).
    func tick(_ screen: String) -> Int? {
        guard let r = screen.range(of: #"tick (\d+)"#, options: .regularExpression) else { return nil }
        return Int(screen[r].dropFirst(5))
    }

    @Test func firstFrameShowsTheTreeAndQQuits() throws {
        let temp = try TempMachine()
        let start = Date()
        let tmux = try Tmux(command(temp))
        let screen = tmux.waitFor { $0.contains("00:03.0 Non-Volatile memory controller") && $0.contains("F10 Quit") }
        let firstFrame = Date().timeIntervalSince(start)
        let s = try #require(screen)
        #expect(s.contains("▸ Physical address map  (/proc/iomem)"))
        #expect(s.contains("▸ I/O ports  (/proc/ioports)"))
        #expect(s.contains("▾ PCI  (13 functions)"))
        #expect(s.contains("F1 Help  Enter Open  / Search  g Goto  o Open…  Tab Pane  f Field  F10 Quit"))
        #expect(s.contains("read-only"))
        tmux.send("q")
        #expect(tmux.waitForExit() == 0)
        print("TIMING tmux first frame: \(Int(firstFrame * 1000)) ms")
    }

    @Test func hexViewShowsAnExternalChangeHighlightedWithinTwoTicks() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp))
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        let opened = try #require(openEduBAR0(tmux))
        #expect(opened.contains("live 4 Hz"))
        let before = try #require(tmux.waitFor { tick($0) != nil }.flatMap(tick))
        let changedAt = Date()
        try temp.patch(temp.eduBAR0, offset: 0x24, bytes: [0xef, 0xbe, 0xad, 0xde])
        let seen = try #require(tmux.waitFor(timeout: 5) { $0.contains("00000020  00000000 deadbeef") && tick($0) != nil })
        let latency = Date().timeIntervalSince(changedAt)
        let after = try #require(tick(seen))
        #expect(after - before <= 2, "value appeared \(after - before) ticks after the change")
        // highlighted: black on yellow (the `changed` role) around the new digits
        let styled = tmux.captureStyled()
        let line = try #require(styled.split(separator: "\n").first { $0.contains("deadbeef") })
        #expect(line.contains("\u{1b}[43m"), "no highlight in: \(line.debugDescription)")
        tmux.send("Escape")
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
        print("TIMING change visible after \(Int(latency * 1000)) ms, \(after - before) tick(s)")
    }

    @Test func confirmedPokeChangesTheFileAndJournals() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp, "--write"))
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") } != nil)
        #expect(openEduBAR0(tmux) != nil)
        tmux.send("Right", "e")
        #expect(tmux.waitFor { $0.contains("new 32-bit value at +0x4") } != nil)
        for _ in 0..<8 { tmux.send("BSpace") }
        tmux.sendLiteral("1234abcd")
        tmux.send("Enter")
        let dialog = try #require(tmux.waitFor { $0.contains("Write this register?") && $0.contains("y/Enter: write and read back") })
        #expect(dialog.contains("Physical  0xfea00004"))
        #expect(dialog.contains("Old       0x00000000"))
        #expect(dialog.contains("New       0x1234abcd"))
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
        tmux.send("y")
        #expect(tmux.waitFor { $0.contains("read back 0x1234abcd; journaled") } != nil)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0xcd, 0xab, 0x34, 0x12])
        let journal = (try? String(contentsOfFile: temp.journalPath, encoding: .utf8)) ?? ""
        #expect(journal.split(separator: "\n").count == 2, "the intent, then the outcome")
        #expect(journal.contains("\"new\":\"0x1234abcd\""))
        // undo restores the old value, again with a confirmation
        tmux.send("u")
        #expect(tmux.waitFor { $0.contains("Undo: write the old value back?") } != nil)
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("read back 0x00000000; journaled") } != nil)
        #expect(try temp.read(temp.eduBAR0, offset: 4, count: 4) == [0, 0, 0, 0])
        tmux.send("F10")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func unconfirmedPokeChangesNothing() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp, "--write"))
        #expect(tmux.waitFor { $0.contains("WRITES ENABLED") } != nil)
        #expect(openEduBAR0(tmux) != nil)
        tmux.send("e")
        for _ in 0..<8 { tmux.send("BSpace") }
        tmux.sendLiteral("ffffffff")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("Write this register?") } != nil)
        tmux.send("n")
        #expect(tmux.waitFor { $0.contains("cancelled: nothing written") } != nil)
        #expect(try temp.read(temp.eduBAR0, offset: 0, count: 4) == [0xed, 0x00, 0x00, 0x01])
        #expect(!FileManager.default.fileExists(atPath: temp.journalPath))
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func withoutWriteTheEditKeyExplains() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp))
        #expect(tmux.waitFor { $0.contains("read-only") } != nil)
        #expect(openEduBAR0(tmux) != nil)
        tmux.send("e")
        #expect(tmux.waitFor { $0.contains("writing is off: restart hwx with --write") } != nil)
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func resizeRedrawsAndTooSmallIsSaid() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), cols: 100, rows: 30)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        tmux.resize(cols: 80, rows: 24)
        let small = try #require(tmux.waitFor { $0.split(separator: "\n").first { $0.hasPrefix("┌ Tree") }?.count == 80 })
        #expect(small.contains("F10 Quit"))
        tmux.resize(cols: 40, rows: 10)
        #expect(tmux.waitFor { $0.contains("terminal too small: 40x10, need 50x12") } != nil)
        tmux.resize(cols: 120, rows: 40)
        #expect(tmux.waitFor { $0.contains("┐┌ Physical address map") } != nil)   // side by side
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func asciiBoxesWithoutUTF8AndNoColorWhenAsked() throws {
        let temp = try TempMachine()
        let tmux = try Tmux(command(temp), environment: ["LC_ALL": "C", "NO_COLOR": "1"])
        let screen = try #require(tmux.waitFor { $0.contains("PCI  (13 functions)") })
        #expect(screen.contains("+ Tree ---"))
        #expect(screen.contains("v PCI  (13 functions)"))
        #expect(!screen.contains("─"))
        // No SGR color parameters 30-37 / 40-47 (39/49, "default color", are fine).
        let styled = tmux.captureStyled()
        let color = try NSRegularExpression(pattern: "\u{1b}\\[(?:[0-9]*;)*(?:3[0-7]|4[0-7])(?:;[0-9]*)*m")
        #expect(color.firstMatch(in: styled, range: NSRange(styled.startIndex..., in: styled)) == nil, "NO_COLOR set but a color was used")
        tmux.send("Q")
        #expect(tmux.waitForExit() == 0)
    }

    /// Runs hwx between two `stty -g` so the tty state after exit can be compared.
    func ttyRoundTrip(_ trigger: (Tmux, String) -> Void) throws -> (rc: String, before: String, after: String) {
        let temp = try TempMachine()
        let d = (temp.directory as NSString).deletingLastPathComponent
        // The app must be the foreground job for Ctrl-C, so no `&`; SIGTERM finds it through /proc.
        let fg = "stty -g > \(d)/before; \(command(temp, "--write")); echo $? > \(d)/rc2; stty -g > \(d)/after"
        let tmux = try Tmux(fg)
        #expect(tmux.waitFor { $0.contains("PCI  (13 functions)") } != nil)
        #expect(openEduBAR0(tmux) != nil)
        trigger(tmux, temp.directory)
        #expect(tmux.waitForExit() == 0)   // the wrapper script ran to its end
        func read(_ n: String) -> String {
            ((try? String(contentsOfFile: "\(d)/\(n)", encoding: .utf8)) ?? "?").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (read("rc2"), read("before"), read("after"))
    }

    /// The pid of the hwx started on `root` (found through /proc, so no pid file is needed).
    func hwxPid(root: String) -> pid_t? {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry),
                  let cmd = try? String(contentsOfFile: "/proc/\(entry)/cmdline", encoding: .utf8) else { continue }
            let args = cmd.split(separator: "\0")
            if args.first.map({ $0.hasSuffix("/hwx") }) == true, args.contains(Substring(root)) { return pid }
        }
        return nil
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let r = try ttyRoundTrip { tmux, _ in tmux.send("C-c") }
        #expect(r.rc == "130")
        #expect(r.before == r.after)
        #expect(r.before != "?")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let r = try ttyRoundTrip { _, root in
            guard let pid = hwxPid(root: root) else { Issue.record("hwx not found"); return }
            kill(pid, SIGTERM)
        }
        #expect(r.rc == "143")
        #expect(r.before == r.after)
        #expect(r.before != "?")
    }

    @Test func sighupRestoresTheTerminal() throws {
        let r = try ttyRoundTrip { _, root in
            guard let pid = hwxPid(root: root) else { Issue.record("hwx not found"); return }
            kill(pid, SIGHUP)
        }
        #expect(r.rc == "129")
        #expect(r.before == r.after)
        #expect(r.before != "?")
    }

    /// A crash signal (here a SIGSEGV sent from outside) runs the crash handler: tty modes
    /// restored and the alternate screen left before Swift's backtracer reports the crash.
    @Test func crashSignalRestoresTheTerminal() throws {
        let r = try ttyRoundTrip { _, root in
            guard let pid = hwxPid(root: root) else { Issue.record("hwx not found"); return }
            kill(pid, SIGSEGV)
        }
        #expect(r.rc == "139")
        #expect(r.before == r.after)
        #expect(r.before != "?")
    }
}
