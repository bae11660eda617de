import Foundation
import Testing
@testable import MMIOCore

/// Hostile nesting in map files: refused with file and line (YAMLReader is iterative and
/// stops at 64 levels; the SVD reader recurses per element and stops at 64 elements).
@Suite struct RegisterMapNestingTests {
    func yamlError(_ text: String) -> RegisterMapError? {
        do { _ = try RegisterMapParser(file: "deep.yaml").parse(text); return nil } catch { return error }
    }

    @Test func flowListsNested5000DeepAreRefusedWithTheLine() throws {
        let text = "name: x\ntitle: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let error = try #require(yamlError(text))
        #expect(error.file == "deep.yaml")
        #expect(error.line == 2)
        #expect(error.message == "not valid YAML: lists and mappings nested deeper than \(YAMLReader.defaultMaxDepth) levels")
    }

    @Test func indentedKeysNested5000DeepAreRefusedAtTheFirstLevelPastTheLimit() throws {
        var text = ""
        for level in 0..<5000 { text += String(repeating: "  ", count: level) + "a:\n" }
        let error = try #require(yamlError(text))
        // The root mapping is level 1 (line 1); level 65 is the value of line 64's key, opened on line 65.
        #expect(error.line == YAMLReader.defaultMaxDepth + 1)
    }

    @Test func everyShippedMapIsWellInsideTheLimit() throws {
        for file in ShippedRegisterMapTexts.files {
            #expect(throws: Never.self, "\(file.name)") { try YAMLReader(maxDepth: 8).documents(file.text) }
        }
    }

    @Test func deepSVDIsRefusedWithTheLine() throws {
        let text = "<device>\n" + String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000) + "</device>\n"
        do {
            _ = try SVDImporter(file: "deep.svd").importMaps(text)
            Issue.record("a 5,000-deep SVD file was accepted")
        } catch {
            #expect(error.file == "deep.svd")
            #expect(error.line == 2)
            #expect(error.message.contains("nest more than \(XMLTreeReader.maximumDepth) levels"))
        }
    }

    @Test func aDeepMapInAFolderIsSkippedAndTheOthersLoad() throws {
        let dir = TemporaryDirectory()
        try (String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000))
            .write(toFile: dir.path + "/deep.yaml", atomically: true, encoding: .utf8)
        try "name: fine\napplies-to: [{iomem: FINE 0}]\nregisters:\n  - {name: ID, offset: 0, width: 32}\n"
            .write(toFile: dir.path + "/fine.yaml", atomically: true, encoding: .utf8)
        let catalog = RegisterMapCatalog.load(extraDirectories: [dir.path], environment: [:])
        #expect(catalog.map(named: "fine") != nil)
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.file == dir.path + "/deep.yaml")
        #expect(catalog.problems.first?.line == 1)
    }

    /// A FIFO named like a map in a maps folder is refused by type (never opened for reading,
    /// which would block until a writer came); the other maps still load.
    @Test func aFIFOInAMapFolderIsRefusedWithoutBlocking() throws {
        let dir = TemporaryDirectory()
        #expect(mkfifo(dir.path + "/fifo.yaml", 0o644) == 0)
        try "name: fine\napplies-to: [{iomem: FINE 0}]\nregisters:\n  - {name: ID, offset: 0, width: 32}\n"
            .write(toFile: dir.path + "/fine.yaml", atomically: true, encoding: .utf8)
        let catalog = RegisterMapCatalog.load(extraDirectories: [dir.path], environment: [:])
        #expect(catalog.map(named: "fine") != nil)
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.file == dir.path + "/fifo.yaml")
        #expect(catalog.problems.first?.message.hasPrefix("cannot read the file:") == true)
    }
}
