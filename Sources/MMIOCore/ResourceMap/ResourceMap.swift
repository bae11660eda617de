/// A parsed `/proc/iomem` (physical address map) or `/proc/ioports` (x86 I/O port map).
///
/// Format (kernel/resource.c `r_show`): per line, `2*depth` spaces, `start-end`, ` : `,
/// name; addresses are hex, zero-padded to 8 (iomem) or 4 (ioports) digits and up to
/// 16 digits on 64-bit. Non-root readers see every address as zero (since Linux 4.6,
/// `kptr_restrict`-style hiding); that is reported as `addressesHidden`, not an error.
public struct ResourceMap: Sendable, Equatable {
    public enum Kind: String, Sendable { case iomem, ioports }

    public var kind: Kind
    public var roots: [ResourceRegion]
    /// Lines that did not parse, with their 1-based line numbers.
    public var skippedLines: [(line: Int, text: String)]
    /// True when every region reads `0-0`: the reader is not root.
    public var addressesHidden: Bool

    public static func == (a: ResourceMap, b: ResourceMap) -> Bool {
        a.kind == b.kind && a.roots == b.roots && a.addressesHidden == b.addressesHidden
            && a.skippedLines.map(\.line) == b.skippedLines.map(\.line)
    }

    public init(kind: Kind, roots: [ResourceRegion], skippedLines: [(line: Int, text: String)] = [], addressesHidden: Bool = false) {
        self.kind = kind
        self.roots = roots
        self.skippedLines = skippedLines
        self.addressesHidden = addressesHidden
    }

    /// Parses the file text (LF or CRLF line ends). Nesting follows indentation; a line
    /// indented deeper than one level below its predecessor nests under the predecessor.
    public static func parse(_ text: String, kind: Kind) -> ResourceMap {
        parse(TextLines(text), kind: kind)
    }

    /// Parses checked lines (`MachineRoot.readLines`: no NUL bytes, UTF-8).
    public static func parse(_ lines: TextLines, kind: Kind) -> ResourceMap {
        var flat: [ResourceRegion] = []
        var skipped: [(Int, String)] = []
        for entry in lines {
            let line = entry.text, number = entry.number - 1
            if line.allSatisfy({ $0 == " " }) { continue }
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            guard let sep = body.firstRange(of: " : ") ?? body.firstRange(of: " :") else {
                skipped.append((number + 1, String(line))); continue
            }
            let range = body[body.startIndex..<sep.lowerBound]
            let name = String(body[sep.upperBound...])
            let bounds = range.split(separator: "-")
            guard bounds.count == 2, let start = parseHex(bounds[0]), let end = parseHex(bounds[1]),
                  bounds[0].count <= 16, bounds[1].count <= 16 else {
                skipped.append((number + 1, String(line))); continue
            }
            flat.append(ResourceRegion(id: flat.count, start: start, end: end, name: name, depth: indent / 2))
        }
        let hidden = !flat.isEmpty && flat.allSatisfy { $0.start == 0 && $0.end == 0 }
        return ResourceMap(kind: kind, roots: nest(flat), skippedLines: skipped, addressesHidden: hidden)
    }

    /// Builds the tree from lines in file order using their depth.
    static func nest(_ flat: [ResourceRegion]) -> [ResourceRegion] {
        var index = 0
        func children(deeperThan depth: Int) -> [ResourceRegion] {
            var out: [ResourceRegion] = []
            while index < flat.count && flat[index].depth > depth {
                var node = flat[index]
                index += 1
                node.children = children(deeperThan: node.depth)
                out.append(node)
            }
            return out
        }
        return children(deeperThan: -1)
    }

    /// Every region, depth-first in file order.
    public var allRegions: [ResourceRegion] {
        var out: [ResourceRegion] = []
        func walk(_ nodes: [ResourceRegion]) { for n in nodes { out.append(n); walk(n.children) } }
        walk(roots)
        return out
    }

    /// The chain from a top-level region down to the deepest region containing `address`.
    public func path(containing address: UInt64) -> [ResourceRegion] {
        guard !addressesHidden else { return [] }
        var chain: [ResourceRegion] = []
        var level = roots
        while let hit = level.first(where: { $0.contains(address) }) {
            chain.append(hit)
            level = hit.children
        }
        return chain
    }

    /// The chain from the top down to the region with `id`.
    public func path(toRegion id: Int) -> [ResourceRegion] {
        func search(_ nodes: [ResourceRegion], _ trail: [ResourceRegion]) -> [ResourceRegion]? {
            for n in nodes {
                if n.id == id { return trail + [n] }
                if let found = search(n.children, trail + [n]) { return found }
            }
            return nil
        }
        return search(roots, []) ?? []
    }

    /// Regions named exactly `name` (e.g. `HPET 0`, `0000:00:03.0`), in file order.
    public func regions(named name: String) -> [ResourceRegion] {
        allRegions.filter { $0.name == name }
    }
}
