/// Parses the target grammar documented on `Target`, strictly: every part is checked and
/// nothing may trail. Numbers use `NumberSyntax` (the one number syntax of hwx).
///
/// ```
/// target   = device "/" space ["+" NUMBER]              config, barN, rom
///          | device "/" "bar" N "/" NAME ["." NAME]     N is 0-5
///          | "phys:" NUMBER | "port:" NUMBER            port at most 0xffff
///          | "file:" PATH ["+" NUMBER]                  the last + followed by a number
///          | "iomem:" REGION "/" NAME ["." NAME]        REGION as /proc/iomem names it
/// space    = "config" | "bar0" ... "bar5" | "rom"
/// NAME     = letters, digits, _, -, [ and ] (as register maps name registers and fields)
/// ```
/// A refusal names the offending part (`'bar00' is not ...`, `'+4' ...`).
public enum TargetParser {
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let input: String
        public let problem: String
        public var description: String { "cannot parse target '\(input)': \(problem)\n\(Target.grammar)" }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> Target {
        func fail(_ problem: String) -> SyntaxError { SyntaxError(input: text, problem: problem) }
        func number(_ s: Substring, _ what: String) throws(SyntaxError) -> UInt64 {
            do { return try NumberSyntax.parse(s) } catch { throw fail("\(what) \(error)") }
        }
        if text.hasPrefix("phys:") {
            return .physical(try number(text.dropFirst(5), "address"))
        }
        if text.hasPrefix("port:") {
            let port = try number(text.dropFirst(5), "port")
            guard port <= 0xffff else { throw fail("port 0x\(hex(port, 1)) is beyond the I/O port space (0x0-0xffff)") }
            return .port(port)
        }
        if text.hasPrefix("file:") {
            let rest = text.dropFirst(5)
            if let plus = rest.lastIndex(of: "+"), let off = NumberSyntax.value(rest[rest.index(after: plus)...]) {
                guard plus > rest.startIndex else { throw fail("missing file path before '+'") }
                return .file(path: String(rest[..<plus]), offset: off)
            }
            guard !rest.isEmpty else { throw fail("missing file path") }
            return .file(path: String(rest), offset: 0)
        }
        if text.hasPrefix("iomem:") {
            let rest = text.dropFirst(6)
            guard let slash = rest.lastIndex(of: "/") else { throw fail("expected iomem:NAME/REG") }
            let region = String(rest[..<slash])
            guard !region.isEmpty else { throw fail("missing region name") }
            let (reg, field) = try registerAndField(rest[rest.index(after: slash)...], fail)
            return .named(.iomemRegion(region), register: reg, field: field)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { throw fail("expected <device>/config+OFF, <device>/barN+OFF, phys:, port:, file: or iomem:") }
        guard let device = PCIAddress(parsing: parts[0]) else {
            throw fail("'\(parts[0])' is not a PCI address (DDDD:BB:DD.F or BB:DD.F)")
        }
        let spaceAndOffset = parts[1]
        let plus = spaceAndOffset.firstIndex(of: "+")
        let space = plus.map { spaceAndOffset[..<$0] } ?? spaceAndOffset
        var offset: UInt64 = 0
        if let plus {
            let offsetText = spaceAndOffset[spaceAndOffset.index(after: plus)...]
            if offsetText.contains("+") {
                throw fail("'+\(offsetText)' has more than one '+': give exactly one +OFF")
            }
            offset = try number(offsetText, "offset")
        }
        let index: Int
        switch space {
        case "config": index = -1
        case "rom": index = 6
        case "bar0", "bar1", "bar2", "bar3", "bar4", "bar5": index = Int(space.utf8.last! - UInt8(ascii: "0"))
        default: throw fail("'\(space)' is not config, bar0..bar5 or rom")
        }
        if index < 0, parts.count > 2 {
            // config/NAME: setpci's names; the rest is the name (a field such as I/O has a '/').
            let nameText = parts[2...].joined(separator: "/")
            guard plus == nil else { throw fail("'\(spaceAndOffset)/\(nameText)': use either config+OFF or config/NAME, not both") }
            let name: ConfigRegisterName
            do { name = try ConfigRegisterName.parse(nameText) } catch { throw fail(error.problem) }
            let register = name.field.map { String(name.text.dropLast($0.count + 1)) } ?? name.text
            return .named(.config(device), register: register, field: name.field)
        }
        if parts.count > 2 {
            guard (0...5).contains(index) else { throw fail("'\(space)/\(parts[2])': only bar0..bar5 have named registers") }
            guard plus == nil else { throw fail("'\(spaceAndOffset)/\(parts[2])': use either barN+OFF or barN/REG, not both") }
            guard parts.count == 3 else {
                throw fail("'/\(parts[3...].joined(separator: "/"))' trails the register name")
            }
            let (reg, field) = try registerAndField(parts[2], fail)
            return .named(.bar(device, index: index), register: reg, field: field)
        }
        return index < 0 ? .config(device, offset: offset) : .bar(device, index: index, offset: offset)
    }

    /// `REG` or `REG.FIELD`, each a name as register maps spell them.
    private static func registerAndField(_ s: Substring, _ fail: (String) -> SyntaxError) throws(SyntaxError) -> (String, String?) {
        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty }) else {
            throw fail("'\(s)': expected REG or REG.FIELD after '/'")
        }
        for piece in pieces where !piece.unicodeScalars.allSatisfy(isNameScalar) {
            throw fail("'\(piece)' is not a register or field name (letters, digits, _, -, [ ])")
        }
        return (String(pieces[0]), pieces.count == 2 ? String(pieces[1]) : nil)
    }

    private static func isNameScalar(_ u: Unicode.Scalar) -> Bool {
        u.properties.isAlphabetic || u.properties.numericType != nil || u == "_" || u == "-" || u == "[" || u == "]"
    }
}
