import FixText
import MMIOCore
import TerminalUI

/// The confirmation shown before any write: target, physical address, width, old and
/// new value, which bits change and, for a mapped register, which fields change (the core's
/// `FieldDiff`, the same lines `hwx write` prints). Nothing is written until the user says yes.
public struct PokeDialog: Sendable {
    public let plan: WritePlan
    public let resolved: ResolvedTarget
    /// True when this write puts back the value of an earlier one (`u`).
    public let isUndo: Bool
    /// The fields the write changes, when a register map describes the word at the plan's width.
    public let fieldDiff: FieldDiff?
    /// Set when confirming was refused before the device was touched (the journal cannot
    /// hold the intent): the dialog stays and shows why and what to do.
    public var refusal: AccessError?
    /// Set when the write edits a config field from the details pane.
    var configField: ConfigFieldEdit?
    /// The one field a field write targets (undo writes its old value back as a field write).
    var editedField: FieldDefinition?
    /// The register the plan writes, when described (names the masked and zeroed bits).
    let register: RegisterDefinition?

    public init(plan: WritePlan, resolved: ResolvedTarget, isUndo: Bool, register: RegisterDefinition? = nil) {
        self.plan = plan
        self.resolved = resolved
        self.isUndo = isUndo
        self.register = register
        fieldDiff = register.flatMap { FieldDiff(register: $0, plan: plan) }
    }

    /// At most this many field lines; the rest is counted on the last one.
    static let maxFieldLines = 6

    public var lines: [(String, String)] {
        let w = plan.width
        let bits = plan.changedBitNumbers
        var changed = bits.isEmpty ? "none (same value)" : w.format(plan.changedBits) + ", \(bits.count) bit" + (bits.count == 1 ? ": " : "s: ")
        if bits.count > 8 { changed += bits.prefix(8).map(String.init).joined(separator: " ") + " …" }
        else if !bits.isEmpty { changed += bits.map(String.init).joined(separator: " ") }
        return [
            ("Target", plan.target),
            ("Space", resolved.space.name),
            ("Physical", plan.physicalAddress.map { "0x" + hex($0, 8) } ?? "n/a: offset 0x\(hex(plan.offset, 2)) of \(resolved.space.name)"),
            ("Width", "\(w)"),
            ("Old", w.format(plan.old)),
            ("New", w.format(plan.new)),
            ("Changed", changed),
        ] + maskLines + fieldLines
    }

    /// For a read-modify-write (a field write): the bits it sets from the typed value, and the
    /// bits it writes as 0 although not targeted (RW1C/RW1S/WO: a 1 would act; RsvdZ); every
    /// other bit, RsvdP included, is written back as read.
    var maskLines: [(String, String)] {
        guard !plan.isFullWrite else { return [] }
        let w = plan.width
        var out = [("Mask", w.format(plan.mask) + names(plan.mask) + "; other bits as read")]
        if plan.zeroBits != 0 {
            let kinds = register.map { r in
                Array(Set(r.fields.filter { $0.bits.mask & plan.zeroBits != 0 }.map(\.access.rawValue))).sorted()
            } ?? []
            out.append(("Zeroed", w.format(plan.zeroBits) + (kinds.isEmpty ? "" : " " + kinds.joined(separator: "/")) + ": written 0, so untouched"))
        }
        return out
    }

    /// ` (BusMaster)`: the fields `mask` covers, when the register is described.
    private func names(_ mask: UInt64) -> String {
        guard let register else { return "" }
        let covered = register.fields.filter { $0.bits.mask & mask != 0 }.map(\.name)
        return covered.isEmpty || covered.count > 3 ? "" : " (" + covered.joined(separator: " ") + ")"
    }

    /// `Fields    EN 0 → 1`, then one changed field per line, named by the map.
    var fieldLines: [(String, String)] {
        guard let diff = fieldDiff else { return [] }
        let label = "Fields"
        guard !diff.changes.isEmpty else { return [(label, "no field changes")] }
        var texts = diff.changes.map(\.text)
        if texts.count > Self.maxFieldLines {
            let rest = texts.count - (Self.maxFieldLines - 1)
            texts = Array(texts.prefix(Self.maxFieldLines - 1)) + ["… and \(rest) more"]
        }
        return texts.enumerated().map { ($0.offset == 0 ? label : "", $0.element) }
    }

    public func render<C: Canvas>(into canvas: inout C) {
        let labelWidth = 10
        let width = min(canvas.cols - 4, 64)
        let refusalLines = refusal.map { Self.refusalLines($0, width: width - 4) } ?? []
        let height = lines.count + 4 + (refusalLines.isEmpty ? 0 : refusalLines.count + 1)
        let rect = Rect(row: max(1, (canvas.rows - height) / 2), col: (canvas.cols - width) / 2, height: height, width: width)
        canvas.fill(rect, style: Style(.dialog))
        canvas.drawBox(rect, title: isUndo ? "Undo: write the old value back?" : "Write this register?", style: Style(.dialog), titleStyle: Style(.warning, bold: true))
        let inner = rect.inside
        let firstField = 7 + maskLines.count
        for (i, (label, value)) in lines.enumerated() {
            let x = canvas.put(Formatting.fit(label, labelWidth), row: inner.row + i, col: inner.col + 1, style: Style(.dialog, bold: true), clip: inner)
            canvas.put(value, row: inner.row + i, col: x, style: Style(label == "New" || i >= firstField ? .warning : .dialog, bold: label == "New"), clip: inner)
        }
        for (i, line) in refusalLines.enumerated() {
            canvas.put(line, row: inner.row + lines.count + 1 + i, col: inner.col + 1, style: Style(.error, bold: i == 0), clip: inner)
        }
        let prompt = refusal == nil ? "y/Enter: write and read back    n/Esc: cancel" : "y/Enter: try again    n/Esc: close"
        canvas.put(prompt, row: inner.bottom - 1, col: inner.col + 1, style: Style(.dialog, bold: true), clip: inner)
    }

    /// `NOT WRITTEN: ...` and the fix, in the TUI's words, wrapped to the dialog.
    static func refusalLines(_ error: AccessError, width: Int) -> [String] {
        let text = "NOT WRITTEN: " + error.summary + (error.fix.map { " — fix: " + FixText.tui.words($0) } ?? "")
        var out: [String] = [], line = ""
        for var word in text.split(separator: " ").map(String.init) {
            if !line.isEmpty && line.count + 1 + word.count > width { out.append(line); line = "" }
            while word.count > width { out.append(String(word.prefix(width))); word = String(word.dropFirst(width)) }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { out.append(line) }
        return out
    }
}
