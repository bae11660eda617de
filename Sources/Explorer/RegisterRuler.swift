import MMIOCore

/// The bit ruler under a register view: field boundaries and names laid out under the
/// binary digits of the selected register (one character per bit, a space every four
/// bits, as the register rows print them), plus the register's name and description.
public struct RegisterRuler: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let name: String
        public let msb: Int
        public let lsb: Int
        public let isReserved: Bool

        public init(name: String, msb: Int, lsb: Int, isReserved: Bool = false) {
            self.name = name
            self.msb = msb
            self.lsb = lsb
            self.isReserved = isReserved
        }
    }

    public let register: String
    public let description: String
    public let fields: [Field]

    public init(register: String, description: String, fields: [Field]) {
        self.register = register
        self.description = description
        self.fields = fields
    }

    /// Column of bit `bit` in a line showing bits `hi` down to `lo`.
    static func column(_ bit: Int, hi: Int) -> Int { (hi - bit) + (hi - bit) / 4 }

    /// The ruler for bits `hi...lo`: `|` at each field's most significant bit, then its
    /// name as far as it fits; reserved bits as `.`. Same width as the binary digits.
    public func line(hi: Int, lo: Int) -> String {
        let width = Self.column(lo, hi: hi) + 1
        var chars = [Character](repeating: " ", count: width)
        for f in fields where f.lsb <= hi && f.msb >= lo {
            let top = min(f.msb, hi), bottom = max(f.lsb, lo)
            let start = Self.column(top, hi: hi), end = Self.column(bottom, hi: hi)
            if f.isReserved {
                for c in start...end { chars[c] = "." }
                continue
            }
            chars[start] = "|"
            for (i, ch) in f.name.enumerated() where start + 1 + i <= end { chars[start + 1 + i] = ch }
        }
        return String(chars)
    }
}
