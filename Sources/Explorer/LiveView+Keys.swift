import TerminalUI

extension LiveView: ExplorerPanel {
    /// The hex view's keys, or the register view's when the map's registers are shown.
    var keys: KeyTable<ExplorerAction> { showsTable ? ExplorerKeys.registerTable : ExplorerKeys.liveView }

    /// Cursor and row movement, width and mode; edits, pins, prompts are the router's.
    mutating func handle(_ action: ExplorerAction) -> PanelResult {
        showsTable ? handleTable(action) : handleHex(action)
    }

    private mutating func handleHex(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .up: moveRows(-1)
        case .down: moveRows(1)
        case .collapse: moveCursor(by: -1)
        case .expand: moveCursor(by: 1)
        case .pageUp: page(-1)
        case .pageDown: page(1)
        case .home: jump(to: 0)
        case .end: jump(to: length)
        case .cycleWidth: cycleWidth()
        case .toggleRegisters: toggleMode()
        default: return .ignored
        }
        return .handled
    }

    private mutating func handleTable(_ action: ExplorerAction) -> PanelResult {
        let page = max(1, visibleRows)
        switch action {
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .pageUp: moveRow(by: -page)
        case .pageDown: moveRow(by: page)
        case .home: selectRow(0)
        case .end: selectRow(Int.max / 2)
        case .collapse, .expand:
            // ←/→: the previous or next register, skipping its fields.
            guard let table else { return .handled }
            let step = action == .collapse ? -1 : 1
            var r = row + step
            while table.rows.indices.contains(r), case .field = table.rows[r] { r += step }
            selectRow(r)
        case .toggleRegisters: toggleMode()
        default: return .ignored
        }
        return .handled
    }
}
