import MMIOCore
import TerminalUI

/// The confirmation shown before any write: target, physical address, width, old and
/// new value, and which bits change. Nothing is written until the user says yes.
public struct PokeDialog: Sendable {
    public let plan: WritePlan
    public let resolved: ResolvedTarget
    /// True when this write puts back the value of an earlier one (`u`).
    public let isUndo: Bool

    public init(plan: WritePlan, resolved: ResolvedTarget, isUndo: Bool) {
        self.plan = plan
        self.resolved = resolved
        self.isUndo = isUndo
    }

    public var lines: [(String, String)] {
        let w = plan.width
        let bits = plan.changedBitNumbers
        var changed = bits.isEmpty ? "none (same value)" : w.format(plan.changedBits) + ", \(bits.count) bit" + (bits.count == 1 ? ": " : "s: ")
        if bits.count > 8 { changed += bits.prefix(8).map(String.init).joined(separator: " ") + " …" }
        else if !bits.isEmpty { changed += bits.map(String.init).joined(separator: " ") }
        return [
            ("Target", plan.target),
            ("Space", resolved.space.name),
            ("Physical", plan.physicalAddress.map { "0x" + hex($0, 8) } ?? "n/a (not a physical range)"),
            ("Width", "\(w)"),
            ("Old", w.format(plan.old)),
            ("New", w.format(plan.new)),
            ("Changed", changed),
        ]
    }

    public func render<C: Canvas>(into canvas: inout C) {
        let width = min(canvas.cols - 4, 64)
        let height = lines.count + 4
        let rect = Rect(row: max(1, (canvas.rows - height) / 2), col: (canvas.cols - width) / 2, height: height, width: width)
        canvas.fill(rect, style: Style(.dialog))
        canvas.drawBox(rect, title: isUndo ? "Undo: write the old value back?" : "Write this register?", style: Style(.dialog), titleStyle: Style(.warning, bold: true))
        let inner = rect.inside
        for (i, (label, value)) in lines.enumerated() {
            let x = canvas.put(Formatting.fit(label, 10), row: inner.row + i, col: inner.col + 1, style: Style(.dialog, bold: true), clip: inner)
            canvas.put(value, row: inner.row + i, col: x, style: Style(label == "New" ? .warning : .dialog, bold: label == "New"), clip: inner)
        }
        let prompt = "y/Enter: write and read back    n/Esc: cancel"
        canvas.put(prompt, row: inner.bottom - 1, col: inner.col + 1, style: Style(.dialog, bold: true), clip: inner)
    }
}
