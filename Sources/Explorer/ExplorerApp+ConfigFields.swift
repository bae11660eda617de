import FixText
import MMIOCore
import TerminalUI

/// Editing a config field from a PCI function's details (`ConfigFieldLines`): `f` or Enter on
/// a field row prompts for its value, prefilled with the register's current field; the
/// confirmation dialog shows the core's plan (`FieldWritePlanner`: one masked read-modify-write,
/// RW1C/RsvdZ bits written as 0 unless targeted, RsvdP kept) under the target name `hwx write`
/// takes; confirming journals, writes and reads back (`commit`). `u` undoes it as another field write.
extension ExplorerApp {
    /// The field row under the details cursor, when the details pane has the keyboard.
    var selectedConfigField: ConfigFieldRow? {
        guard focus == .details, let i = detailsState.selectedLine else { return nil }
        let lines = currentDetailLines
        guard i < lines.count, case .configField(let row)? = lines[i].link else { return nil }
        return row
    }

    /// `f` on the tree screen: edits the field under the details cursor; from the tree (or
    /// from a details line that is not a field) it moves the cursor to the function's first field.
    func editConfigFieldKey() {
        if let row = selectedConfigField { startConfigFieldEdit(row); return }
        let lines = currentDetailLines
        guard let first = lines.firstIndex(where: { if case .configField? = $0.link { true } else { false } }) else {
            message = StatusMessage("f edits a config field: select a PCI function in the tree, then f (or Tab and ↑/↓ to a field)", role: .warning)
            return
        }
        browse.page = max(1, layout.details.inside.height)
        focus = .details
        detailsState.selectedLine = first
        // Its section heading and register line on top, the fields below.
        detailsState.scroll = max(0, first - 2)
        detailsState.scrollToSelection(height: max(1, layout.details.inside.height))
        message = StatusMessage("config fields: ↑/↓ pick one, f or Enter edits it (dim: read-only)")
    }

    /// Checks that `row` can be written in this session and prompts for its value. Refusals
    /// (a dump, writes off, a read-only field, a target that does not open) go to the status
    /// line with the reason and the fix.
    ///
    /// The refusals name the field as the status line named it (`COMMAND.BusMaster`) so the
    /// reason and the fix fit 80 columns.
    func startConfigFieldEdit(_ row: ConfigFieldRow) {
        let target = row.target
        if machine.function(row.function)?.isFromDump == true {   // (the whole session: `dumpFile`)
            message = StatusMessage("\(row.name): " + FixText.tui.words(.writeTheMachine), role: .warning)
            return
        }
        guard options.writeEnabled else {
            message = StatusMessage("\(row.name): writing is off; restart hwx with --write to edit", role: .warning)
            return
        }
        guard row.field.access.isWritable else {
            let what = row.field.access.isReserved ? "reserved" : "read-only (\(row.field.access))"
            message = StatusMessage("\(row.name) is \(what); edit a field marked RW, RW1C, RW1S or WO", role: .warning)
            return
        }
        let edit: ConfigFieldEdit
        let current: UInt64
        do {
            edit = try openConfigField(row, writable: true)
            current = try edit.resolved.space.read(at: edit.resolved.offset, width: edit.register.width)
        } catch {
            message = StatusMessage("cannot edit \(target): " + FixText.tui.statusLine(error), role: .error)
            return
        }
        configWords.note(row.function, offset: row.offset, width: edit.register.width, value: current)
        configEdit = edit
        let field = edit.field
        let names = field.values.prefix(6).map { "\($0.value)=\($0.name)" }.joined(separator: " ") + (field.values.count > 6 ? " …" : "")
        let value = field.bits.extract(from: current)
        let prefill = field.access == .writeOnly ? "" : (value < 10 ? "\(value)" : "0x" + hex(value, 1))
        ask(.configField, "\(row.name) (bits \(field.bits) \(field.access)\(names.isEmpty ? "" : "; " + names)) = ", text: prefill)
    }

