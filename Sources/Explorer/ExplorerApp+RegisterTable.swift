import MMIOCore

/// The register view of a live view: its samples and field-change tracking, and editing one
/// field with Enter (its movement is `LiveView.handle`).
extension ExplorerApp {
    /// Latest samples of the table's registers on screen (from the scheduler, no reads).
    func tableSamples(for v: LiveView) -> [Int: WordSample] {
        guard let table = v.table, v.showsTable, let space = v.space else { return [:] }
        var out: [Int: WordSample] = [:]
        for e in table.entriesShown(in: v.rowTop..<(v.rowTop + v.visibleRows)) {
            let entry = table.entries[e]
            out[e] = scheduler.sample(space, offset: entry.offset, width: entry.register.width)
        }
        return out
    }

    /// Marks the fields whose value changed at `tick` (the highlight fades from there).
    func noteFieldChanges(in v: inout LiveView, tick: Int) {
        guard let table = v.table, v.showsTable, let space = v.space else { return }
        for e in table.entriesShown(in: v.rowTop..<(v.rowTop + v.visibleRows)) {
            let entry = table.entries[e]
            guard let s = scheduler.sample(space, offset: entry.offset, width: entry.register.width), s.changedAtTick == tick,
                  let new = s.value, let old = s.previous else { continue }
            for (f, field) in entry.fields.enumerated() where field.bits.extract(from: old) != field.bits.extract(from: new) {
                v.fieldChangedAt[RegisterTable.FieldKey(register: e, field: f)] = tick
            }
        }
    }

    /// Enter on a table row: a field row edits that field, a register row edits the whole
    /// register at its width, a gap opens the hex view at its first byte.
    func openSelectedRow() {
        guard var v = view else { return }
        switch v.selectedRow {
        case .gap(let start, _)?:
            v.mode = .hex
            v.width = v.space?.supportedWidths.contains(.bits32) == false ? v.width : .bits32
            v.jump(to: start)
            view = v
            adapt(to: layout, force: true)
        case .register?:
            startEdit()
        case .field(let e, let f)?:
            guard let table = v.table else { return }
            startSingleFieldEdit(table.entries[e].register, table.entries[e].fields[f])
        case nil:
            break
        }
    }

    /// Prompts for one field's new value: the current value prefilled, the value names
    /// offered (Tab completes them).
    func startSingleFieldEdit(_ register: RegisterDefinition, _ field: FieldDefinition) {
        guard let v = view, v.space != nil else { return }
        if let why = writeRefusal {
            message = StatusMessage(why, role: .warning)
            return
        }
        guard field.access.isWritable else {
            message = StatusMessage("\(register.name).\(field.name) is \(field.access == .reserved ? "reserved" : "read-only (\(field.access))"): nothing to write", role: .warning)
            return
        }
        if let effect = register.readSideEffect {
            message = StatusMessage("not editable here: a field write reads the old value first, and reading \(register.name): \(effect)", role: .warning)
            return
        }
        let current = scheduler.sample(v.space!, offset: v.cursor, width: register.width)?.value.map { field.bits.extract(from: $0) }
        let names = field.values.prefix(6).map { "\($0.value)=\($0.name)" }.joined(separator: " ") + (field.values.count > 6 ? " …" : "")
        editingField = field.name
        ask(.singleField, "\(register.name).\(field.name) (bits \(field.bits)\(names.isEmpty ? "" : "; " + names)) = ",
            text: field.access.zeroWhenUntargeted ? "" : current.map { "0x" + hex($0, 1) } ?? "")
    }
}
