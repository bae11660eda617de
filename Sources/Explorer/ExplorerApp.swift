import FixText
import MMIOCore
import TerminalUI

/// The hwx TUI: tree and details panes over a `Machine`, live hex/register views fed by
/// the one shared `RefreshScheduler`, confirmed pokes through `WritePlan` with read-back
/// and journal, search, go-to and generated help. Pure with respect to the terminal:
/// keys in, frames out into a `CellGrid` (tests drive it directly; `EventLoop` drives it
/// on ncurses).
@MainActor
public final class ExplorerApp: TerminalApp {
    public let machine: Machine
    public let tree: MachineTree
    public let options: ExplorerOptions
    let details: DetailsBuilder
    let scheduler = RefreshScheduler()
    let journal: WriteJournal

    public private(set) var treeState: TreeState
    public private(set) var detailsState = DetailsState()
    public private(set) var focus: Pane = .tree
    public internal(set) var view: LiveView?
    /// The live MSI-X table panel, when open (over the tree, like a live view).
    public internal(set) var msix: MSIXPanel?
    var msixSubscriptions: [RefreshScheduler.Subscription] = []
    private var subscription: RefreshScheduler.Subscription?
    public internal(set) var paused = false
    public private(set) var hz: Double
    public internal(set) var editor: LineEditor?
    /// Committed entries of each prompt, oldest first (↑/↓ in the prompt walk them).
    var histories: [LineEditor.Purpose: [String]] = [:]
    /// The field a one-field prompt (Enter on a field row) writes.
    var editingField: String?
    public internal(set) var dialog: PokeDialog?
    public internal(set) var showHelp = false
    private var helpScroll = 0
    public internal(set) var message: StatusMessage?
    private var lastWrite: (result: WriteResult, resolved: ResolvedTarget)?
    public private(set) var lastReadError: AccessError?
    /// Set when words on screen were never read: the loop ticks before the next frame.
    /// Only `tick` reads; `handle` and `render` ask for a tick here.
    var tickRequested = false
    private var lastReads = 0
    var layout = ExplorerLayout(rows: 24, cols: 80)
    public internal(set) var wantsQuit = false
    /// Words pinned with `p`, read on the same scheduler ticks as the live view.
    public private(set) lazy var watchList = WatchList(scheduler: scheduler)
    var showWatch = false
    /// Set while `R` on the watch screen records the list's events to a CSV file.
    var watchRecorder: WatchRecorder?
    var watchSelection = 0
    /// Set while the watch screen samples at max rate (`M`).
    var maxRate: WatchMaxRate?
    let watchEpoch = ContinuousClock.now

    static let rates: [Double] = [0.5, 1, 2, 4, 8, 10, 20, 30, 60]

    public init(machine: Machine, options: ExplorerOptions) {
        self.machine = machine
        self.options = options
        tree = MachineTree(machine: machine)
        details = DetailsBuilder(tree: tree)
        treeState = TreeState(tree: tree)
        journal = WriteJournal(path: options.journalPath)
        hz = options.refreshHz
    }

    // MARK: TerminalApp

    public var tickInterval: Duration? {
        guard view?.space != nil || !watchList.items.isEmpty || msix?.tableSpace != nil, !paused else { return nil }
        if maxRate != nil && showWatch { return WatchMaxRate.tick }
        return .microseconds(Int64(1_000_000 / hz))
    }

    /// Ticks over which a change highlight fades: about three seconds.
    public var fadeTicks: Int { max(3, Int(hz * 3)) }

    public var wantsTick: Bool { tickRequested }

