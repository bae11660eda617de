import MMIOCore

/// A live hex or register view of one register range (a BAR, config space): the opened
/// space, the access width, the cursor, and which words are on screen. Values come from
/// the app's shared `RefreshScheduler`; the view subscribes exactly the visible words.
public struct LiveView: Sendable {
    /// The tree row the view was opened from (nil for a typed target such as `phys:`).
    public let node: NodeID?
    public let title: String
    /// The target at offset 0 of the range (`00:02.0/bar0+0x00`).
    public let baseTarget: Target
    /// The open space, or nil with `openError` saying why it could not be opened.
    public let space: (any RegisterSpace)?
    public let openError: AccessError?
    public var mode: LiveViewMode = .hex
    public var width: AccessWidth = .bits32
    /// Offset of the word under the cursor (aligned to `width`).
    public var cursor: UInt64 = 0
    /// Offset of the first visible row.
    public var top: UInt64 = 0
    /// Rows the last layout had room for.
    public var visibleRows = 16
    /// Per byte offset: the tick at which that byte last changed (for fading highlights).
    public var byteChangedAt: [UInt64: Int] = [:]
    public var labels: (any RegisterLabelProvider)? {
        didSet { table = (labels as? MapRegisterLabels).map { RegisterTable(labels: $0, length: length) } }
    }
    /// The map's registers as rows (register view of a mapped space); nil without a map.
    public private(set) var table: RegisterTable?
    /// Selected row and first visible row of the register table.
    public var row = 0
    public var rowTop = 0
    /// Per register and field: the tick at which that field's value last changed.
    public var fieldChangedAt: [RegisterTable.FieldKey: Int] = [:]

    public init(node: NodeID?, title: String, baseTarget: Target, space: (any RegisterSpace)?, openError: AccessError?) {
        self.node = node
        self.title = title
        self.baseTarget = baseTarget
        self.space = space
        self.openError = openError
        if let space, !space.supportedWidths.contains(.bits32), let w = space.supportedWidths.last { width = w }
    }

    public var length: UInt64 { space?.length ?? 0 }

    /// Lines under a register view kept for the bit ruler (only with a register map).
    public var rulerLines: Int { mode == .registers && labels != nil ? (width == .bits64 ? 2 : 1) : 0 }

    /// Bytes per row: 16 in hex mode, one word in register mode.
    public var rowBytes: UInt64 { mode == .hex ? 16 : UInt64(width.bytes) }

    /// The words on screen, each at its own width (only these are read): the registers of
    /// the table rows shown, or the hex/word view's words at the view's width.
    public var visibleWords: [(offset: UInt64, width: AccessWidth)] {
        guard let table, showsTable else { return visibleOffsets.map { ($0, width) } }
        return table.entriesShown(in: rowTop..<(rowTop + max(0, visibleRows)))
            .map { table.entries[$0] }
            .filter { !$0.register.hasReadSideEffect }
            .map { ($0.offset, $0.register.width) }
    }

    /// Offsets of the words on screen at the view's width (hex and word views).
    public var visibleOffsets: [UInt64] {
        guard length > 0 else { return [] }
        let step = UInt64(width.bytes)
        let end = min(length, top &+ rowBytes * UInt64(max(0, visibleRows)))
        var out: [UInt64] = []
        var o = top
        while o < end && o + step <= length { out.append(o); o += step }
        if let labels { out.removeAll { labels.suppressesPolling(at: $0, width: width) } }
        return out
    }

    // MARK: cursor

    public mutating func moveCursor(by words: Int64) {
        guard length >= UInt64(width.bytes) else { return }
        let step = Int64(width.bytes)
        let last = Int64((length - UInt64(width.bytes)) / UInt64(width.bytes)) * step
        let target = max(0, min(last, Int64(cursor) + words * step))
        cursor = UInt64(target)
        keepCursorVisible()
    }

    /// Moves by rows (↑/↓, PgUp/PgDn).
    public mutating func moveRows(_ rows: Int64) {
        moveCursor(by: rows * Int64(rowBytes) / Int64(width.bytes))
    }

    /// PgUp/PgDn: scrolls a screenful and moves the cursor with it.
    public mutating func page(_ pages: Int64) {
        let rows = Int64(max(1, visibleRows))
        let span = rows * Int64(rowBytes)
        let lastTop = length > UInt64(span) ? Int64((length - UInt64(span) + rowBytes - 1) / rowBytes * rowBytes) : 0
        top = UInt64(max(0, min(lastTop, Int64(top) + pages * span)))
        moveRows(pages * rows)
    }

    public mutating func jump(to offset: UInt64) {
        guard length >= UInt64(width.bytes) else { return }
        cursor = min(offset, length - UInt64(width.bytes)) / UInt64(width.bytes) * UInt64(width.bytes)
        keepCursorVisible()
    }

    public mutating func keepCursorVisible() {
        let rows = UInt64(max(1, visibleRows))
        if cursor < top { top = cursor / rowBytes * rowBytes }
        if cursor >= top + rows * rowBytes { top = (cursor / rowBytes - rows + 1) * rowBytes }
    }

    /// 8 → 16 → 32 → 64 → 8, skipping widths the space cannot do.
    public mutating func cycleWidth() {
        let all = AccessWidth.allCases.filter { space?.supportedWidths.contains($0) ?? true }
        guard let i = all.firstIndex(of: width) else { return }
        width = all[(i + 1) % all.count]
        cursor = cursor / UInt64(width.bytes) * UInt64(width.bytes)
        top = top / rowBytes * rowBytes
        byteChangedAt = [:]
        keepCursorVisible()
    }

    public mutating func toggleMode() {
        mode = mode == .hex ? .registers : .hex
        if showsTable, let table {
            selectRow(table.row(at: cursor))
            return
        }
        top = cursor / rowBytes * rowBytes
        keepCursorVisible()
    }

    /// The resolved target for the word at `offset` (for write plans).
    public func resolved(at offset: UInt64) -> ResolvedTarget? {
        guard let space, let target = baseTarget.advanced(by: offset) else { return nil }
        return ResolvedTarget(target: target, space: space, offset: offset)
    }
}
