import Foundation
import Testing

/// Golden text screens under Tests/ExplorerTests/Golden. A test fails when the rendered
/// screen differs from the stored one; set HWX_UPDATE_GOLDEN=1 to rewrite them after an
/// intended change (and review the diff).
enum Golden {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return parts.joined(separator: "/") + "/Golden"
    }()

    /// Replaces run-specific paths (the fixture link, temp copies) by placeholders of the
    /// same length, so goldens are the same everywhere and clipping is unchanged.
    static func normalize(_ text: String, paths: [String] = []) -> String {
        var out = text
        for p in [Fixtures.stableDirectory] + paths {
            out = out.replacingOccurrences(of: p, with: String(repeating: "X", count: p.count))
        }
        // Temp copies are named with a UUID, and may be clipped before their end.
        let uuid = try! NSRegularExpression(pattern: "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{0,12}")
        for m in uuid.matches(in: out, range: NSRange(out.startIndex..., in: out)).reversed() {
            let r = Range(m.range, in: out)!
            out.replaceSubrange(r, with: String(repeating: "X", count: out[r].count))
        }
        return out
    }

    static func check(_ screen: String, _ name: String, paths: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        let path = directory + "/" + name + ".txt"
        let actual = normalize(screen, paths: paths) + "\n"
        if ProcessInfo.processInfo.environment["HWX_UPDATE_GOLDEN"] == "1" {
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("missing golden \(path); run with HWX_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from \(name).txt", sourceLocation: sourceLocation)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            for i in 0..<max(a.count, e.count) where (i < a.count ? a[i] : "") != (i < e.count ? e[i] : "") {
                print("golden \(name) line \(i + 1):\n  expected: \(i < e.count ? e[i] : "")\n  actual:   \(i < a.count ? a[i] : "")")
            }
        }
    }
}
