import Foundation
import Testing

/// The core carries fixes as data (`Fix`); only the front ends name flags and verbs.
/// This reads the core's own sources and fails on any `--flag` or `hwx VERB` outside
/// comments, so a fix worded for one front end cannot creep back into the core.
@Suite struct CoreNamesNoFlagsTests {
    static let sources: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Sources/MMIOCore"
    }()

    /// Lines allowed to name the CLI, with why: the snapshot's info file tells a reader of
    /// the captured directory how to use it; it is file content, not an error.
    static let allowed = ["# hwx snapshot: a machine root for `hwx --root"]

    @Test func noFlagOrVerbInCoreStrings() throws {
        let flag = try Regex(#"--[a-z][a-z-]+"#)
        let verb = try Regex(#"\bhwx (list|read|write|dump|show|snapshot|watch|maps|journal|tui)\b"#)
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.sources).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50, "found the core's sources")
        var hits: [String] = []
        for file in files {
            let text = try String(contentsOfFile: Self.sources + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || Self.allowed.contains(where: { code.hasPrefix($0) }) { continue }
                if code.contains(flag) || code.contains(verb) { hits.append("\(file):\(n + 1): \(code)") }
            }
        }
        #expect(hits.isEmpty, Comment(rawValue: "the core names front-end flags or verbs:\n" + hits.joined(separator: "\n")))
    }
}
