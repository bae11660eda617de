/// A config register named the way setpci names it, plus lspci's labels for registers and
/// fields: the part after `<device>/config/` in a target.
///
/// ```
/// NAME[+OFF][.b|.w|.l][@N][.REGISTER][.FIELD]
/// COMMAND  COMMAND.BusMaster  BASE_ADDRESS_0  CAP_EXP+8.w  CAP_EXP+8.MaxPayload
/// CAP_EXP.DevCtl.MaxPayload  ECAP_AER+4.l  CAP10.w  ECAP_DSN.l@1  CAP_PM+4.w.PowerState
/// ```
/// - NAME: a header register or capability name exactly as `setpci --dumpregs` lists it
///   (case-insensitive, as setpci compares), or `CAPid` / `ECAPid` with the ID in hex.
/// - `+OFF`: bytes added to the register or capability start. setpci reads offsets in hex;
///   hwx reads `0x`-prefixed hex and refuses a bare multi-digit offset (`+10` is 0x10 to
///   setpci and 10 elsewhere in hwx), so an accepted offset means the same to both.
/// - width: `.b`, `.w`, `.l` (1, 2, 4 bytes); optional for a named register (its own width)
///   and for a capability followed by a register label; a bare capability needs one, as in setpci.
/// - `@N`: the N-th instance of a capability that occurs more than once (from 0).
/// - REGISTER: lspci's label of a register inside the capability (`DevCtl`, `LnkSta`, `UESta`).
/// - FIELD: lspci's name of a field of that register (`BusMaster`, `MaxPayload`).
public struct ConfigRegisterName: Sendable, Equatable, CustomStringConvertible {
    public enum Base: Sendable, Equatable {
        /// A header register by its setpci name (upper-cased).
        case header(String)
        /// A standard capability by ID (`CAP_EXP`, `CAP10`).
        case capability(UInt8)
        /// An extended capability by ID (`ECAP_AER`, `ECAP1`).
        case extendedCapability(UInt16)
    }

    public let base: Base
    public let offset: Int
    public let width: AccessWidth?
    public let instance: Int
    public let register: String?
    public let field: String?
    /// What the user typed.
    public let text: String

    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public let problem: String
        public var description: String { problem }
    }

    /// The grammar, for error messages.
    public static let grammar = "NAME[+OFF][.b|.w|.l][@N][.REGISTER][.FIELD], NAME as setpci lists it with its dumpregs option (COMMAND, CAP_EXP, ECAP_AER) or CAPid/ECAPid in hex"

    public var description: String { text }

    public init(base: Base, offset: Int = 0, width: AccessWidth? = nil, instance: Int = 0, register: String? = nil, field: String? = nil, text: String) {
        self.base = base
        self.offset = offset
        self.width = width
        self.instance = instance
        self.register = register
        self.field = field
        self.text = text
    }

    public static func parse(_ text: String) throws(SyntaxError) -> ConfigRegisterName {
        func fail(_ problem: String) -> SyntaxError { SyntaxError(problem: "'\(text)': " + problem + " (expected \(grammar))") }
        var pieces = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let headPiece = pieces.first, !headPiece.isEmpty, pieces.allSatisfy({ !$0.isEmpty }) else {
            throw fail("empty name or empty part between dots")
        }
        pieces.removeFirst()
        var head = Substring(headPiece)
        var instance = 0
        var instanceGiven = false
        func takeInstance(_ s: inout Substring) throws(SyntaxError) {
            guard let at = s.firstIndex(of: "@") else { return }
            instance = try number(s[s.index(after: at)...], what: "instance")
            instanceGiven = true
            s = s[..<at]
        }
        try takeInstance(&head)
        var offset = 0
        if let plus = head.firstIndex(of: "+") {
            offset = try number(head[head.index(after: plus)...], what: "offset")
            head = head[..<plus]
        }
        let name = String(head)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw fail("'\(name)' is not a register or capability name")
        }
        let base: Base
        let upper = name.uppercased()
        if let id = StandardCapabilityID(setpciName: upper) {
            base = .capability(id.rawValue)
        } else if let id = ExtendedCapabilityID(setpciName: upper) {
            base = .extendedCapability(id.rawValue)
        } else if upper.hasPrefix("ECAP"), let id = UInt16(upper.dropFirst(4), radix: 16) {
            base = .extendedCapability(id)
        } else if upper.hasPrefix("CAP"), let id = UInt8(upper.dropFirst(3), radix: 16) {
            base = .capability(id)
        } else if ConfigHeaderLayout.register(setpciName: upper) != nil {
            base = .header(upper)
        } else {
            throw fail("'\(name)' is not a name setpci knows: header registers such as COMMAND, STATUS, BASE_ADDRESS_0, capabilities such as CAP_PM, CAP_EXP, ECAP_AER (the full list: setpci's dumpregs option)")
        }
        var width: AccessWidth?
        if let first = pieces.first {
            var w = Substring(first)
            let instanceBefore = instanceGiven
            try takeInstance(&w)
            switch w.lowercased() {
            case "b": width = .bits8
            case "w": width = .bits16
            case "l": width = .bits32
            default:
                if instanceGiven && !instanceBefore { throw fail("'\(w)' is not a width (.b, .w or .l) before @") }
            }
            if width != nil { pieces.removeFirst() }
        }
        if case .header = base, instanceGiven { throw fail("@N picks an instance of a capability, not of a header register") }
        guard pieces.count <= 2 else { throw fail("too many parts: at most .REGISTER.FIELD after the width") }
        var register: String?, field: String?
        if pieces.count == 2 {
            register = pieces[0]
            field = pieces[1]
        } else if pieces.count == 1 {
            // One more part: a register label of the capability when nothing else placed the
            // access (CAP_EXP.DevCtl), else a field of the register reached (CAP_EXP+8.MaxPayload).
            if case .header = base { field = pieces[0] } else if offset == 0 && width == nil { register = pieces[0] } else { field = pieces[0] }
        }
        if register != nil, case .header = base { throw fail("a header register has fields, not registers: NAME.FIELD") }
        if register != nil, offset != 0 || width != nil { throw fail("give either +OFF/.width or a register label, not both") }
        return ConfigRegisterName(base: base, offset: offset, width: width, instance: instance, register: register, field: field, text: text)

        func number(_ s: Substring, what: String) throws(SyntaxError) -> Int {
            guard let v = NumberSyntax.value(s), v < 0x1000 else {
                throw fail("'\(s)' is not an \(what) (0x-prefixed hex such as 0x10, below 0x1000)")
            }
            let digits = s.filter { $0 != "_" }
            if !digits.lowercased().hasPrefix("0x") && digits.count > 1 {
                throw fail("'\(s)' is ambiguous: setpci reads \(what)s in hex (0x\(digits)), hwx numbers without 0x are decimal; write 0x\(digits) or 0x\(String(v, radix: 16))")
            }
            return Int(v)
        }
    }
}
