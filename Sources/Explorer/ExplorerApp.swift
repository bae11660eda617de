import FixText
import MMIOCore
import TerminalUI

/// The hwx TUI: tree and details panes over a `Machine`, live hex/register views fed by
/// the one shared `RefreshScheduler`, confirmed pokes through `WritePlan` with read-back
/// and journal, search, go-to and generated help. Pure with respect to the terminal:
/// keys in, frames out into a `CellGrid` (tests drive it directly; `EventLoop` drives it
/// on ncurses).
///
/// A router over panels (`ExplorerPanel`: `BrowsePanel` for the tree and details under
/// everything, `LiveView` for the hex and register views, `MSIXPanel`, `WatchPanel`, `HelpPanel`):
/// `screen` says which panel is on top, each action goes to that panel first, and what it
/// ignores is handled here once for every screen. `currentKeys` (the top panel's key table)
/// drives the function bar, the help screen and key lookup. Only `tick` reads.
@MainActor
public final class ExplorerApp: TerminalApp {
    public let machine: Machine
    public let tree: MachineTree
    public let options: ExplorerOptions
    let details: DetailsBuilder
    let scheduler = RefreshScheduler()
    let journal: WriteJournal

    /// The tree and details under every other panel.
    var browse: BrowsePanel
    public internal(set) var treeState: TreeState {
        get { browse.tree }
        set { browse.tree = newValue }
    }
    public internal(set) var detailsState: DetailsState {
        get { browse.details }
        set { browse.details = newValue }
    }
    public internal(set) var focus: Pane {
        get { browse.focus }
        set { browse.focus = newValue }
    }
    public internal(set) var view: LiveView?
    /// The live MSI-X table panel, when open (over the tree, like a live view).
    public internal(set) var msix: MSIXPanel?
    var msixSubscriptions: [RefreshScheduler.Subscription] = []
    private var subscription: RefreshScheduler.Subscription?
    public internal(set) var paused = false
    public internal(set) var hz: Double
    public internal(set) var editor: LineEditor?
    /// Committed entries of each prompt, oldest first (↑/↓ in the prompt walk them).
    var histories: [LineEditor.Purpose: [String]] = [:]
    /// The field a one-field prompt (Enter on a field row) writes.
    var editingField: String?
    public internal(set) var dialog: PokeDialog?
    /// The help panel, when open (over any screen).
    var help: HelpPanel?
    public internal(set) var message: StatusMessage?
    var lastWrite: (result: WriteResult, resolved: ResolvedTarget)?
    /// Set when the last write was a field write: `u` writes the field's old value back.
    var lastFieldWrite: FieldUndo?
    /// The config field the `.configField` prompt writes.
    var configEdit: ConfigFieldEdit?
    /// Config words read or written in this session, shown over the loaded bytes.
    var configWords = ConfigWords()
    /// The details of the selection as last built (see `currentDetails`).
    var detailsCache: DetailsCache?
    public internal(set) var lastReadError: AccessError?
    /// Set when words on screen were never read: the loop ticks before the next frame.
    /// Only `tick` reads; `handle` and `render` ask for a tick here.
    var tickRequested = false
    var lastReads = 0
    var layout = ExplorerLayout(rows: 24, cols: 80)
    public internal(set) var wantsQuit = false
    /// Words pinned with `p`, read on the same scheduler ticks as the live view.
    public private(set) lazy var watchList = WatchList(scheduler: scheduler)
    /// The watch list screen, when open (over a live view or the tree).
    var watch: WatchPanel?
    /// Set while `R` on the watch screen records the list's events to a CSV file.
    var watchRecorder: WatchRecorder?
    var watchSelection: Int { watch?.selection ?? 0 }
    /// Set while the watch screen samples at max rate (`M`).
    var maxRate: WatchMaxRate?
    let watchEpoch = ContinuousClock.now

    static let rates: [Double] = [0.5, 1, 2, 4, 8, 10, 20, 30, 60]

    public init(machine: Machine, options: ExplorerOptions) {
        self.machine = machine
        self.options = options
        tree = MachineTree(machine: machine)
        details = DetailsBuilder(tree: tree)
        browse = BrowsePanel(machineTree: tree)
        journal = WriteJournal(path: options.journalPath)
        hz = options.refreshHz
    }

    // MARK: TerminalApp

    public var tickInterval: Duration? {
        guard view?.space != nil || !watchList.items.isEmpty || msix?.tableSpace != nil, !paused else { return nil }
        if maxRate != nil && watch != nil { return WatchMaxRate.tick }
        return .microseconds(Int64(1_000_000 / hz))
    }

    /// Ticks over which a change highlight fades: about three seconds.
    public var fadeTicks: Int { max(3, Int(hz * 3)) }

    public var wantsTick: Bool { tickRequested }

