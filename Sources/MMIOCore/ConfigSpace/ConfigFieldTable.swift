/// Shorthands for writing the config-space layouts as tables: a one-bit field, a bit range,
/// and reserved runs, each with its access as PCIe Base 6.0 §7.4 defines it.
enum ConfigFieldTable {
    static func bit(_ name: String, _ bit: Int, _ access: FieldAccess = .readWrite, _ description: String? = nil) -> FieldDefinition {
        FieldDefinition(name: name, bits: BitRange(bit: bit), access: access, description: description)
    }

    static func bits(_ name: String, _ msb: Int, _ lsb: Int, _ access: FieldAccess = .readWrite, _ description: String? = nil,
                     values: [(UInt64, String)] = []) -> FieldDefinition {
        FieldDefinition(name: name, bits: BitRange(lsb: lsb, msb: msb), access: access, description: description,
                        values: values.map { EnumeratedValue(value: $0.0, name: $0.1) })
    }

    /// A run of RsvdP bits (preserved on writes).
    static func rsvdP(_ msb: Int, _ lsb: Int) -> FieldDefinition {
        FieldDefinition(name: "RsvdP\(msb == lsb ? "\(lsb)" : "\(msb)_\(lsb)")", bits: BitRange(lsb: lsb, msb: msb), access: .reserved)
    }

    /// A run of RsvdZ bits (written as 0).
    static func rsvdZ(_ msb: Int, _ lsb: Int) -> FieldDefinition {
        FieldDefinition(name: "RsvdZ\(msb == lsb ? "\(lsb)" : "\(msb)_\(lsb)")", bits: BitRange(lsb: lsb, msb: msb), access: .reservedZero)
    }

    /// The sizes 128 << n bytes (MaxPayload, MaxReadReq): value names `128B` … `4096B`.
    static let payloadSizes: [(UInt64, String)] = (0...5).map { (UInt64($0), "\(128 << $0)B") }
}