    /// The target of `row` opened (for writing, or to watch) and its register described,
    /// exactly as `hwx write` / `hwx watch DEV/config/NAME.FIELD` resolve them.
    func openConfigField(_ row: ConfigFieldRow, writable: Bool) throws(AccessError) -> ConfigFieldEdit {
        // A Result, not a throw from the catch: Swift 6.3's release optimizer crashes on that.
        let parsed: Result<Target, TargetParser.SyntaxError>
        do { parsed = .success(try TargetParser.parse(row.target)) } catch { parsed = .failure(error) }
        let target: Target
        switch parsed {
        case .success(let t): target = t
        case .failure(let error):
            throw AccessError(.notFound, operation: "parse \(row.target): \(error.problem)", fix: .reportBug("the details named a field the target grammar refuses"))
        }
        guard case .named(.config(let address), let register, let fieldName) = target else {
            throw AccessError(.notFound, operation: "\(row.target) is not a named config field", fix: .reportBug("the details named a field the target grammar reads otherwise"))
        }
        let named = try ConfigNameResolver.namedRegister(address, register: register, field: fieldName, machine: machine)
        guard let field = named.field, named.offset == UInt64(row.offset) else {
            throw AccessError(.notFound, operation: "\(row.target) resolves to config offset 0x\(hex(named.offset, 2)), not the row's 0x\(hex(row.offset, 2))",
                              fix: .reportBug("the details and the resolver disagree"))
        }
        let resolved = try TargetResolver(machine: machine, writable: writable).open(target, span: UInt64(named.register.width.bytes))
        return ConfigFieldEdit(row: row, resolved: resolved, register: named.register, field: field)
    }

    /// `p` on a field row: the field goes on the watch list under its target name, as
    /// `hwx watch DEV/config/NAME.FIELD` would watch it (read-only; also on a dump).
    func pinConfigField() {
        guard let row = selectedConfigField else {
            message = StatusMessage("p pins the config field at the details cursor: f goes to a function's fields, ↑/↓ picks one", role: .warning)
            return
        }
        if watchList.items.contains(where: { $0.label == row.target }) {
            message = StatusMessage("already pinned: \(row.target) (W shows the watch list)")
            return
        }
        do {
            let opened = try openConfigField(row, writable: false)
            watchList.add(WatchItem(label: row.target, space: opened.resolved.space, offset: opened.resolved.offset,
                                    width: opened.register.width, register: opened.register, field: opened.field))
            _ = watchList.collect(at: watchNow)
            message = StatusMessage("pinned \(row.target) · W shows the watch list")
        } catch {
            message = StatusMessage("not pinned: " + FixText.tui.statusLine(error), role: .error)
        }
    }

    /// The value typed at the prompt: one field write planned by the core, then the dialog.
    func stageConfigField(_ text: String) {
        guard let edit = configEdit else { return }
        openFieldWriteDialog(register: edit.register, resolved: edit.resolved, field: edit.field.name,
                             value: text.trimmingWhitespace(), configField: edit)
    }

    /// `u` after a field write (a config field, or a mapped register's field): the old field
    /// value written back the same way (a field write: the register's other fields as they are
    /// now, RW1C bits untouched). A write-1-to-clear, write-1-to-set or write-only field cannot
    /// be put back.
    func startFieldUndo(_ last: FieldUndo) {
        let field = last.field
        if field.access.zeroWhenUntargeted {
            message = StatusMessage("cannot undo \(last.resolved.target): \(field.name) is \(field.access): writing it acted on the device (a \(field.access) bit is not written back)", role: .warning)
            return
        }
        let planner = FieldWritePlanner(register: last.register)
        do {
            let plan = try planner.plan(last.resolved, assignments: [FieldAssignment(field: field, value: last.oldValue)])
            var d = PokeDialog(plan: plan, resolved: last.resolved, isUndo: true, register: last.register)
            d.configField = last.configEdit
            d.editedField = field
            dialog = d
        } catch {
            message = StatusMessage("undo: " + FixText.tui.statusLine(error), role: .error)
        }
    }

    /// After a committed write: a config word's read-back goes over the details' bytes.
    func noteConfigWrite(_ d: PokeDialog, readBack: UInt64) {
        let offset: Int
        let address: PCIAddress
        if let edit = d.configField {
            address = edit.row.function
            offset = edit.row.offset
        } else if case .config(let a, let off) = d.resolved.target {
            address = a
            offset = Int(off)
        } else {
            return
        }
        configWords.note(address, offset: offset, width: d.plan.width, value: readBack)
    }
}
