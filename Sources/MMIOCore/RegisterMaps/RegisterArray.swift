/// A run of like registers, one per port, timer or queue, `stride` bytes apart, named by
/// their index the way the specs write them: AHCI 1.3.1 §3.3 `PxCMD` (`P3CMD`, ports at
/// 0x100 + x·0x80), IA-PC HPET 1.0a §2.3.8 timer N at 0x100 + N·0x20, NVMe 2.0c §3.1.4.22
/// `SQyTDBL` at 0x1000 + (2y)·(4 << CAP.DSTRD). CMSIS-SVD `dim`/`dimIncrement`/`dimIndex`
/// arrays are the same thing.
///
/// `offset`, `count` and `stride` are expressions: they may read fields of other registers
/// of the map (`RegisterMap.layout(of:readBase:)` evaluates them).
public struct RegisterArray: Sendable, Hashable {
    /// Element 0's definition; its name holds `%s` where the index goes (`P%sCMD`), its
    /// offset is unused (see `offset`).
    public let element: RegisterDefinition
    /// Offset of element 0.
    public let offset: RegisterExpression
    public let count: RegisterExpression
    /// Bytes from one element to the next.
    public let stride: RegisterExpression
    /// The index names (SVD `dimIndex` `A,B,C`); nil for 0, 1, 2 …
    public let indexNames: [String]?

    /// Most elements one array places; a count read from a register can be anything.
    public static let maximumElements = 65_536

    public init(element: RegisterDefinition, offset: RegisterExpression, count: RegisterExpression,
                stride: RegisterExpression, indexNames: [String]? = nil) {
        self.element = element
        self.offset = offset
        self.count = count
        self.stride = stride
        self.indexNames = indexNames
    }

    /// The template, `P%sCMD`.
    public var name: String { element.name }

    /// Every field the array's place depends on.
    public var references: [FieldReference] { offset.references + count.references + stride.references }

    /// The array's name as a user reads it in a list of names: `P%sCMD` → `P<n>CMD`, or with
    /// SVD index names `P%sCMD` → `P<A|B>CMD` (`%s` is the map format's marker, not a name).
    public var listedName: String {
        element.name.replacing("%s", with: indexNames.map { "<" + $0.joined(separator: "|") + ">" } ?? "<n>")
    }

    /// The name of element `index`: `P%sCMD` → `P3CMD`.
    public func elementName(_ index: Int) -> String {
        let label = indexNames.map { index < $0.count ? $0[index] : String(index) } ?? String(index)
        return element.name.replacing("%s", with: label)
    }

    /// The index `name` (case-insensitive) gives element of this array, without checking
    /// it against the count: `P3CMD` → 3 for `P%sCMD`; nil when the name is not an element's.
    public func index(ofElementNamed name: String) -> Int? {
        guard let marker = element.name.firstRange(of: "%s") else { return nil }
        let prefix = element.name[..<marker.lowerBound], suffix = element.name[marker.upperBound...]
        guard name.count > prefix.count + suffix.count,
              name.prefix(prefix.count).equalsIgnoringCase(prefix), name.suffix(suffix.count).equalsIgnoringCase(suffix)
        else { return nil }
        let label = name.dropFirst(prefix.count).dropLast(suffix.count)
        if let indexNames { return indexNames.firstIndex { $0.equalsIgnoringCase(label) } }
        // Decimal without leading zeros: `P03CMD` is not a name the specs use.
        guard label.allSatisfy({ $0.isASCII && $0.isNumber }), label == "0" || !label.hasPrefix("0"), label.count <= 6 else { return nil }
        return Int(label)
    }

    /// Element `index` placed by `layout`, nil when its offset leaves 64 bits.
    public func element(_ index: Int, in layout: RegisterArrayLayout) -> RegisterDefinition? {
        let (step, o1) = UInt64(index).multipliedReportingOverflow(by: layout.stride)
        let (at, o2) = layout.offset.addingReportingOverflow(step)
        guard !o1, !o2 else { return nil }
        let name = elementName(index)
        // A register without fields is one field of its own name: the element's name.
        let fields = element.fields.map { f in
            f.name == element.name ? FieldDefinition(name: name, bits: f.bits, access: f.access, description: f.description, values: f.values) : f
        }
        return RegisterDefinition(name: name, offset: at, width: element.width, description: element.description,
                                  readSideEffect: element.readSideEffect, summary: element.summary, fields: fields,
                                  relativeTo: element.relativeTo)
    }
}
