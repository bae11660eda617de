/// Parses the target grammar documented on `Target`.
public enum TargetParser {
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let input: String
        public let problem: String
        public var description: String { "cannot parse target '\(input)': \(problem)\n\(Target.grammar)" }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> Target {
        func fail(_ problem: String) -> SyntaxError { SyntaxError(input: text, problem: problem) }
        if text.hasPrefix("phys:") {
            guard let addr = parseNumber(text.dropFirst(5)) else { throw fail("'\(text.dropFirst(5))' is not an address") }
            return .physical(addr)
        }
        if text.hasPrefix("port:") {
            guard let addr = parseNumber(text.dropFirst(5)), addr <= 0xffff else {
                throw fail("'\(text.dropFirst(5))' is not an I/O port (0x0-0xffff)")
            }
            return .port(addr)
        }
        if text.hasPrefix("file:") {
            let rest = text.dropFirst(5)
            if let plus = rest.lastIndex(of: "+"), let off = parseNumber(rest[rest.index(after: plus)...]) {
                guard plus > rest.startIndex else { throw fail("missing file path") }
                return .file(path: String(rest[..<plus]), offset: off)
            }
            guard !rest.isEmpty else { throw fail("missing file path") }
            return .file(path: String(rest), offset: 0)
        }
        if text.hasPrefix("iomem:") {
            let rest = text.dropFirst(6)
            guard let slash = rest.lastIndex(of: "/") else { throw fail("expected iomem:NAME/REG") }
            let region = String(rest[..<slash])
            let (reg, field) = try registerAndField(rest[rest.index(after: slash)...], fail)
            guard !region.isEmpty else { throw fail("missing region name") }
            return .named(.iomemRegion(region), register: reg, field: field)
        }
        let parts = text.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { throw fail("expected <device>/config+OFF, <device>/barN+OFF, phys:, port:, file: or iomem:") }
        guard let device = PCIAddress(parsing: parts[0]) else {
            throw fail("'\(parts[0])' is not a PCI address (DDDD:BB:DD.F or BB:DD.F)")
        }
        let (space, offsetText) = splitOffset(parts[1])
        var offset: UInt64 = 0
        if let offsetText {
            guard let off = parseNumber(offsetText) else { throw fail("'\(offsetText)' is not an offset") }
            offset = off
        }
        if space == "config" {
            guard parts.count == 2 else { throw fail("config space has no named registers") }
            return .config(device, offset: offset)
        }
        guard space.hasPrefix("bar"), let index = Int(space.dropFirst(3)), (0...5).contains(index) else {
            throw fail("'\(space)' is not config or bar0..bar5")
        }
        if parts.count == 3 {
            guard offsetText == nil else { throw fail("use either barN+OFF or barN/REG, not both") }
            let (reg, field) = try registerAndField(parts[2], fail)
            return .named(.bar(device, index: index), register: reg, field: field)
        }
        return .bar(device, index: index, offset: offset)
    }

    /// `0x1f`, `0X1F`, `31`; underscores allowed as digit separators (`0xfed0_00f0`).
    public static func parseNumber(_ text: some StringProtocol) -> UInt64? {
        let t = String(text.filter { $0 != "_" })
        if t.hasPrefix("0x") || t.hasPrefix("0X") {
            return t.count > 2 ? UInt64(t.dropFirst(2), radix: 16) : nil
        }
        return UInt64(t)
    }

    private static func splitOffset(_ s: Substring) -> (Substring, Substring?) {
        guard let plus = s.firstIndex(of: "+") else { return (s, nil) }
        return (s[..<plus], s[s.index(after: plus)...])
    }

    private static func registerAndField(_ s: Substring, _ fail: (String) -> SyntaxError) throws(SyntaxError) -> (String, String?) {
        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty, pieces.allSatisfy({ !$0.isEmpty }) else {
            throw fail("expected REG or REG.FIELD after '/'")
        }
        return (String(pieces[0]), pieces.count == 2 ? String(pieces[1]) : nil)
    }
}
