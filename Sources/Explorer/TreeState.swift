/// What the user did to the tree: which nodes are expanded, which row is selected, how
/// far it is scrolled, and the active search filter.
public struct TreeState: Sendable {
    public var expanded: Set<NodeID>
    public var selected: NodeID
    public var scroll = 0
    /// Lower-cased search text; when set, only matching rows and their ancestors show, plus
    /// the children of matches the user expands.
    public private(set) var filter: String?
    /// Matching nodes in display order (for n/N).
    public private(set) var matches: [NodeID] = []

    public init(tree: MachineTree) {
        // Start with PCI and its host bridges open, the maps closed: the first screen
        // shows all three roots and the PCI functions.
        var open: Set<NodeID> = [.section(.pci)]
        open.formUnion(tree.children(of: .section(.pci)))
        expanded = open
        selected = tree.roots.first ?? .section(.iomem)
    }

    /// The rows to draw, in order.
    public func rows(_ tree: MachineTree) -> [VisibleRow] {
        var out: [VisibleRow] = []
        let matchSet = Set(matches)
        var context = Set<NodeID>()
        if filter != nil {
            for m in matches { context.formUnion(tree.ancestors(of: m)) }
        }
        // Under a search, matches and their ancestors show; a match the user expands shows
        // all its children (a function's BARs), so what was found can be opened.
        func walk(_ ids: [NodeID], depth: Int, filtered: Bool) {
            for id in ids {
                // Children are asked for only when shown: a function's own rows are made
                // (and the function read whole) when it is opened, not for every row.
                let hasKids = tree.hasChildren(id)
                if filtered {
                    guard matchSet.contains(id) || context.contains(id) else { continue }
                    let open = context.contains(id) || expanded.contains(id)
                    out.append(VisibleRow(id: id, depth: depth, hasChildren: hasKids, isExpanded: open && hasKids, matches: matchSet.contains(id)))
                    if matchSet.contains(id) && expanded.contains(id) { walk(tree.children(of: id), depth: depth + 1, filtered: false) }
                    else if context.contains(id) || expanded.contains(id) { walk(tree.children(of: id), depth: depth + 1, filtered: true) }
                } else {
                    let open = expanded.contains(id) && hasKids
                    out.append(VisibleRow(id: id, depth: depth, hasChildren: hasKids, isExpanded: open, matches: matchSet.contains(id)))
                    if open { walk(tree.children(of: id), depth: depth + 1, filtered: false) }
                }
            }
        }
        walk(tree.roots, depth: 0, filtered: filter != nil)
        return out
    }

    // MARK: moving

    public mutating func move(by delta: Int, in tree: MachineTree) {
        let rows = rows(tree)
        guard !rows.isEmpty else { return }
        let i = rows.firstIndex { $0.id == selected } ?? 0
        selected = rows[max(0, min(rows.count - 1, i + delta))].id
    }

    public mutating func moveToEnd(_ last: Bool, in tree: MachineTree) {
        let rows = rows(tree)
        if let r = last ? rows.last : rows.first { selected = r.id }
    }

    /// Right/l/Enter on a closed row: open it.
    public mutating func expand(_ tree: MachineTree) {
        if tree.hasChildren(selected) { expanded.insert(selected) }
    }

    /// Left/h: close an open row, else jump to the parent.
    public mutating func collapseOrParent(_ tree: MachineTree) {
        if expanded.contains(selected) && tree.hasChildren(selected) {
            expanded.remove(selected)
        } else if let p = tree[selected]?.parent {
            selected = p
        }
    }

    public mutating func toggle(_ tree: MachineTree) {
        if expanded.contains(selected) { expanded.remove(selected) } else { expand(tree) }
    }

    /// Selects `id`, opening every ancestor so it is visible.
    public mutating func reveal(_ id: NodeID, in tree: MachineTree) {
        guard tree[id] != nil else { return }
        expanded.formUnion(tree.ancestors(of: id))
        selected = id
        if filter != nil && !rows(tree).contains(where: { $0.id == id }) { clearFilter() }
    }

    /// Keeps the selection within `height` rows of the viewport.
    public mutating func scrollToSelection(height: Int, in tree: MachineTree) {
        guard height > 0 else { return }
        let rows = rows(tree)
        let i = rows.firstIndex { $0.id == selected } ?? 0
        if i < scroll { scroll = i }
        if i >= scroll + height { scroll = i - height + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - height)))
    }

    // MARK: search

    /// Filters the tree to rows containing `text` (case-insensitive) and selects the
    /// first match. Returns the number of matches.
    @discardableResult
    public mutating func search(_ text: String, in tree: MachineTree) -> Int {
        let needle = text.lowercased()
        guard !needle.isEmpty else { clearFilter(); return 0 }
        filter = needle
        matches = tree.allInOrder.filter { tree[$0]?.searchText.contains(needle) ?? false }
        if let first = matches.first { selected = first }
        return matches.count
    }

    public mutating func clearFilter() {
        filter = nil
        matches = []
    }

    /// n / N: the next or previous match after the selection, wrapping around.
    public mutating func nextMatch(forward: Bool, in tree: MachineTree) {
        guard !matches.isEmpty else { return }
        // `matches` is in display order, so the position of the selection among all nodes
        // decides which match comes next (one pass, no per-match search).
        let order = tree.allInOrder
        guard let pos = order.firstIndex(of: selected) else { selected = matches[0]; return }
        let matchSet = Set(matches)
        if forward {
            selected = order[(pos + 1)...].first { matchSet.contains($0) } ?? matches.first!
        } else {
            selected = order[..<pos].last { matchSet.contains($0) } ?? matches.last!
        }
    }
}
