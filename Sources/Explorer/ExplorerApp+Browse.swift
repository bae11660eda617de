import FixText
import MMIOCore
import TerminalUI

/// The screen under every panel: the tree and details panes, their keys and the mouse.
extension ExplorerApp {
    func handleBrowse(_ action: ExplorerAction) {
        let page = max(1, (focus == .tree ? layout.tree : layout.details).inside.height)
        switch action {
        case .back:
            if focus == .details { focus = .tree }
            else if treeState.filter != nil { treeState.clearFilter() }
            else { wantsQuit = true }
        case .switchPane:
            focus = focus == .tree ? .details : .tree
            if focus == .details && detailsState.selectedLine == nil { detailsState.moveLink(by: 1, lines: currentDetailLines) }
        case .search: ask(.search, "search: ", text: treeState.filter ?? "")
        case .goTo: ask(.goTo, "go to address (0x hex or decimal; port:ADDR for I/O): ")
        case .openTarget: ask(.openTarget, "open (phys:ADDR, port:ADDR, file:PATH, DEV/barN+OFF, DEV/config, DEV/barN/REG): ", text: suggestedTarget)
        case .nextMatch, .previousMatch:
            if treeState.matches.isEmpty { message = StatusMessage("no search: press / first") }
            treeState.nextMatch(forward: action == .nextMatch, in: tree)
            selectionChanged()
        default:
            if focus == .details { handleDetails(action, page: page) } else { handleTree(action, page: page) }
        }
    }

    func handleTree(_ action: ExplorerAction, page: Int) {
        switch action {
        case .up: treeState.move(by: -1, in: tree)
        case .down: treeState.move(by: 1, in: tree)
        case .pageUp: treeState.move(by: -page, in: tree)
        case .pageDown: treeState.move(by: page, in: tree)
        case .home: treeState.moveToEnd(false, in: tree)
        case .end: treeState.moveToEnd(true, in: tree)
        case .collapse: treeState.collapseOrParent(tree)
        case .expand: treeState.expand(tree)
        case .open: open(treeState.selected)
        default: break
        }
        selectionChanged()
    }

    /// The details of the selection, wrapped to the pane's width (what is drawn, scrolled
    /// and clicked).
    var currentDetails: (title: String, lines: [DetailLine]) {
        let (title, lines) = details.lines(for: treeState.selected)
        let width = layout.details.inside.width - DetailsPane.labelWidth - 1
        return (title, lines.flatMap { $0.wrapped(valueWidth: width) })
    }

    var currentDetailLines: [DetailLine] { currentDetails.lines }

    /// The value of the details line under the details cursor (tests, status).
    public var detailsSelectionText: String? {
        guard let i = detailsState.selectedLine, i < currentDetailLines.count else { return nil }
        return currentDetailLines[i].value
    }

    func handleDetails(_ action: ExplorerAction, page: Int) {
        let lines = currentDetailLines
        switch action {
        case .up, .collapse, .down, .expand:
            let delta = action == .up || action == .collapse ? -1 : 1
            if lines.contains(where: { $0.link != nil }) {
                detailsState.moveLink(by: delta, lines: lines)
            } else {
                detailsState.scroll = max(0, min(max(0, lines.count - page), detailsState.scroll + delta))
            }
        case .pageUp: detailsState.scroll = max(0, detailsState.scroll - page)
        case .pageDown: detailsState.scroll = min(max(0, lines.count - page), detailsState.scroll + page)
        case .home: detailsState.scroll = 0
        case .end: detailsState.scroll = max(0, lines.count - page)
        case .open:
            if let i = detailsState.selectedLine, i < lines.count, let link = lines[i].link { follow(link) }
        default: break
        }
        detailsState.scrollToSelection(height: page)
    }

    /// Goes where a details link points (cross-link to a function, BAR or region).
    public func follow(_ link: DetailLink) {
        switch link {
        case .node(let id):
            treeState.reveal(id, in: tree)
            focus = .tree
            selectionChanged()
        case .open(let id):
            open(id)
        case .msix(let address):
            openMSIX(address)
        }
    }

    func selectionChanged() {
        detailsState = DetailsState()
        treeState.scrollToSelection(height: layout.tree.height - 2, in: tree)
    }


    func handleMouse(_ m: MouseEvent) {
        message = nil
        if let v = view {
            var nv = v
            switch m.kind {
            case .wheelUp: nv.moveRows(-3)
            case .wheelDown: nv.moveRows(3)
            case .click:
                let firstData = layout.body.row + 2
                let r = m.row - firstData
                if r >= 0 && r < v.visibleRows { nv.jump(to: v.top + UInt64(r) * v.rowBytes) }
            }
            view = nv
            adapt(to: layout, force: true)
            return
        }
        let treeInner = layout.tree.inside
        let detailsInner = layout.details.inside
        switch m.kind {
        case .wheelUp, .wheelDown:
            treeState.move(by: m.kind == .wheelUp ? -3 : 3, in: tree)
            selectionChanged()
        case .click:
            if treeInner.contains(row: m.row, col: m.col) {
                focus = .tree
                let rows = treeState.rows(tree)
                let index = treeState.scroll + m.row - treeInner.row
                guard index < rows.count else { return }
                if rows[index].id == treeState.selected { open(rows[index].id) } else { treeState.selected = rows[index].id }
                selectionChanged()
            } else if detailsInner.contains(row: m.row, col: m.col) {
                let lines = currentDetailLines
                let index = detailsState.scroll + m.row - detailsInner.row
                if index < lines.count, let link = lines[index].link { follow(link) }
            }
        }
    }
}
