import FixText
import MMIOCore
import TerminalUI

/// The screen under every panel: the tree and details panes, their keys and the mouse.
extension ExplorerApp {
    /// The tree screen's commands (moving through the panes is `BrowsePanel`'s own). False
    /// when `action` is not one of them.
    func handleBrowse(_ action: ExplorerAction) -> Bool {
        switch action {
        case .back: wantsQuit = true   // at the top, nothing left to go back from
        case .search: ask(.search, "search: ", text: treeState.filter ?? "")
        case .goTo: ask(.goTo, "go to address (0x hex or decimal; port:ADDR for I/O): ")
        case .openTarget: ask(.openTarget, "open (phys:ADDR, port:ADDR, file:PATH, DEV/barN+OFF, DEV/config, DEV/barN/REG): ", text: suggestedTarget)
        case .nextMatch, .previousMatch: message = StatusMessage("no search: press / first")
        case .editField: editConfigFieldKey()
        case .pin: pinConfigField()
        case .undo: startUndo()
        case .open:
            if focus == .tree {
                open(treeState.selected)
                selectionChanged()
            } else {
                let lines = currentDetailLines
                if let i = detailsState.selectedLine, i < lines.count, let link = lines[i].link { follow(link) }
            }
        default: return false
        }
        return true
    }

    /// The details of the selection, wrapped to the pane's width (what is drawn, scrolled
    /// and clicked).
    var currentDetails: (title: String, lines: [DetailLine]) {
        let node = treeState.selected
        let width = layout.details.inside.width - DetailsPane.labelWidth - 1
        if let c = detailsCache, c.node == node, c.width == width, c.words == configWords.generation { return (c.title, c.lines) }
        let (title, lines) = details.lines(for: node, words: configWords)
        let wrapped = lines.flatMap { $0.wrapped(valueWidth: width) }
        detailsCache = DetailsCache(node: node, width: width, words: configWords.generation, title: title, lines: wrapped)
        return (title, wrapped)
    }

    var currentDetailLines: [DetailLine] { currentDetails.lines }

    /// The value of the details line under the details cursor (tests, status).
    public var detailsSelectionText: String? {
        guard let i = detailsState.selectedLine, i < currentDetailLines.count else { return nil }
        return currentDetailLines[i].value
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
        case .configField(let row):
            startConfigFieldEdit(row)
        }
    }

    func selectionChanged() {
        browse.treeHeight = layout.tree.height - 2
        browse.selectionChanged()
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
