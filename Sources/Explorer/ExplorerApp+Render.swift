import FixText
import MMIOCore
import TerminalUI

/// The title, status line and help screen around the panel on top.
extension ExplorerApp {
    func renderTitle(into grid: inout CellGrid) {
        grid.fill(Rect(row: 0, col: 0, height: 1, width: grid.cols), style: Style(.header))
        var x = grid.put(" hwx ", row: 0, col: 0, style: Style(.header, bold: true))
        let mode = canWrite ? " WRITES ENABLED " : " read-only "
        x = grid.put(mode, row: 0, col: x, style: Style(canWrite ? .warning : .header, bold: canWrite))
        let whereText = dumpFile.map { "dump " + $0 + " (config space only)" }
            ?? (machine.root.isLive ? "live machine (/proc, /sys)" : "capture " + machine.root.directory)
        grid.put(" " + whereText, row: 0, col: x, style: Style(.header))
    }

    func renderStatus(into grid: inout CellGrid) {
        let row = layout.statusRow
        if let editor { editor.render(row: row, into: &grid); return }
        grid.fill(Rect(row: row, col: 0, height: 1, width: grid.cols), style: Style(.status))
        if let message {
            grid.put(" " + message.text, row: row, col: 0, style: Style(message.role, bold: message.role != .status))
            return
        }
        if msix != nil {
            let s = " " + (paused ? "paused (Space resumes, . steps)" : "live \(Self.rateText(hz))")
                + " · tick \(scheduler.tickCount) · \(lastReads) reads/tick (aligned DWORDs)"
            grid.put(s, row: row, col: 0, style: Style(.status))
            return
        }
        if let v = view, v.space == nil {
            grid.put(" not open: the reason and the fix are shown above · Esc goes back", row: row, col: 0, style: Style(.status))
            return
        }
        if let v = view {
            var s = " " + (paused ? "paused (Space resumes, . steps)" : "live \(Self.rateText(hz))")
            s += " · tick \(scheduler.tickCount) · \(lastReads) reads/tick · "
            var x = grid.put(s, row: row, col: 0, style: Style(.status))
            if let e = lastReadError {
                grid.put("last error: " + e.summary, row: row, col: x, style: Style(.error, bold: true))
            } else {
                s = "cursor +0x\(hex(v.cursor, 1))"
                if let p = v.space?.physicalAddress(of: v.cursor) { s += " = 0x" + hex(p, 8) }
                x = grid.put(s + " · ", row: row, col: x, style: Style(.status))
                grid.put("no read errors", row: row, col: x, style: Style(.status))
            }
            return
        }
        if screen == .browse, let field = selectedConfigField {
            // The name to repeat it in a script: hwx read / write / watch take it as is.
            let what = field.field.access.isWritable ? (canWrite ? "f or Enter edits" : "read-only session") : "read-only field"
            grid.put(" \(field.target)  bits \(field.field.bits) \(field.field.access) · \(what)", row: row, col: 0, style: Style(.status))
            return
        }
        var s = " \(machine.functions.count) PCI functions"
        if let m = machine.iomem { s += " · \(m.allRegions.count) iomem regions" }
        if let hint = FixText.tui.pciIDsHint(machine.names) { s += " · " + hint }
        else if let src = machine.names.source { s += " · names: " + src }
        grid.put(s, row: row, col: 0, style: Style(.status))
    }

    static func rateText(_ hz: Double) -> String {
        hz < 1 ? "\(hz) Hz" : "\(Int(hz)) Hz"
    }

    func renderHelp(into grid: inout CellGrid) {
        let area = layout.body
        grid.fill(area, style: Style(.normal))
        let table = bodyKeys
        grid.drawBox(area, title: "Help: " + table.title + "  (Esc closes)", titleStyle: Style(.header, bold: true))
        var lines = table.helpLines()
        // The blank line before the notes goes first when the help would not fit.
        if lines.count + 4 <= area.inside.height { lines.append("") }
        lines.append("  Prompts: ←/→ Ctrl-A/Ctrl-E move, Ctrl-U/Ctrl-K/Ctrl-W delete, ↑/↓ history, Tab completes")
        lines.append("  Mouse: click selects, click on the selected row opens" + (view == nil ? "" : ", wheel scrolls"))
        lines.append(canWrite
                     ? "  Writes: enabled. Every poke shows a confirmation first, reads back and is journaled to " + options.journalPath
                     : dumpFile != nil ? "  Writes: none: " + FixText.tui.words(.writeTheMachine) + "."
                     : "  Writes: off. Start hwx with --write to poke registers (always confirmed, read back, journaled).")
        let inner = area.inside
        // Long lines continue under the description column.
        let indent = String(repeating: " ", count: min(24, (table.helpLines().first ?? "").prefix { $0 == " " }.count + 2 + table.bindings.map { $0.keyNames.count }.max()!))
        lines = lines.flatMap { line -> [String] in
            var out: [String] = []
            var rest = Substring(line)
            while rest.count > inner.width, let cut = rest.prefix(inner.width).lastIndex(of: " "), cut > rest.startIndex {
                out.append(String(rest[..<cut]))
                rest = Substring(indent) + rest[rest.index(after: cut)...]
            }
            return out + [String(rest)]
        }
        let scroll = min(help?.scroll ?? 0, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            grid.put(line, row: inner.row + i, col: inner.col, clip: inner)
        }
    }
}
