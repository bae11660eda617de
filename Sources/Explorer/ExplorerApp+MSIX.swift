import FixText
import MMIOCore

/// The MSI-X panel's place in the app: opening it from the details pane, its subscription
/// to the shared scheduler, its keys, and the mask poke.
extension ExplorerApp {
    /// Opens the live MSI-X table of `address` (Enter on the MSI-X capability line).
    public func openMSIX(_ address: PCIAddress) {
        guard let f = machine.function(address), let cap = MSIXCapability.find(in: f.config) else {
            message = StatusMessage("\(address.display) has no readable MSI-X capability", role: .warning)
            return
        }
        let resolver = TargetResolver(machine: machine, writable: canWrite)
        var panel: MSIXPanel
        do {
            let table = try resolver.open(.bar(address, index: cap.tableBAR, offset: 0)).space
            let pba = cap.pbaBAR == cap.tableBAR ? table : try resolver.open(.bar(address, index: cap.pbaBAR, offset: 0)).space
            panel = MSIXPanel(function: address, capability: cap, tableSpace: table, pbaSpace: pba, openError: nil)
        } catch {
            panel = MSIXPanel(function: address, capability: cap, tableSpace: nil, pbaSpace: nil, openError: error)
        }
        msix = panel
        adaptMSIX()
    }

    func closeMSIX() {
        for s in msixSubscriptions { scheduler.unsubscribe(s) }
        msixSubscriptions = []
        msix = nil
    }

    /// Keeps the panel's subscriptions equal to the DWORDs of the entries on screen (and the
    /// PBA DWORDs covering them); asks for a tick when some were never read.
    func adaptMSIX() {
        guard var p = msix else { return }
        p.visibleRows = MSIXPanel.dataRows(inner: layout.body.inside)
        p.keepVisible()
        msix = p
        for s in msixSubscriptions { scheduler.unsubscribe(s) }
        msixSubscriptions = []
        guard let table = p.tableSpace, let pba = p.pbaSpace else { return }
        msixSubscriptions.append(scheduler.subscribe(table, offsets: p.visibleTableWords, width: .bits32))
        msixSubscriptions.append(scheduler.subscribe(pba, offsets: p.visiblePBAWords, width: .bits32))
        if p.visibleTableWords.contains(where: { scheduler.sample(table, offset: $0, width: .bits32) == nil }) { tickRequested = true }
    }

    /// The table as the scheduler last read it, and when each entry last changed.
    func msixSnapshot(_ p: MSIXPanel) -> (MSIXTable, [Int: Int]) {
        func word(_ space: (any RegisterSpace)?, _ off: UInt64) -> UInt32? {
            space.flatMap { scheduler.sample($0, offset: off, width: .bits32)?.value }.map { UInt32(truncatingIfNeeded: $0) }
        }
        let table = MSIXTable(capability: p.capability, tableWord: { word(p.tableSpace, $0) }, pbaWord: { word(p.pbaSpace, $0) })
        var changed: [Int: Int] = [:]
        if let space = p.tableSpace {
            for i in p.visibleEntries {
                let ticks = (0..<4).compactMap { scheduler.sample(space, offset: p.capability.tableOffset(entry: i, dword: $0), width: .bits32)?.changedAtTick }
                if let t = ticks.max() { changed[i] = t }
            }
        }
        return (table, changed)
    }

    /// The MSI-X screen's commands (moving is the panel's own). False when `action` is not one.
    func handleMSIX(_ action: ExplorerAction) -> Bool {
        switch action {
        case .back: closeMSIX()
        case .toggleMask: stageMaskToggle()
        default: return false
        }
        return true
    }

    /// `m`: flips the selected entry's mask bit as a normal poke (dialog, read back, journal, undo).
    func stageMaskToggle() {
        guard let p = msix, let resolved = p.vectorControlTarget(p.selection) else { return }
        if let why = writeRefusal {
            message = StatusMessage(why, role: .warning)
            return
        }
        do {
            let current = try resolved.space.read(at: resolved.offset, width: .bits32)
            let plan = try WritePlan.prepare(resolved, width: .bits32, value: (current & 1) ^ 1, mask: 1)
            dialog = PokeDialog(plan: plan, resolved: resolved, isUndo: false, register: MSIXPanel.vectorControl)
        } catch {
            message = StatusMessage(FixText.tui.statusLine(error), role: .error)
        }
    }
}
