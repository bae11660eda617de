/// Plans writes to named fields as one read-modify-write at the register's width.
///
/// The write value keeps every untargeted field as read, except:
/// - RW1C fields are written as 0 unless targeted, so setting one field never clears a
///   status bit by accident (PCIe Base 6.0 §7.4: "RW1C … writing 0b has no effect");
/// - RW1S fields likewise (writing back a 1 would set them again);
/// - WO fields are written as 0 unless targeted (their read value means nothing).
///
/// The result is a `(value, mask)` pair in the core's write-plan sense: the register
/// becomes `(old & ~mask) | (value & mask)`. The mask covers the targeted fields plus the
/// untargeted RW1C, RW1S and WO bits that must be forced to 0.
public struct FieldWritePlanner: Sendable {
    public let register: RegisterDefinition

    public init(register: RegisterDefinition) { self.register = register }

    /// Resolves `FIELD=VALUE` text: VALUE is a number or one of the field's enumerated names.
    public func assignment(field name: String, value text: String) throws(FieldWriteError) -> FieldAssignment {
        guard let field = register.field(named: name) else {
            throw FieldWriteError("\(register.name) has no field \(name)",
                                  fix: .advice("fields of \(register.name): " + register.fields.map(\.name).joined(separator: ", ")))
        }
        if let named = field.value(named: text) { return try assignment(field, named.value) }
        guard let number = RegisterMapParser.parseNumber(text) else {
            let names = field.values.map(\.name)
            throw FieldWriteError("\"\(text)\" is not a number" + (names.isEmpty ? "" : " or a value name of \(register.name).\(field.name)"),
                                  fix: .advice(names.isEmpty ? "give a value such as 0x1 or 3" : "use a number or one of: " + names.joined(separator: ", ")))
        }
        return try assignment(field, number)
    }

    private func assignment(_ field: FieldDefinition, _ value: UInt64) throws(FieldWriteError) -> FieldAssignment {
        guard field.access.isWritable else {
            throw FieldWriteError("\(register.name).\(field.name) is \(field.access.isReserved ? "reserved" : "read-only (\(field.access))")",
                                  fix: .advice("write a field marked RW, WO or RW1C"))
        }
        guard value <= field.bits.maxValue else {
            throw FieldWriteError("\(value) does not fit \(register.name).\(field.name) (bits \(field.bits), at most \(field.bits.maxValue))",
                                  fix: .advice("give a value from 0 to \(field.bits.maxValue)"))
        }
        return FieldAssignment(field: field, value: value)
    }

    /// The value and mask to write for `assignments`, independent of the current value.
    public func valueAndMask(_ assignments: [FieldAssignment]) -> (value: UInt64, mask: UInt64) {
        var value: UInt64 = 0
        var mask: UInt64 = 0
        let targeted = assignments.reduce(UInt64(0)) { $0 | $1.field.bits.mask }
        for a in assignments {
            value = a.field.bits.insert(a.value, into: value)
            mask |= a.field.bits.mask
        }
        for f in register.fields where f.access.zeroWhenUntargeted {
            mask |= f.bits.mask & ~targeted
        }
        return (value & register.width.mask, mask & register.width.mask)
    }

    /// The full register value to write when the register currently holds `current`.
    public func newValue(current: UInt64, _ assignments: [FieldAssignment]) -> UInt64 {
        let (value, mask) = valueAndMask(assignments)
        return ((current & ~mask) | (value & mask)) & register.width.mask
    }
}
