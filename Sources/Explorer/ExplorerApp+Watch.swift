import FixText
import MMIOCore

extension ExplorerApp {
    /// Seconds since the app started, the watch list's clock.
    var watchNow: Double {
        let d = ContinuousClock.now - watchEpoch
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// `p` in a live view: pins the word under the cursor, named by the map when it names
    /// it (`00:03.0/bar0/CSTS`), to the watch list. Read-to-clear words are refused.
    func pinCursorWord() {
        guard let v = view, let space = v.space, let cursorTarget = v.baseTarget.advanced(by: v.cursor) else { return }
        if let effect = v.labels?.readSideEffect(at: v.cursor, width: v.width) {
            message = StatusMessage("not pinned: \(effect) (a watch would poll it)", role: .warning)
            return
        }
        let register = (v.labels as? MapRegisterLabels)?.register(at: v.cursor, width: v.width)
        var label = cursorTarget.description
        if let register, case .bar(let a, let index, _) = v.baseTarget { label = "\(a.display)/bar\(index)/\(register.name)" }
        if v.width != .bits32 && register == nil { label += "/\(v.width.bits)" }
        if watchList.items.contains(where: { $0.label == label }) {
            message = StatusMessage("already pinned: \(label) (W shows the watch list)")
            return
        }
        watchList.add(WatchItem(label: label, space: space, offset: v.cursor, width: v.width, register: register))
        _ = watchList.collect(at: watchNow)
        message = StatusMessage("pinned \(label) · W shows the watch list")
    }

    /// The watch screen's commands (moving the selection is the panel's own). False when
    /// `action` is not one of them.
    func handleWatch(_ action: ExplorerAction) -> Bool {
        switch action {
        case .back, .watchList: watch = nil
        case .record: toggleWatchRecording()
        case .maxRate:
            if maxRate != nil {
                maxRate = nil
                message = StatusMessage("max rate off: back to the refresh rate")
            } else if !watchList.items.isEmpty {
                maxRate = WatchMaxRate(items: watchList.items)
                message = StatusMessage("max rate: sampling back to back for half of every tick · M stops")
            }
        case .unpin:
            guard var w = watch, w.selection < watchList.items.count else { return true }
            watchList.remove(at: w.selection)
            w.selection = min(w.selection, max(0, watchList.items.count - 1))
            watch = w
            if maxRate != nil { maxRate = watchList.items.isEmpty ? nil : WatchMaxRate(items: watchList.items) }
        default: return false
        }
        return true
    }

    /// `R` on the watch screen: records events to `watch-<time>.csv` beside the journal,
    /// starting with every item's current value; `R` again stops.
    func toggleWatchRecording() {
        if let recorder = watchRecorder {
            watchRecorder = nil
            message = StatusMessage("recording stopped: \(recorder.path)")
            return
        }
        let dir = PathName.directory(of: options.journalPath)
        let stamp = WriteJournal.iso8601(WriteJournal.now()).filter { $0 != ":" }
        do {
            let recorder = try WatchRecorder(path: dir + "/watch-\(stamp).csv")
            let now = watchNow
            recorder.record(watchList.items.indices.compactMap { i in
                watchList.value(of: i).map { WatchEvent(item: i, kind: .initial, time: now, value: $0, previous: nil) }
            }, items: watchList.items)
            watchRecorder = recorder
            message = StatusMessage("recording to \(recorder.path) · R stops")
        } catch {
            message = StatusMessage("cannot record: " + FixText.tui.statusLine(error), role: .error)
        }
    }
}
