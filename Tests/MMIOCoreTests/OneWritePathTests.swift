import Foundation
import Testing

/// Journal first holds by construction only while `WriteJournal.commit` is the one place
/// that writes a register. This reads every file in Sources and fails on a register-space
/// write (`.write(VALUE, at: OFFSET, width: W)`) anywhere else: the backends in Access/
/// implement it, WriteJournal+Commit.swift calls it, nothing else may.
@Suite struct OneWritePathTests {
    static let sources: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Sources"
    }()

    @Test func onlyTheJournaledCommitWritesRegisters() throws {
        let call = try Regex(#"\.write\([^)]*\bat: [^)]*\bwidth: "#)
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.sources).filter { $0.hasSuffix(".swift") }
        var callers: [String] = []
        for file in files where !file.hasPrefix("MMIOCore/Access/") {
            let text = try String(contentsOfFile: Self.sources + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(call) {
                callers.append("\(file):\(n + 1)")
            }
        }
        #expect(callers.map { $0.split(separator: ":")[0] } == ["MMIOCore/Writes/WriteJournal+Commit.swift"],
                Comment(rawValue: "register writes outside WriteJournal.commit: " + callers.joined(separator: ", ")))
    }
}
