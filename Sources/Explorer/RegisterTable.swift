import MMIOCore

/// The rows of a register view made of a map's registers: each register in address order
/// at its own width, its (non-reserved) fields as indented rows below it, and every
/// stretch of the space without registers as one gap row. Built once when the view opens,
/// from the registers the map places in this space (`MapRegisterLabels`).
public struct RegisterTable: Sendable {
    /// One placed register and the fields shown under it.
    public struct Entry: Sendable {
        public let offset: UInt64
        public let register: RegisterDefinition
        /// Fields shown as rows (reserved ones are left out), lowest bit first.
        public let fields: [FieldDefinition]

        public var end: UInt64 { offset + UInt64(register.width.bytes) }
    }

    public enum Row: Sendable, Equatable {
        /// `entries[i]`.
        case register(Int)
        /// Field `field` of `entries[register]`.
        case field(register: Int, field: Int)
        /// Bytes `start ..< start + length` hold no register of the map.
        case gap(start: UInt64, length: UInt64)
    }

    public let entries: [Entry]
    public let rows: [Row]

    public init(labels: MapRegisterLabels, length: UInt64) {
        entries = labels.placed.filter { $0.offset + UInt64($0.register.width.bytes) <= length }.map {
            Entry(offset: $0.offset, register: $0.register, fields: $0.register.fields.filter { $0.access != .reserved })
        }
        var rows: [Row] = []
        var covered: UInt64 = 0
        for (i, e) in entries.enumerated() {
            if e.offset > covered { rows.append(.gap(start: covered, length: e.offset - covered)) }
            rows.append(.register(i))
            // A register of a single field named like the register shows no field row.
            let onlySelf = e.fields.count == 1 && e.fields[0].name == e.register.name && e.fields[0].bits.lsb == 0
                && e.fields[0].bits.msb == e.register.width.bits - 1
            if !onlySelf { rows += e.fields.indices.map { .field(register: i, field: $0) } }
            covered = max(covered, e.end)
        }
        if length > covered { rows.append(.gap(start: covered, length: length - covered)) }
        self.rows = rows
    }

    /// The register a row belongs to (nil for a gap).
    public func entryIndex(of row: Int) -> Int? {
        guard rows.indices.contains(row) else { return nil }
        switch rows[row] {
        case .register(let i), .field(let i, _): return i
        case .gap: return nil
        }
    }

    /// The row of the register at `offset` (or the gap holding it, or the last row before it).
    public func row(at offset: UInt64) -> Int {
        var best = 0
        for (i, r) in rows.enumerated() {
            switch r {
            case .register(let e):
                if entries[e].offset <= offset { best = i }
                if entries[e].offset == offset { return i }
            case .gap(let start, let length):
                if start <= offset && offset < start + length { return i }
            case .field: continue
            }
        }
        return best
    }

    /// The row of the register named `name` (case-insensitive).
    public func row(ofRegisterNamed name: String) -> Int? {
        rows.firstIndex { if case .register(let e) = $0 { entries[e].register.name.lowercased() == name.lowercased() } else { false } }
    }

    /// Registers with at least one row in `range`, to read (side-effect registers excluded).
    public func entriesShown(in range: Range<Int>) -> [Int] {
        var out: [Int] = []
        for r in range.clamped(to: rows.indices) {
            if let e = entryIndex(of: r), out.last != e { out.append(e) }
        }
        return out
    }
}
