import FixText
import MMIOCore
import TerminalUI

/// Pokes: the value prompt, the confirmation dialog, the journaled commit and undo.
extension ExplorerApp {

    func startEdit() {
        guard let v = view, v.space != nil else { return }
        if let why = writeRefusal {
            message = StatusMessage(why, role: .warning)
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
        if let field = lastFieldWrite { startFieldUndo(field); return }
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

    func handleDialog(_ key: Key) {
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
    func commit(_ d: PokeDialog) {
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
        lastFieldWrite = d.isUndo ? nil : d.editedField.flatMap { field in
            d.register.map { FieldUndo(resolved: d.resolved, register: $0, field: field, oldValue: field.bits.extract(from: result.before), configEdit: d.configField) }
        }
        noteConfigWrite(d, readBack: result.readBack)
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
}
