import FixText
import MMIOCore

extension ExplorerApp {
    /// The mapped register exactly under the cursor at the view's width.
    var registerAtCursor: RegisterDefinition? {
        guard let v = view else { return nil }
        return (v.labels as? MapRegisterLabels)?.register(at: v.cursor, width: v.width)
    }

    /// The register a write to `resolved` at `width` hits exactly, when the live view on that
    /// space has a register map (for the dialog's field diff).
    func mappedRegister(_ resolved: ResolvedTarget, width: AccessWidth) -> RegisterDefinition? {
        guard let v = view, v.space === resolved.space else { return nil }
        return (v.labels as? MapRegisterLabels)?.register(at: resolved.offset, width: width)
    }

    /// `g` in a mapped view also takes a register name (`CSTS`).
    func registerOffset(named name: String) -> UInt64? {
        guard let labels = view?.labels as? MapRegisterLabels else { return nil }
        return labels.offset(ofRegisterNamed: name)
    }

    /// The register a field prompt edits.
    var editingRegister: RegisterDefinition? { registerAtCursor }

    /// `f`: prompts for `FIELD=VALUE` in the register under the cursor.
    func startFieldEdit() {
        guard let v = view, v.space != nil else { return }
        if let why = writeRefusal {
            message = StatusMessage(why, role: .warning)
            return
        }
        guard let register = registerAtCursor else {
            message = StatusMessage("no mapped register of this width here: field edits need a register map (w changes the width)", role: .warning)
            return
        }
        if let effect = v.labels?.readSideEffect(at: v.cursor, width: v.width) {
            message = StatusMessage("not editable here: a field write reads the old value first, and reading \(effect)", role: .warning)
            return
        }
        let writable = register.fields.filter { $0.access.isWritable }.map(\.name)
        guard !writable.isEmpty else {
            message = StatusMessage("\(register.name) has no writable fields", role: .warning)
            return
        }
        ask(.fieldValue, "\(register.name) field=value (\(writable.prefix(6).joined(separator: " "))\(writable.count > 6 ? " …" : ""); Tab completes): ")
    }

    /// Turns `FIELD=VALUE` into one read-modify-write plan and asks for confirmation.
    func stageFieldPoke(_ text: String) {
        guard let v = view, let resolved = v.resolved(at: v.cursor), let register = registerAtCursor else { return }
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            message = StatusMessage("type FIELD=VALUE, e.g. EN=1 or SHN=NORMAL", role: .error)
            return
        }
        openFieldWriteDialog(register: register, resolved: resolved, field: parts[0], value: parts[1])
    }

    /// Plans `field = value` as one read-modify-write of `register` (the core's
    /// `FieldWritePlanner`: RW1C and RsvdZ bits written 0 unless targeted, RsvdP kept) and opens
    /// the confirmation dialog, or says in the status line why it cannot. The MMIO register
    /// view and the config-field editor both come here.
    func openFieldWriteDialog(register: RegisterDefinition, resolved: ResolvedTarget, field: String, value: String,
                              configField: ConfigFieldEdit? = nil) {
        let planner = FieldWritePlanner(register: register)
        do {
            let assignment = try planner.assignment(field: field, value: value)
            let plan = try planner.plan(resolved, assignments: [assignment])
            var d = PokeDialog(plan: plan, resolved: resolved, isUndo: false, register: register)
            d.configField = configField
            d.editedField = assignment.field
            dialog = d
        } catch let error as FieldWriteError {
            message = StatusMessage(FixText.tui.statusLine(error), role: .error)
        } catch let error as AccessError {
            message = StatusMessage(FixText.tui.statusLine(error), role: .error)
        } catch {
            message = StatusMessage("\(error)", role: .error)
        }
    }

    /// `!`: one deliberate read of the word under the cursor, also when its register has
    /// read side effects (the live view never polls those); the value goes to the status line.
    func forceReadCursorWord() {
        guard let v = view, let space = v.space else { return }
        do {
            let value = try space.read(at: v.cursor, width: v.width)
            var text = "+0x\(hex(v.cursor, 1)) = " + v.width.format(value)
            if let label = v.labels?.label(at: v.cursor, width: v.width, value: value) {
                // Only the fields that are set: the status line is one row.
                let decoded = registerAtCursor.map { r in
                    r.decode(value).fields.filter { $0.value != 0 && !$0.field.access.isReserved }
                        .map { "\($0.field.name)=\($0.formattedValue)" }.joined(separator: " ")
                } ?? label.fields
                text += "  \(label.name) \(decoded)"
            }
            if let effect = v.labels?.readSideEffect(at: v.cursor, width: v.width) { text += "  (read once: \(effect))" }
            message = StatusMessage(text)
        } catch {
            message = StatusMessage(FixText.tui.statusLine(error), role: .error)
        }
    }
}