    /// The only place that reads: one scheduler pass over every subscribed word.
    public func tick() {
        tickRequested = false
        guard view?.space != nil || !watchList.items.isEmpty || msix?.tableSpace != nil else { return }
        if let maxRate, showWatch { maxRate.run(for: WatchMaxRate.slice); return }
        let report = scheduler.tick()
        lastReads = report.reads
        if !watchList.items.isEmpty {
            let events = watchList.collect(at: watchNow)
            watchRecorder?.record(events, items: watchList.items)
        }
        guard let view, let space = view.space else { return }
        if let e = report.lastError { lastReadError = e }
        var v = view
        for (off, width) in v.visibleWords {
            guard let s = scheduler.sample(space, offset: off, width: width), s.changedAtTick == report.tick else { continue }
            for lane in 0..<width.bytes where (s.changedBits >> UInt64(8 * lane)) & 0xff != 0 {
                v.byteChangedAt[off + UInt64(lane)] = report.tick
            }
        }
        noteFieldChanges(in: &v, tick: report.tick)
        self.view = v
    }

    public func render(into grid: inout CellGrid) {
        adapt(to: ExplorerLayout(rows: grid.rows, cols: grid.cols))
        if layout.isTooSmall {
            grid.put("terminal too small: \(grid.cols)x\(grid.rows), need \(ExplorerLayout.minimumCols)x\(ExplorerLayout.minimumRows)",
                     row: 0, col: 0, style: Style(.warning, bold: true))
            return
        }
        renderTitle(into: &grid)
        if showWatch {
            WatchPane(list: watchList, selection: watchSelection, now: watchNow, recording: watchRecorder?.path, maxRate: maxRate).render(in: layout.body, into: &grid)
        } else if let msix {
            let (table, changed) = msixSnapshot(msix)
            msix.render(table: table, changedAt: changed, tick: scheduler.tickCount, fadeTicks: fadeTicks, in: layout.body, into: &grid)
        } else if let view {
            LiveViewPane(view: view, samples: samples(for: view), tick: scheduler.tickCount, fadeTicks: fadeTicks,
                         tableSamples: tableSamples(for: view))
                .render(in: layout.body, into: &grid)
        } else {
            TreePane.render(tree, state: treeState, focused: focus == .tree, in: layout.tree, into: &grid)
            let (title, lines) = currentDetails
            DetailsPane.render(title: title, lines: lines, state: detailsState, focused: focus == .details, in: layout.details, into: &grid)
        }
        if showHelp { renderHelp(into: &grid) }
        if let dialog { dialog.render(into: &grid) }
        renderStatus(into: &grid)
        currentKeys.drawBar(into: &grid, row: layout.barRow)
    }

    /// The key table in effect (the function bar and help come from it).
    public var currentKeys: KeyTable<ExplorerAction> {
        if showHelp { return ExplorerKeys.helpScreen }
        if showWatch { return ExplorerKeys.watchScreen }
        if msix != nil { return ExplorerKeys.msixScreen }
        guard let view else { return ExplorerKeys.browse }
        return view.showsTable ? ExplorerKeys.registerTable : ExplorerKeys.liveView
    }

