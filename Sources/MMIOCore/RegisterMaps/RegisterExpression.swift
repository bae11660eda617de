/// A small integer expression in a map file, for what a register array's place depends on:
/// NVMe doorbells are `(4 << CAP.DSTRD)` bytes apart (NVM Express Base 2.0c §3.1.4.22,
/// Figure 57), an HPET has `GCAP_ID.NUM_TIM_CAP + 1` timers (IA-PC HPET 1.0a §2.3.4).
///
/// Grammar (C precedence, left-associative):
/// `shift := sum ('<<' sum)*`, `sum := product (('+' | '-') product)*`,
/// `product := atom ('*' atom)*`, `atom := NUMBER | REG | REG.FIELD | '(' shift ')'`.
/// Numbers are in hwx's number syntax (`NumberSyntax`); `REG.FIELD` is a field of another
/// register of the same map, `REG` its whole value. Arithmetic is checked: an overflow makes
/// the value unknown instead of wrapping.
public indirect enum RegisterExpression: Sendable, Hashable, CustomStringConvertible {
    case number(UInt64)
    case field(FieldReference)
    case add(RegisterExpression, RegisterExpression)
    case subtract(RegisterExpression, RegisterExpression)
    case multiply(RegisterExpression, RegisterExpression)
    case shiftLeft(RegisterExpression, RegisterExpression)

    /// Parses `text`; the error says what is wrong at which character.
    public init(parsing text: String) throws(RegisterExpressionError) {
        var parser = Parser(text: text)
        self = try parser.whole()
    }

    /// The value when the expression names no register.
    public var constant: UInt64? {
        evaluate { (_: FieldReference) -> UInt64? in nil }
    }

    /// Every register field the expression reads, left to right.
    public var references: [FieldReference] {
        switch self {
        case .number: []
        case .field(let r): [r]
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .shiftLeft(let a, let b):
            a.references + b.references
        }
    }

    /// The value, with each reference's value from `value` (nil when it cannot be known);
    /// nil when a reference is unknown or the arithmetic leaves 64 bits.
    public func evaluate<E: Error>(_ value: (FieldReference) throws(E) -> UInt64?) throws(E) -> UInt64? {
        switch self {
        case .number(let n): return n
        case .field(let r): return try value(r)
        case .add(let a, let b):
            guard let x = try a.evaluate(value), let y = try b.evaluate(value) else { return nil }
            let (s, o) = x.addingReportingOverflow(y)
            return o ? nil : s
        case .subtract(let a, let b):
            guard let x = try a.evaluate(value), let y = try b.evaluate(value), x >= y else { return nil }
            return x - y
        case .multiply(let a, let b):
            guard let x = try a.evaluate(value), let y = try b.evaluate(value) else { return nil }
            let (p, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : p
        case .shiftLeft(let a, let b):
            guard let x = try a.evaluate(value), let y = try b.evaluate(value), y < 64, x <= UInt64.max >> y else { return nil }
            return x << y
        }
    }

    /// The expression as a map file writes it (parses back to an equal expression).
    public var description: String {
        func operand(_ e: RegisterExpression) -> String {
            switch e {
            case .number, .field: e.description
            default: "(\(e.description))"
            }
        }
        switch self {
        case .number(let n): return n < 10 ? "\(n)" : "0x" + hex(n, 1)
        case .field(let r): return r.description
        case .add(let a, let b): return "\(operand(a)) + \(operand(b))"
        case .subtract(let a, let b): return "\(operand(a)) - \(operand(b))"
        case .multiply(let a, let b): return "\(operand(a)) * \(operand(b))"
        case .shiftLeft(let a, let b): return "\(operand(a)) << \(operand(b))"
        }
    }

    /// Recursive descent over the text's bytes.
    private struct Parser {
        let bytes: [UInt8]
        let text: String
        var at = 0
        /// Parentheses open around the current position; bounded so hostile input cannot exhaust the stack.
        var depth = 0

        init(text: String) {
            self.text = text
            self.bytes = Array(text.utf8)
        }

        mutating func whole() throws(RegisterExpressionError) -> RegisterExpression {
            let e = try shift()
            skipSpaces()
            guard at == bytes.count else { throw fail("unexpected \"\(rest)\"") }
            return e
        }

        private var rest: String { String(decoding: bytes[at...], as: UTF8.self) }

        private func fail(_ reason: String) -> RegisterExpressionError {
            RegisterExpressionError(expression: text, position: at, reason: reason)
        }

        private mutating func skipSpaces() {
            while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") { at += 1 }
        }

        private mutating func take(_ op: String) -> Bool {
            skipSpaces()
            let o = Array(op.utf8)
            guard at + o.count <= bytes.count, Array(bytes[at..<at + o.count]) == o else { return false }
            at += o.count
            return true
        }

        private mutating func shift() throws(RegisterExpressionError) -> RegisterExpression {
            var e = try sum()
            while take("<<") { e = .shiftLeft(e, try sum()) }
            return e
        }

        private mutating func sum() throws(RegisterExpressionError) -> RegisterExpression {
            var e = try product()
            while true {
                if take("+") { e = .add(e, try product()) } else if take("-") { e = .subtract(e, try product()) } else { return e }
            }
        }

        private mutating func product() throws(RegisterExpressionError) -> RegisterExpression {
            var e = try atom()
            while take("*") { e = .multiply(e, try atom()) }
            return e
        }

        private static func isWordByte(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
        }

        private mutating func atom() throws(RegisterExpressionError) -> RegisterExpression {
            skipSpaces()
            guard at < bytes.count else { throw fail("a number or REG.FIELD is missing at the end") }
            if bytes[at] == UInt8(ascii: "(") {
                guard depth < 32 else { throw fail("parentheses nest deeper than 32") }
                at += 1
                depth += 1
                let e = try shift()
                guard take(")") else { throw fail("a ( is not closed") }
                depth -= 1
                return e
            }
            let start = at
            while at < bytes.count, Self.isWordByte(bytes[at]) || bytes[at] == UInt8(ascii: ".") { at += 1 }
            guard at > start else { throw fail("expected a number or REG.FIELD, found \"\(rest)\"") }
            let word = String(decoding: bytes[start..<at], as: UTF8.self)
            if bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9") {
                guard let n = NumberSyntax.value(word) else { at = start; throw fail("\"\(word)\" is not a number (\(NumberSyntax.summary))") }
                return .number(n)
            }
            guard let ref = FieldReference(parsing: word) else { at = start; throw fail("\"\(word)\" is not REG or REG.FIELD") }
            return .field(ref)
        }
    }
}
