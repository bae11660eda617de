
/// A register value split into its fields. Decoding is pure: front ends render it.
public struct DecodedRegister: Sendable, Hashable {
    public let register: RegisterDefinition
    public let value: UInt64
    public let fields: [DecodedField]

    public init(register: RegisterDefinition, value: UInt64) {
        self.register = register
        self.value = value
        self.fields = register.fields.map { DecodedField(field: $0, value: $0.bits.extract(from: value)) }
    }

    public func field(named name: String) -> DecodedField? {
        fields.first { $0.field.name.equalsIgnoringCase(name) }
    }

    /// The register's `summary` template filled in (`{MJR}.{MNR}.{TER}` → `1.4.0`). Fields
    /// print in decimal; `{NAME:x}` prints hex digits without `0x` (so BCD versions such as
    /// AHCI's 0x0001_0301 read `1.301`… and xHCI's 0x0100 `1.0`), `{NAME:name}` the enumerated name.
    public var summary: String? {
        guard let template = register.summary else { return nil }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let spec = rest[rest.index(after: open)..<close].split(separator: ":", maxSplits: 1)
            let name = spec.first.map(String.init) ?? ""
            if let f = field(named: name) {
                switch spec.count > 1 ? String(spec[1]) : "" {
                case "x": out += hex(f.value, 1)
                case "name": out += f.valueName ?? "\(f.value)"
                default: out += "\(f.value)"
                }
            } else {
                out += "{\(name)?}"
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// `MJR=1 MNR=4 TER=0`: every named, non-reserved field.
    public var fieldsLine: String {
        fields.filter { !$0.field.access.isReserved }
            .map { "\($0.field.name)=\($0.formattedValue)" }
            .joined(separator: " ")
    }
}
