import Foundation
import Explorer
import MMIOCore
import Testing

/// Issue 9 item 5 in the TUI: control characters in region names are drawn `\xNN` (tree,
/// details, titles, status line), and a map file that is not text shows the file, line and
/// fix in the details pane — in-process and in tmux.
@MainActor @Suite struct TextTUITests {
    static let evilName = "HPET\u{1b}[31m0\u{07}"
    static let shownName = "HPET\\x1b[31m0\\x07"

    /// A q35 copy whose HPET region carries ESC and BEL, and whose ioports has a NUL on line 2.
    func hostileCapture() throws -> TempMachine {
        let temp = try TempMachine()
        let iomem = temp.directory + "/proc/iomem"
        try String(contentsOfFile: iomem, encoding: .utf8).replacingOccurrences(of: "HPET 0", with: Self.evilName)
            .write(toFile: iomem, atomically: true, encoding: .utf8)
        let ioports = temp.directory + "/proc/ioports"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ioports)))
        bytes[bytes.firstIndex(of: 0x0a)! + 1 + 4] = 0
        try Data(bytes).write(to: URL(fileURLWithPath: ioports))
        return temp
    }

    @Test func modelsCarryNoControlCharacters() throws {
        let temp = try hostileCapture()
        let machine = temp.machine()
        let tree = MachineTree(machine: machine)
        let hpet = try #require(machine.iomem?.allRegions.first { $0.name == Self.evilName })
        let row = try #require(tree[.region(.iomem, hpet.id)])
        #expect(row.text.hasSuffix(Self.shownName), "\(row.text)")
        let details = DetailsBuilder(tree: tree).lines(for: .region(.iomem, hpet.id))
        #expect(details.title == Self.shownName)
        #expect(details.lines.contains { $0.value == Self.shownName })
        let ports = DetailsBuilder(tree: tree).lines(for: .section(.ioports)).lines
        #expect(ports.contains { $0.label == "Problem" && $0.value.contains("proc/ioports: line 2, column 5: a NUL byte") })
        #expect(ports.contains { $0.label == "Fix" && $0.value == "the capture's copy is damaged: capture the machine again" })
        let d = AppDriver(machine: machine, rows: 30, cols: 100)
        d.app.goTo("0xfed00000")
        #expect(d.app.message?.text.contains(Self.shownName) == true || d.app.message?.text.contains("PNP0103:00") == true)
        #expect(!d.screen.contains("\u{1b}") && !d.screen.contains("\u{07}"))
    }

    @Test func tmuxShowsEscapedNamesAndTheNotTextProblem() throws {
        let temp = try hostileCapture()
        let tmux = try Tmux("\(hwxPath) --root \(temp.directory) --pci-ids \(Fixtures.directory)/pci.ids.subset")
        #expect(tmux.waitFor { $0.contains("I/O ports  (/proc/ioports)  not readable") } != nil)
        // The ports section says why it is empty: the file, line and column, and the fix.
        tmux.send("Down")  // from the first row, the address map, to the I/O ports section
        // The path is long, so the line wraps where it may: its parts are checked.
        let ports = tmux.waitFor { $0.contains("q35/proc/ioports: line 2,") && $0.contains("column 5: a NUL byte") && $0.contains("capture the machine again") }
        #expect(ports != nil, "\(tmux.capture())")
        tmux.send("g")
        tmux.sendLiteral("0xfed00000")
        tmux.send("Enter")
        let screen = tmux.waitFor { $0.contains("1K     " + Self.shownName) && $0.contains("fed00000-fed003ff  " + Self.shownName) }
        #expect(screen != nil, "\(tmux.capture())")
        #expect(!tmux.capture().contains("\u{1b}"))
        tmux.send("F10")
        #expect(tmux.waitForExit() == 0)
    }
}
