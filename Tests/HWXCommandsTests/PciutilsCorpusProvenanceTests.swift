import Foundation
import Testing
@testable import HWXCommands
@testable import MMIOCore

/// The real machines' dumps in Tests/Fixtures/dumps/pciutils: every file says where it came
/// from (README row with the pciutils commit), holds only hex (no lspci text, which is
/// GPL), and every function's config space is whole 16-byte lines, as `strip.py` writes them.
@Suite struct PciutilsCorpusProvenanceTests {
    static let directory = HWXProcess.fixtures + "/dumps/pciutils"

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".lspci") }.sorted()
    }

    @Test func everyDumpHasAReadmeRowWithItsCommit() throws {
        let readme = try String(contentsOfFile: Self.directory + "/README.md", encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(try Self.files().count >= 20)
        for file in try Self.files() {
            let row = rows.first { $0.hasPrefix("| `\(file)` |") }
            #expect(row != nil, "README.md has no row for \(file)")
            let commit = row.flatMap { $0.split(separator: "|").last?.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(commit.count == 40 && commit.allSatisfy(\.isHexDigit), "\(file): its README row ends with the pciutils commit, not '\(commit)'")
        }
    }

    @Test func dumpsHoldOnlyAddressesAndHexLines() throws {
        for file in try Self.files() {
            let text = try String(contentsOfFile: Self.directory + "/" + file, encoding: .utf8)
            var functions = 0, expected = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasSuffix(" function") {
                    functions += 1
                    expected = 0
                    continue
                }
                let parts = line.split(separator: ":", maxSplits: 1)
                let offset = parts.count == 2 ? Int(parts[0], radix: 16) : nil
                let bytes = parts.count == 2 ? parts[1].split(separator: " ") : []
                #expect(offset == expected && bytes.count == 16 && bytes.allSatisfy { $0.count == 2 && UInt8($0, radix: 16) != nil },
                        "\(file): '\(line)' is not the next whole hex line (offset \(hex(expected, 2)))")
                expected += 16
            }
            #expect(functions > 0, "\(file) has no function")
            let dump = LspciDumpParser.parse(text)
            #expect(dump.functions.count == functions, "\(file): hwx reads \(dump.functions.count) of \(functions) functions")
        }
    }
}