    // MARK: keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        if dialog != nil { handleDialog(key); return }
        if editor != nil { handleEditor(key); return }
        if case .mouse(let m) = key { handleMouse(m); return }
        message = nil
        guard let action = currentKeys.action(for: key) else { return }
        if showHelp { handleHelp(action); return }
        if showWatch { handleWatch(action); return }
        if msix != nil { handleMSIX(action) }
        else if view?.showsTable == true { handleRegisterTable(action) }
        else if view != nil { handleLiveView(action) } else { handleBrowse(action) }
    }

    private func handleBrowse(_ action: ExplorerAction) {
        let page = max(1, (focus == .tree ? layout.tree : layout.details).inside.height)
        switch action {
        case .quit: wantsQuit = true
        case .help: showHelp = true; helpScroll = 0
        case .back:
            if focus == .details { focus = .tree }
            else if treeState.filter != nil { treeState.clearFilter() }
            else { wantsQuit = true }
        case .switchPane:
            focus = focus == .tree ? .details : .tree
            if focus == .details && detailsState.selectedLine == nil { detailsState.moveLink(by: 1, lines: currentDetailLines) }
        case .watchList: showWatch = true
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

    private func handleTree(_ action: ExplorerAction, page: Int) {
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
    private var currentDetails: (title: String, lines: [DetailLine]) {
        let (title, lines) = details.lines(for: treeState.selected)
        let width = layout.details.inside.width - DetailsPane.labelWidth - 1
        return (title, lines.flatMap { $0.wrapped(valueWidth: width) })
    }

    private var currentDetailLines: [DetailLine] { currentDetails.lines }

    /// The value of the details line under the details cursor (tests, status).
    public var detailsSelectionText: String? {
        guard let i = detailsState.selectedLine, i < currentDetailLines.count else { return nil }
        return currentDetailLines[i].value
    }

    private func handleDetails(_ action: ExplorerAction, page: Int) {
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

    private func selectionChanged() {
        detailsState = DetailsState()
        treeState.scrollToSelection(height: layout.tree.height - 2, in: tree)
    }

    /// Enter on a row: BARs and config space open a live view; other rows expand/collapse.
    public func open(_ id: NodeID) {
        switch id {
        case .bar(let a, let index):
            openView(id, title: a.display + " " + (index == 6 ? "ROM" : "BAR\(index)"), target: .bar(a, index: index, offset: 0))
        case .config(let a):
            openView(id, title: a.display + " config", target: .config(a, offset: 0))
        default:
            treeState.reveal(id, in: tree)
            treeState.toggle(tree)
        }
    }

    func openView(_ node: NodeID?, title: String, target: Target, span: UInt64 = 8, cursor: UInt64 = 0) {
        let resolver = TargetResolver(machine: machine, writable: options.writeEnabled)
        var v: LiveView
        do {
            let resolved = try resolver.open(target, span: span)
            v = LiveView(node: node, title: title, baseTarget: target, space: resolved.space, openError: nil)
            v.labels = registerLabels(for: target, space: resolved.space)
        } catch {
            v = LiveView(node: node, title: title, baseTarget: target, space: nil, openError: error)
        }
        if case .config = target { v.width = .bits32 }
        if case .port = target { v.width = .bits8 }
        view = v
        lastReadError = nil
        adapt(to: layout, force: true)
        if cursor > 0, var moved = view {
            moved.jump(to: cursor)
            view = moved
            adapt(to: layout, force: true)
        }
    }

    /// `o`: opens any target of the CLI grammar in a live view: `phys:ADDR` (a /dev/mem
    /// window to the end of the deepest iomem region holding ADDR), `port:ADDR` (to the end
    /// of its ioports region), `file:PATH`, `<device>/barN+OFF`, `<device>/config+OFF`.
    public func openTarget(_ text: String) {
        let target: Target
        do {
            target = try TargetParser.parse(text)
        } catch {
            message = StatusMessage("cannot parse '\(text)': \(error.problem) (e.g. phys:0xfed00000, port:0x70, file:/tmp/x.bin, 00:02.0/bar0+0x10)", role: .error)
            return
        }
        switch target {
        case .bar(let a, let index, let off):
            openView(.bar(a, index), title: a.display + " " + (index == 6 ? "ROM" : "BAR\(index)"),
                     target: .bar(a, index: index, offset: 0), cursor: off)
        case .config(let a, let off):
            openView(.config(a), title: a.display + " config", target: .config(a, offset: 0), cursor: off)
        case .file(let path, let off):
            openView(nil, title: "file:" + path, target: .file(path: path, offset: 0), cursor: off)
        case .physical(let address):
            let end = machine.iomem?.path(containing: address).last.map { $0.end } ?? (address | 0xfff)
            let span = min(InclusiveRange(start: address, end: end).size ?? 1 << 30, 1 << 30)
            openView(nil, title: "phys:0x" + hex(address, 8), target: target, span: max(span, 8))
        case .port(let port):
            let end = machine.ioports?.path(containing: port).last.map { $0.end } ?? port
            openView(nil, title: "port:0x" + hex(port, 4), target: target, span: max(min(InclusiveRange(start: port, end: end).size ?? 1, 0x1_0000 - port), 1))
        case .named(.bar(let a, let index), let register, _):
            openView(.bar(a, index), title: a.display + " BAR\(index)", target: .bar(a, index: index, offset: 0))
            guard var v = view, let table = v.table, let row = table.row(ofRegisterNamed: register) else {
                message = StatusMessage("no register \(register) in the map of \(a.display) BAR\(index)", role: .warning)
                return
            }
            v.mode = .registers
            v.selectRow(row)
            view = v
            adapt(to: layout, force: true)
        case .named(.config(let a), let register, let field):
            do {
                let named = try ConfigNameResolver.namedRegister(a, register: register, field: field, machine: machine)
                openView(.config(a), title: a.display + " config", target: .config(a, offset: 0), cursor: named.offset)
            } catch {
                message = StatusMessage(error.summary, role: .error)
            }
        case .named(.iomemRegion, _, _):
            message = StatusMessage("iomem registers open through their region: use phys:ADDR at the region's start (Enter on it in the tree) and press r", role: .warning)
        }
    }

    /// What `o` offers for the selected row.
    private var suggestedTarget: String {
        switch treeState.selected {
        case .region(.iomem, let id): machine.iomem?.path(toRegion: id).last.map { "phys:0x" + hex($0.start, 8) } ?? ""
        case .region(.ioports, let id): machine.ioports?.path(toRegion: id).last.map { "port:0x" + hex($0.start, 4) } ?? ""
        case .bar(let a, let i): "\(a.display)/bar\(i)"
        case .config(let a), .function(let a): "\(a.display)/config"
        default: ""
        }
    }

    func closeView() {
        if let subscription { scheduler.unsubscribe(subscription) }
        subscription = nil
        view = nil
    }

    func handleLiveView(_ action: ExplorerAction) {
        guard var v = view else { return }
        switch action {
        case .quit: wantsQuit = true; return
        case .help: showHelp = true; helpScroll = 0; return
        case .back: closeView(); return
        case .up: v.moveRows(-1)
        case .down: v.moveRows(1)
        case .collapse: v.moveCursor(by: -1)
        case .expand: v.moveCursor(by: 1)
        case .pageUp: v.page(-1)
        case .pageDown: v.page(1)
        case .home: v.jump(to: 0)
        case .end: v.jump(to: v.length)
        case .cycleWidth: v.cycleWidth()
        case .toggleRegisters: v.toggleMode()
        case .pause: paused.toggle()
        case .step: view = v; tickRequested = true; return
        case .faster, .slower:
            let i = Self.rates.firstIndex { $0 >= hz } ?? Self.rates.count - 1
            hz = Self.rates[max(0, min(Self.rates.count - 1, i + (action == .faster ? 1 : -1)))]
        case .goTo: ask(.goTo, v.labels == nil ? "go to offset (0x hex or decimal): " : "go to offset (0x hex or decimal) or register (Tab completes): ")
        case .edit: startEdit(); return
        case .undo: startUndo(); return
        case .pin: pinCursorWord(); return
        case .editField: startFieldEdit(); return
        case .forceRead: forceReadCursorWord(); return
        case .watchList: showWatch = true; return
        default: break
        }
        view = v
        adapt(to: layout, force: true)
    }

    // MARK: editing and writes

    func startEdit() {
        guard let v = view, v.space != nil else { return }
        guard options.writeEnabled else {
            message = StatusMessage("writing is off: " + FixText.tui.words(.enableWrites), role: .warning)
            return
        }
        if let effect = v.labels?.readSideEffect(at: v.cursor, width: v.width) {
            message = StatusMessage("not editable here: a write is prepared by reading the old value, and reading \(effect)", role: .warning)
            return
        }
        let current = samples(for: v)[v.cursor]?.value.map { "0x" + hex($0, v.width.hexDigits) } ?? "0x"
        ask(.pokeValue, "new \(v.width) value at +0x\(hex(v.cursor, 1)) (0x hex or decimal): ", text: current)
    }

    func startUndo() {
        guard let last = lastWrite else { message = StatusMessage("nothing to undo"); return }
        do {
            let plan = try WritePlan.prepare(last.resolved, width: last.result.plan.width, value: last.result.before)
            dialog = PokeDialog(plan: plan, resolved: last.resolved, isUndo: true, register: mappedRegister(last.resolved, width: plan.width))
        } catch {
            message = StatusMessage("undo: " + FixText.tui.statusLine(error), role: .error)
        }
    }

    func stagePoke(_ text: String) {
        guard let v = view, let resolved = v.resolved(at: v.cursor) else { return }
        let value: UInt64
        do { value = try Formatting.parseNumber(text) } catch {
            message = StatusMessage("value \(error) (e.g. 0x1234abcd or 42)", role: .error)
            return
        }
        do {
            let plan = try WritePlan.prepare(resolved, width: v.width, value: value)
            dialog = PokeDialog(plan: plan, resolved: resolved, isUndo: false, register: mappedRegister(resolved, width: v.width))
        } catch {
            message = StatusMessage(FixText.tui.statusLine(error), role: .error)
        }
    }

    private func handleDialog(_ key: Key) {
        guard let d = dialog else { return }
        switch key {
        case .char("y"), .char("Y"), .enter:
            dialog = nil
            commit(d)
        case .char("n"), .char("N"), .escape, .char("q"):
            dialog = nil
            message = StatusMessage("cancelled: nothing written")
        default: break
        }
    }

    /// Writes through the core's one journaled write: intent journaled first, then the
    /// write, read-back and outcome. When the intent cannot be made durable nothing is
    /// written and the dialog stays open showing why and what to do.
    private func commit(_ d: PokeDialog) {
        let done: JournaledWrite
        do {
            done = try journal.commit(d.plan, to: d.resolved, machine: machine.root)
        } catch {
            if error.reason == .journalUnavailable {
                var refused = d
                refused.refusal = error
                dialog = refused
                message = StatusMessage(FixText.tui.statusLine(error), role: .error)
            } else {
                message = StatusMessage("write failed: " + FixText.tui.statusLine(error), role: .error)
            }
            return
        }
        let result = done.result
        let w = result.plan.width
        scheduler.note(result.readBack, space: d.resolved.space, offset: d.resolved.offset, width: w)
        if var v = view, v.space === d.resolved.space {
            for lane in 0..<w.bytes where ((result.before ^ result.readBack) >> UInt64(8 * lane)) & 0xff != 0 {
                v.byteChangedAt[d.resolved.offset + UInt64(lane)] = scheduler.tickCount
            }
            view = v
        }
        lastWrite = d.isUndo ? nil : (result, d.resolved)
        var text = "wrote \(w.format(result.written)) to \(result.plan.target); read back \(w.format(result.readBack))"
        var role = Role.status
        if !result.readBackMatches {
            text += " ≠ written: read-only or write-1-to-clear bits, or a register with side effects"
            role = .warning
        }
        if let e = done.outcomeError {
            text += "; outcome NOT journaled (the intent is): " + e.summary
            role = .error
        } else {
            text += "; journaled"
        }
        message = StatusMessage(text, role: role)
    }

    private func handleEditor(_ key: Key) {
        guard var e = editor else { return }
        let outcome = e.handle(key)
        editor = e
        switch outcome {
        case .editing:
            if e.purpose == .search {
                treeState.search(e.text, in: tree)
                selectionChanged()
            }
        case .cancelled:
            editor = nil
            if e.purpose == .search { treeState.clearFilter() }
        case .committed(let text):
            editor = nil
            remember(text, for: e.purpose)
            switch e.purpose {
            case .search:
                let n = treeState.search(text, in: tree)
                message = StatusMessage(text.isEmpty ? "search cleared" : "\(n) match\(n == 1 ? "" : "es") for '\(text)'; n/N next/previous, Esc clears")
                selectionChanged()
            case .goTo: goTo(text)
            case .openTarget: openTarget(text)
            case .pokeValue: stagePoke(text)
            case .fieldValue: stageFieldPoke(text)
            case .singleField: if let name = editingField { stageFieldPoke(name + "=" + text) }
            }
        }
    }

    /// `g`: in a live view an offset; in the tree an address (deepest iomem region) or
    /// `port:ADDR` (deepest ioports region).
    public func goTo(_ text: String) {
        if var v = view {
            let off: UInt64
            if let named = registerOffset(named: text) { off = named } else {
                do { off = try Formatting.parseNumber(text) } catch {
                    message = StatusMessage("not a register name, and \(error) (offsets: 0x10 or 16)", role: .error); return
                }
            }
            if v.showsTable, let table = v.table {
                v.selectRow(table.row(ofRegisterNamed: text) ?? table.row(at: off))
            } else {
                v.jump(to: off)
            }
            view = v
            adapt(to: layout, force: true)
            return
        }
        let isPort = text.lowercased().hasPrefix("port:")
        let addressText = isPort ? String(text.dropFirst(5)) : (text.lowercased().hasPrefix("phys:") ? String(text.dropFirst(5)) : text)
        let address: UInt64
        do { address = try Formatting.parseNumber(addressText) } catch {
            message = StatusMessage("address \(error) (e.g. 0xfea00000 or port:0x70)", role: .error)
            return
        }
        let kind: ResourceMap.Kind = isPort ? .ioports : .iomem
        guard let map = isPort ? machine.ioports : machine.iomem, let deepest = map.path(containing: address).last else {
            message = StatusMessage("no \(isPort ? "I/O port" : "iomem") region contains 0x\(hex(address, 1))", role: .warning)
            return
        }
        treeState.clearFilter()
        treeState.reveal(.region(kind, deepest.id), in: tree)
        focus = .tree
        selectionChanged()
        message = StatusMessage("0x\(hex(address, 1)) is in \(Formatting.range(deepest.start, deepest.end, kind: kind)) \(deepest.name)")
    }

    private func handleHelp(_ action: ExplorerAction) {
        switch action {
        case .back: showHelp = false
        case .quit: wantsQuit = true
        case .up: helpScroll = max(0, helpScroll - 1)
        case .down: helpScroll += 1
        default: break
        }
    }

    private func handleMouse(_ m: MouseEvent) {
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

    // MARK: layout and rendering

    /// Applies a new screen size; keeps the live view's subscription equal to exactly the
    /// words on screen and asks for a tick when some were never read (render never reads).
    func adapt(to newLayout: ExplorerLayout, force: Bool = false) {
        let changed = newLayout != layout
        layout = newLayout
        if changed { treeState.scrollToSelection(height: layout.tree.height - 2, in: tree) }
        if changed && msix != nil { adaptMSIX() }
        guard var v = view, let space = v.space else { return }
        let rows = v.showsTable ? max(0, layout.body.inside.height - 2)
            : LiveViewPane.dataRows(inner: layout.body.inside, mode: v.mode, width: v.width, rulerLines: v.rulerLines)
        guard changed || force || rows != v.visibleRows || subscription == nil else { return }
        v.visibleRows = max(1, rows)
        if v.showsTable { v.keepRowVisible() } else { v.keepCursorVisible() }
        view = v
        let words = v.visibleWords
        if let subscription {
            scheduler.update(subscription, space: space, words: words)
        } else {
            subscription = scheduler.subscribe(space, words: words)
        }
        if words.contains(where: { scheduler.sample(space, offset: $0.offset, width: $0.width) == nil }) { tickRequested = true }
    }

    private func samples(for v: LiveView) -> [UInt64: WordSample] {
        guard let space = v.space else { return [:] }
        var out: [UInt64: WordSample] = [:]
        for off in v.visibleOffsets { out[off] = scheduler.sample(space, offset: off, width: v.width) }
        return out
    }

    private func renderTitle(into grid: inout CellGrid) {
        grid.fill(Rect(row: 0, col: 0, height: 1, width: grid.cols), style: Style(.header))
        var x = grid.put(" hwx ", row: 0, col: 0, style: Style(.header, bold: true))
        let mode = options.writeEnabled ? " WRITES ENABLED " : " read-only "
        x = grid.put(mode, row: 0, col: x, style: Style(options.writeEnabled ? .warning : .header, bold: options.writeEnabled))
        let whereText = machine.root.isLive ? "live machine (/proc, /sys)" : "capture " + machine.root.directory
        grid.put(" " + whereText, row: 0, col: x, style: Style(.header))
    }

    private func renderStatus(into grid: inout CellGrid) {
        let row = layout.statusRow
        if let editor { editor.render(row: row, into: &grid); return }
        grid.fill(Rect(row: row, col: 0, height: 1, width: grid.cols), style: Style(.status))
        if let message {
            grid.put(" " + message.text, row: row, col: 0, style: Style(message.role, bold: message.role != .status))
            return
        }
        if msix != nil {
            let s = " " + (paused ? "paused (Space resumes, . steps)" : "live \(Self.rateText(hz))")
                + " · tick \(scheduler.tickCount) · \(lastReads) reads/tick (aligned DWORDs)"
            grid.put(s, row: row, col: 0, style: Style(.status))
            return
        }
        if let v = view, v.space == nil {
            grid.put(" not open: the reason and the fix are shown above · Esc goes back", row: row, col: 0, style: Style(.status))
            return
        }
        if let v = view {
            var s = " " + (paused ? "paused (Space resumes, . steps)" : "live \(Self.rateText(hz))")
            s += " · tick \(scheduler.tickCount) · \(lastReads) reads/tick · "
            var x = grid.put(s, row: row, col: 0, style: Style(.status))
            if let e = lastReadError {
                grid.put("last error: " + e.summary, row: row, col: x, style: Style(.error, bold: true))
            } else {
                s = "cursor +0x\(hex(v.cursor, 1))"
                if let p = v.space?.physicalAddress(of: v.cursor) { s += " = 0x" + hex(p, 8) }
                x = grid.put(s + " · ", row: row, col: x, style: Style(.status))
                grid.put("no read errors", row: row, col: x, style: Style(.status))
            }
            return
        }
        var s = " \(machine.functions.count) PCI functions"
        if let m = machine.iomem { s += " · \(m.allRegions.count) iomem regions" }
        if let hint = FixText.tui.pciIDsHint(machine.names) { s += " · " + hint }
        else if let src = machine.names.source { s += " · names: " + src }
        grid.put(s, row: row, col: 0, style: Style(.status))
    }

    static func rateText(_ hz: Double) -> String {
        hz < 1 ? "\(hz) Hz" : "\(Int(hz)) Hz"
    }

    private func renderHelp(into grid: inout CellGrid) {
        let area = layout.body
        grid.fill(area, style: Style(.normal))
        let table = msix != nil ? ExplorerKeys.msixScreen
            : view.map { $0.showsTable ? ExplorerKeys.registerTable : ExplorerKeys.liveView } ?? ExplorerKeys.browse
        grid.drawBox(area, title: "Help: " + table.title + "  (Esc closes)", titleStyle: Style(.header, bold: true))
        var lines = table.helpLines()
        lines.append("")
        lines.append("  Prompts: ←/→ Ctrl-A/Ctrl-E move, Ctrl-U/Ctrl-K/Ctrl-W delete, ↑/↓ history, Tab completes")
        lines.append("  Mouse: click selects, click on the selected row opens" + (view == nil ? "" : ", wheel scrolls"))
        lines.append(options.writeEnabled
                     ? "  Writes: enabled. Every poke shows a confirmation first, reads back and is journaled to " + options.journalPath
                     : "  Writes: off. Start hwx with --write to poke registers (always confirmed, read back, journaled).")
        let inner = area.inside
        // Long lines continue under the description column.
        let indent = String(repeating: " ", count: min(24, (table.helpLines().first ?? "").prefix { $0 == " " }.count + 2 + table.bindings.map { $0.keyNames.count }.max()!))
        lines = lines.flatMap { line -> [String] in
            var out: [String] = []
            var rest = Substring(line)
            while rest.count > inner.width, let cut = rest.prefix(inner.width).lastIndex(of: " "), cut > rest.startIndex {
                out.append(String(rest[..<cut]))
                rest = Substring(indent) + rest[rest.index(after: cut)...]
            }
            return out + [String(rest)]
        }
        helpScroll = min(helpScroll, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(helpScroll).prefix(inner.height).enumerated() {
            grid.put(line, row: inner.row + i, col: inner.col, clip: inner)
        }
    }
}
