import MMIOCore
import TerminalUI

/// The live MSI-X table of one function (a panel with its own state and keys): every
/// entry's message address, data, vector control with its mask bit, and its pending bit
/// from the PBA, read through the shared scheduler as aligned DWORDs (PCIe Base 6.0
/// §6.1.4.2 allows only aligned DWORD or QWORD accesses there). `m` masks or unmasks the
/// selected entry with a normal confirmed, journaled, undoable poke of Vector Control bit 0.
public struct MSIXPanel: Sendable {
    public let function: PCIAddress
    public let capability: MSIXCapability
    /// The BAR spaces holding the table and the PBA (the same object when one BAR holds both).
    public let tableSpace: (any RegisterSpace)?
    public let pbaSpace: (any RegisterSpace)?
    public let openError: AccessError?
    public var selection = 0
    public var top = 0
    public var visibleRows = 16

    public init(function: PCIAddress, capability: MSIXCapability, tableSpace: (any RegisterSpace)?, pbaSpace: (any RegisterSpace)?,
                openError: AccessError?) {
        self.function = function
        self.capability = capability
        self.tableSpace = tableSpace
        self.pbaSpace = pbaSpace
        self.openError = openError
    }

    /// The Vector Control register of an entry as a one-field register, so the poke dialog
    /// shows `MASK 0 → 1` (PCIe Base 6.0 §7.7.2.8: bit 0 Mask, RW; bits 31:1 reserved).
    public static let vectorControl = RegisterDefinition(name: "VECTOR_CONTROL", offset: 12, width: .bits32, fields: [
        FieldDefinition(name: "MASK", bits: BitRange(bit: 0), access: .readWrite, description: "1: the vector is masked"),
        FieldDefinition(name: "RSVD", bits: BitRange(lsb: 1, msb: 31), access: .reserved),
    ])

    public mutating func move(by delta: Int) {
        selection = max(0, min(capability.count - 1, selection + delta))
        keepVisible()
    }

    public mutating func keepVisible() {
        let rows = max(1, visibleRows)
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        top = max(0, min(top, max(0, capability.count - rows)))
    }

    /// Entries on screen (only their DWORDs and the PBA DWORDs covering them are read).
    public var visibleEntries: Range<Int> { top..<min(capability.count, top + max(1, visibleRows)) }

    /// Table DWORD offsets of the entries on screen.
    public var visibleTableWords: [UInt64] {
        visibleEntries.flatMap { i in (0..<4).map { capability.tableOffset(entry: i, dword: $0) } }
    }

    /// PBA DWORD offsets covering the entries on screen.
    public var visiblePBAWords: [UInt64] {
        guard !visibleEntries.isEmpty else { return [] }
        let first = visibleEntries.lowerBound / 32, last = (visibleEntries.upperBound - 1) / 32
        return (first...last).map { capability.pbaOffset + UInt64($0 * 4) }
    }

    /// The resolved target of entry `index`'s Vector Control DWORD (for the mask poke).
    public func vectorControlTarget(_ index: Int) -> ResolvedTarget? {
        guard let tableSpace else { return nil }
        let off = capability.tableOffset(entry: index, dword: 3)
        return ResolvedTarget(target: .bar(function, index: capability.tableBAR, offset: off), space: tableSpace, offset: off)
    }

    /// Data rows that fit inside `inner` (header, cursor line).
    public static func dataRows(inner: Rect) -> Int { max(1, inner.height - 2) }

    /// Draws the table from `table` (built from the scheduler's samples: no reads here);
    /// `changedAt[i]` is the tick entry i last changed.
    public func render<C: Canvas>(table: MSIXTable, changedAt: [Int: Int], tick: Int, fadeTicks: Int, in rect: Rect, into canvas: inout C) {
        let c = capability
        let title = "\(function.display) MSI-X  \(c.count) entries  \(c.enabled ? "enabled" : "disabled")\(c.functionMasked ? "  function masked" : "")"
            + "  table BAR\(c.tableBAR)+0x\(hex(c.tableOffset, 1))  PBA BAR\(c.pbaBAR)+0x\(hex(c.pbaOffset, 1))"
        canvas.drawBox(rect, title: title, titleStyle: Style(.header, bold: true))
        let inner = rect.inside
        if let e = openError {
            canvas.put("Cannot open the table's BAR: " + e.summary, row: inner.row, col: inner.col + 1, style: Style(.error, bold: true), clip: inner)
            return
        }
        canvas.put("entry  address             data        control     mask    pending", row: inner.row, col: inner.col + 1,
                   style: Style(.label, bold: true), clip: inner)
        func h(_ v: UInt32?) -> String { v.map { "0x" + hex(UInt64($0), 8) } ?? "----------" }
        for (r, i) in visibleEntries.enumerated() {
            let y = inner.row + 1 + r
            guard y < inner.bottom - 1 else { break }
            let e = table.entries[i]
            let selected = i == selection
            var style = Style(.hardware)
            if let at = changedAt[i], let role = Role.changed(age: tick - at, fadeTicks: fadeTicks) { style = Style(role) }
            if selected { style = Style(.selection) }
            let index = String(i)
            var text = index + String(repeating: " ", count: max(1, 7 - index.count))
            text += (e.address.map { "0x" + hex($0, 16) } ?? "------------------") + "  " + h(e.data) + "  " + h(e.vectorControl) + "  "
            text += (e.masked.map { $0 ? "masked" : "-     " } ?? "?     ") + "  " + (e.pending.map { $0 ? "pending" : "-" } ?? "?")
            if selected { canvas.fill(Rect(row: y, col: inner.col, height: 1, width: inner.width), style: style) }
            canvas.put(text, row: y, col: inner.col + 1, style: style, clip: inner)
        }
        let y = inner.bottom - 1
        let sel = table.entries.indices.contains(selection) ? table.entries[selection] : nil
        var line = "entry \(selection): "
        if let a = sel?.address, a >> 20 == 0xfee {
            line += "to local APIC \(a >> 12 & 0xff)" + (sel?.data.map { ", vector 0x" + hex(UInt64($0 & 0xff), 2) } ?? "") + " · "
        }
        line += "m " + (sel?.masked == true ? "unmasks" : "masks") + " it (a confirmed poke of Vector Control bit 0)"
        canvas.put(line, row: y, col: inner.col + 1, style: Style(.dim), clip: inner)
    }
}