    /// The only place that reads: one scheduler pass over every subscribed word.
    public func tick() {
        tickRequested = false
        guard view?.space != nil || !watchList.items.isEmpty || msix?.tableSpace != nil else { return }
        if let maxRate, watch != nil { maxRate.run(for: WatchMaxRate.slice); return }
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
        renderBody(into: &grid)
        if help != nil { renderHelp(into: &grid) }
        if let dialog { dialog.render(into: &grid) }
        renderStatus(into: &grid)
        currentKeys.drawBar(into: &grid, row: layout.barRow)
    }

    /// The panel on top.
    var screen: ExplorerScreen {
        if help != nil { return .help }
        if watch != nil { return .watch }
        if msix != nil { return .msix }
        return view != nil ? .live : .browse
    }

    /// The key table of the screen under the help (what the help screen lists).
    var bodyKeys: KeyTable<ExplorerAction> {
        if let watch { return watch.keys }
        if let msix { return msix.keys }
        return view?.keys ?? browse.keys
    }

    /// The key table in effect (key lookup, the function bar and help come from it).
    public var currentKeys: KeyTable<ExplorerAction> { help?.keys ?? bodyKeys }

    /// Draws the panel on top (under the help, if open) from its state and the samples the
    /// last tick stored.
    func renderBody(into grid: inout CellGrid) {
        if watch != nil {
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
    }

    // MARK: keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        if dialog != nil { handleDialog(key); return }
        if editor != nil { handleEditor(key); return }
        if case .mouse(let m) = key { handleMouse(m); return }
        message = nil
        guard let action = currentKeys.action(for: key) else { return }
        route(action)
    }

    /// Gives `action` to the panel on top; what it ignores goes to that screen's commands,
    /// then to the actions every screen shares.
    private func route(_ action: ExplorerAction) {
        switch screen {
        case .help:
            guard var h = help else { return }
            if h.handle(action) == .handled { help = h; return }
            if action == .back { help = nil } else { _ = handleShared(action) }
        case .watch:
            guard var w = watch else { return }
            w.itemCount = watchList.items.count
            if w.handle(action) == .handled { watch = w; return }
            if !handleWatch(action) { _ = handleShared(action) }
        case .msix:
            guard var p = msix else { return }
            if p.handle(action) == .handled { msix = p; adaptMSIX(); return }
            if !handleMSIX(action) { _ = handleShared(action) }
        case .live:
            guard var v = view else { return }
            if v.handle(action) == .handled { view = v; adapt(to: layout, force: true); return }
            if !handleLiveView(action) { _ = handleShared(action) }
        case .browse:
            browse.page = max(1, (focus == .tree ? layout.tree : layout.details).inside.height)
            browse.treeHeight = layout.tree.height - 2
            browse.detailLines = currentDetailLines
            if browse.handle(action) == .handled { return }
            if !handleBrowse(action) { _ = handleShared(action) }
        }
    }

    /// Actions with one meaning on every screen. False when `action` is not one of them.
    private func handleShared(_ action: ExplorerAction) -> Bool {
        switch action {
        case .quit: wantsQuit = true
        case .help: help = HelpPanel()
        case .pause where screen != .browse: paused.toggle()
        case .step where screen != .browse: tickRequested = true
        case .faster where screen == .live, .slower where screen == .live:
            let i = Self.rates.firstIndex { $0 >= hz } ?? Self.rates.count - 1
            hz = Self.rates[max(0, min(Self.rates.count - 1, i + (action == .faster ? 1 : -1)))]
        case .undo where screen != .browse: startUndo()
        case .watchList where screen != .watch: watch = WatchPanel()
        default: return false
        }
        return true
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
        let resolver = TargetResolver(machine: machine, writable: canWrite)
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
        // A map that places registers outside this space: say so (they get no rows).
        if let unplaced = (v.labels as? MapRegisterLabels)?.unplaced, let first = unplaced.first {
            message = StatusMessage(first + (unplaced.count > 1 ? " (and \(unplaced.count - 1) more); not shown" : "; not shown"), role: .warning)
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
    var suggestedTarget: String {
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

    /// A live view's commands (its movement is the panel's own, `LiveView.handle`). False
    /// when `action` is not one of them.
    func handleLiveView(_ action: ExplorerAction) -> Bool {
        switch action {
        case .back: closeView()
        case .open where view?.showsTable == true: openSelectedRow()
        case .goTo: ask(.goTo, view?.labels == nil ? "go to offset (0x hex or decimal): " : "go to offset (0x hex or decimal) or register (Tab completes): ")
        case .edit: startEdit()
        case .pin: pinCursorWord()
        case .editField: startFieldEdit()
        case .forceRead: forceReadCursorWord()
        default: return false
        }
        return true
    }

    func handleEditor(_ key: Key) {
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
            case .configField: stageConfigField(text)
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

    func samples(for v: LiveView) -> [UInt64: WordSample] {
        guard let space = v.space else { return [:] }
        var out: [UInt64: WordSample] = [:]
        for off in v.visibleOffsets { out[off] = scheduler.sample(space, offset: off, width: v.width) }
        return out
    }

}
