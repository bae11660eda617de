import TerminalUI

/// The screen under every other panel: the machine tree and the details of its selection.
/// It owns which pane has the keyboard, the tree's selection, expansion and search, and the
/// details cursor and scroll; it moves through both panes by itself. Opening what a row or
/// a link names, prompts and quitting are the router's.
struct BrowsePanel: ExplorerPanel {
    let machineTree: MachineTree
    var tree: TreeState
    var details = DetailsState()
    var focus: Pane = .tree
    /// Set by the router before each action from the layout and the selection's details:
    /// the rows of the focused pane, the tree pane's rows, the wrapped details lines.
    var page = 1
    var treeHeight = 1
    var detailLines: [DetailLine] = []

    init(machineTree: MachineTree) {
        self.machineTree = machineTree
        tree = TreeState(tree: machineTree)
    }

    var keys: KeyTable<ExplorerAction> { ExplorerKeys.browse }

    mutating func handle(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .back:
            if focus == .details { focus = .tree; return .handled }
            guard tree.filter != nil else { return .ignored }   // at the top: the router quits
            tree.clearFilter()
        case .switchPane:
            focus = focus == .tree ? .details : .tree
            if focus == .details && details.selectedLine == nil { details.moveLink(by: 1, lines: detailLines) }
        case .nextMatch, .previousMatch:
            guard !tree.matches.isEmpty else { return .ignored }   // the router says how to search
            tree.nextMatch(forward: action == .nextMatch, in: machineTree)
            selectionChanged()
        case .open:
            return .ignored
        default:
            return focus == .details ? handleDetails(action) : handleTree(action)
        }
        return .handled
    }

    /// A new selection: its details start at the top, and the tree scrolls to it.
    mutating func selectionChanged() {
        details = DetailsState()
        tree.scrollToSelection(height: treeHeight, in: machineTree)
    }

    private mutating func handleTree(_ action: ExplorerAction) -> PanelResult {
        switch action {
        case .up: tree.move(by: -1, in: machineTree)
        case .down: tree.move(by: 1, in: machineTree)
        case .pageUp: tree.move(by: -page, in: machineTree)
        case .pageDown: tree.move(by: page, in: machineTree)
        case .home: tree.moveToEnd(false, in: machineTree)
        case .end: tree.moveToEnd(true, in: machineTree)
        case .collapse: tree.collapseOrParent(machineTree)
        case .expand: tree.expand(machineTree)
        default: return .ignored
        }
        selectionChanged()
        return .handled
    }

    private mutating func handleDetails(_ action: ExplorerAction) -> PanelResult {
        let lines = detailLines
        switch action {
        case .up, .collapse, .down, .expand:
            let delta = action == .up || action == .collapse ? -1 : 1
            if lines.contains(where: { $0.link != nil }) {
                details.moveLink(by: delta, lines: lines)
            } else {
                details.scroll = max(0, min(max(0, lines.count - page), details.scroll + delta))
            }
        case .pageUp, .pageDown, .home, .end:
            guard lines.contains(where: { $0.link != nil }) else { scrollPage(action, lines: lines); break }
            let delta = action == .pageUp ? -page : action == .pageDown ? page : action == .home ? -lines.count : lines.count
            details.moveLink(page: delta, lines: lines)
            if action == .home { details.scroll = 0 }
        default: return .ignored
        }
        details.scrollToSelection(height: page)
        return .handled
    }

    /// PgUp/PgDn, Home/End in details without links: scroll.
    private mutating func scrollPage(_ action: ExplorerAction, lines: [DetailLine]) {
        switch action {
        case .pageUp: details.scroll = max(0, details.scroll - page)
        case .pageDown: details.scroll = min(max(0, lines.count - page), details.scroll + page)
        case .home: details.scroll = 0
        default: details.scroll = max(0, lines.count - page)
        }
    }
}
