import Testing
@testable import MMIOCore

/// YAML through libyaml's event parser: the tree, lines, errors, the nesting limit, no aliases.
@Suite struct YAMLReaderTests {
    func read(_ text: String, maxDepth: Int = YAMLReader.defaultMaxDepth) throws(YAMLError) -> [YAMLNode] {
        try YAMLReader(maxDepth: maxDepth).documents(text)
    }

    func failure(_ text: String, maxDepth: Int = YAMLReader.defaultMaxDepth) -> YAMLError? {
        do { _ = try read(text, maxDepth: maxDepth); return nil } catch { return error }
    }

    @Test func blockAndFlowCollectionsWithTheirLines() throws {
        let docs = try read("""
        # comment
        name: demo
        list:
          - 0x10
          - {bits: 7:4, name: "FAST: full"}
        """)
        #expect(docs.count == 1)
        let root = try #require(docs.first?.mapping)
        #expect(root.map { $0.key.scalar } == ["name", "list"])
        #expect(root[0].value == .scalar("demo", line: 2))
        let list = try #require(root[1].value.sequence)
        #expect(root[1].value.line == 4)
        #expect(list[0] == .scalar("0x10", line: 4))   // numbers stay text: the map format gives meaning by key
        let flow = try #require(list[1].mapping)
        #expect(list[1].line == 5)
        #expect(flow.map { $0.key.scalar ?? "?" } == ["bits", "name"])
        #expect(flow.map { $0.value.scalar ?? "?" } == ["7:4", "FAST: full"])
    }

    @Test func quotedScalarsAreUnescapedAndEmptyValuesAreEmptyText() throws {
        let root = try #require(try read("a: \"tab\\there\"\nb: 'it''s'\nc:\n").first?.mapping)
        #expect(root.map { $0.value.scalar } == ["tab\there", "it's", ""])
    }

    @Test func documentsSeparatedByDashesAndEmptyOnesSkipped() throws {
        let docs = try read("---\na: 1\n---\n# only a comment\n---\nb: 2\n...\n")
        #expect(docs.map { $0.mapping?.first?.key.scalar } == ["a", "b"])
        #expect(docs[1].line == 6)
        #expect(try read("").isEmpty)
        #expect(try read("# nothing\n").isEmpty)
    }

    @Test func jsonIsYAML() throws {
        let root = try #require(try read(#"{"name": "x", "registers": [1, 2]}"#).first?.mapping)
        #expect(root[1].value.sequence?.compactMap(\.scalar) == ["1", "2"])
    }

    @Test func duplicateKeysAreKeptInOrderForTheCallerToJudge() throws {
        let root = try #require(try read("a: 1\na: 2\n").first?.mapping)
        #expect(root.map { $0.value.scalar } == ["1", "2"])
    }

    @Test func syntaxErrorsCarryLibyamlsProblemAndLine() {
        let e = failure("a: 1\nb: [1, 2\nc: 3\n")
        #expect(e?.line == 3)
        #expect(e?.problem.contains("did not find expected ',' or ']'") == true)
        let tab = failure("a:\n\tb: 1\n")
        #expect(tab?.line == 2)
        #expect(tab?.problem.hasPrefix("found character that cannot start any token") == true)
    }

    @Test func aliasesAreRefusedWithTheirLine() {
        let e = failure("a: &x [1, 2]\nb: *x\n")
        #expect(e == YAMLError(line: 2, problem: "aliases (*name) are not accepted: write the value out in full"))
    }

    @Test func nestingPastTheLimitIsAnErrorNamingItsLine() throws {
        let ok = String(repeating: "[", count: 8) + String(repeating: "]", count: 8)
        #expect(try read(ok, maxDepth: 8).count == 1)
        let deep = (0..<9).map { String(repeating: "  ", count: $0) + "- " }.joined(separator: "\n") + "x\n"
        let e = failure(deep, maxDepth: 8)
        #expect(e?.line == 9)
        #expect(e?.problem == "lists and mappings nested deeper than 8 levels")
    }

    @Test func aMillionNestedListsNeitherRecurseNorCrash() {
        // With the default limit: refused at level 65, not a stack overflow.
        let text = String(repeating: "[", count: 1_000_000)
        #expect(failure(text)?.problem == "lists and mappings nested deeper than 64 levels")
    }

    @Test func manyDocumentsAreAllRead() throws {
        let text = (0..<5000).map { "---\nname: m\($0)\nregisters: []\n" }.joined()
        let docs = try read(text)
        #expect(docs.count == 5000)
        #expect(docs.last?.mapping?.first?.value.scalar == "m4999")
        #expect(docs.last?.line == 3 * 4999 + 2)
    }
}
