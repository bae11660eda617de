/// Which fields of a register a write changes, decoded by the register map: the one field
/// diff the poke dialog (TUI) and `hwx write` (CLI) both show, e.g. `EN 0 → 1, IOSQES 0 → 6`.
///
/// Computed from the value read before the write and the value that will be written
/// (`WritePlan.old` and `WritePlan.new`), field by field in the register's layout
/// (`RegisterDefinition.fields`). Reserved fields are listed too when a raw write changes
/// them: the user should see that.
public struct FieldDiff: Sendable, Hashable {
    /// One field whose value differs.
    public struct Change: Sendable, Hashable {
        public let old: DecodedField
        public let new: DecodedField

        public var name: String { old.field.name }

        /// `EN 0 → 1`, `SHN 0 (NONE) → 1 (NORMAL)`.
        public var text: String { "\(name) \(old.formattedValue) → \(new.formattedValue)" }
    }

    public let register: RegisterDefinition
    public let changes: [Change]

    public init(register: RegisterDefinition, old: UInt64, new: UInt64) {
        self.register = register
        let before = register.decode(old), after = register.decode(new)
        changes = zip(before.fields, after.fields).filter { $0.value != $1.value }.map { Change(old: $0, new: $1) }
    }

    /// The diff of a staged write to `register`; nil when the plan is not at the register's
    /// width (then its fields do not line up with the written word).
    public init?(register: RegisterDefinition, plan: WritePlan) {
        guard plan.width == register.width else { return nil }
        self.init(register: register, old: plan.old, new: plan.new)
    }

    /// `EN 0 → 1, IOSQES 0 → 6`, or `no field changes`.
    public var text: String {
        changes.isEmpty ? "no field changes" : changes.map(\.text).joined(separator: ", ")
    }
}
