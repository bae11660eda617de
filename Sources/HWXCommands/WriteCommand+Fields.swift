import FixText
import MMIOCore

extension Target {
    /// `<device>/barN/REG.FIELD` or `iomem:NAME/REG.FIELD`.
    var namesField: Bool {
        if case .named(_, _, .some) = self { return true }
        return false
    }
}

extension WriteCommand {
    /// For `REG.FIELD` targets: the field write as one read-modify-write of the register
    /// (other fields kept, RW1C/RW1S/WO bits written as 0 unless targeted). The value is a
    /// number or one of the field's enumerated names. Nil for every other target.
    func fieldPlan(_ parsed: Target, resolved: ResolvedTarget, machine: Machine) throws(AccessError) -> WritePlan? {
        guard parsed.namesField, let named = try RegisterNaming.describe(parsed, global: global, machine: machine),
              let field = named.field else { return nil }
        if mask != nil || width.flatMap({ NumberSyntax.value($0) }).map({ $0 != UInt64(named.register.width.bits) }) == true {
            throw AccessError(.misaligned, operation: "--mask and --width do not apply to a field write",
                              fix: .advice("a field write is a read-modify-write of \(named.register.name) at its \(named.register.width); drop the option"))
        }
        let planner = FieldWritePlanner(register: named.register)
        let assignment: FieldAssignment
        do {
            assignment = try planner.assignment(field: field.name, value: value)
        } catch {
            throw AccessError(.outOfRange, operation: error.message, fix: error.fix)
        }
        return try planner.plan(resolved, assignments: [assignment])
    }

    /// For writes to a named register: `fields    SHN 0 (NONE) → 1 (NORMAL)`, the fields the
    /// plan changes, as the core's `FieldDiff` computes them (the TUI's dialog shows the same);
    /// empty otherwise.
    func fieldChanges(_ plan: WritePlan, _ parsed: Target, _ machine: Machine) -> String {
        guard let named = try? RegisterNaming.describe(parsed, global: global, machine: machine),
              let diff = FieldDiff(register: named.register, plan: plan) else { return "" }
        return "\nfields    " + diff.text
    }
}
