import MMIOCore

extension RegisterTable {
    /// A field of a placed register: `entries[register].fields[field]`.
    public struct FieldKey: Sendable, Hashable {
        public let register: Int
        public let field: Int
    }
}

extension LiveView {
    /// True when the register view shows the map's registers as rows.
    public var showsTable: Bool { mode == .registers && table != nil }

    /// The table row under the cursor.
    public var selectedRow: RegisterTable.Row? { table.flatMap { $0.rows.indices.contains(row) ? $0.rows[row] : nil } }

    /// The register the selected row belongs to.
    public var selectedEntry: RegisterTable.Entry? {
        guard let table, let i = table.entryIndex(of: row) else { return nil }
        return table.entries[i]
    }

    /// Selects table row `index`: the cursor and the width follow its register, so editing,
    /// pinning and `!` act on that register at its own width.
    public mutating func selectRow(_ index: Int) {
        guard let table, !table.rows.isEmpty else { return }
        row = max(0, min(table.rows.count - 1, index))
        if let e = selectedEntry {
            cursor = e.offset
            width = e.register.width
        } else if case .gap(let start, _)? = selectedRow {
            cursor = start / UInt64(width.bytes) * UInt64(width.bytes)
        }
        keepRowVisible()
    }

    public mutating func moveRow(by delta: Int) { selectRow(row + delta) }

    public mutating func keepRowVisible() {
        let rows = max(1, visibleRows)
        if row < rowTop { rowTop = row }
        if row >= rowTop + rows { rowTop = row - rows + 1 }
        rowTop = max(0, min(rowTop, max(0, (table?.rows.count ?? 0) - rows)))
    }
}
