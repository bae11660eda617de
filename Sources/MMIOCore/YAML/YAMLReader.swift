import CYAML

/// Reads YAML text into one `YAMLNode` per document (`---` separates documents), with
/// libyaml's event parser (yaml.h: `yaml_parser_parse`, one event per scalar, list or mapping
/// start and end). hwx reads its register maps with libyaml directly, without Yams, because
/// Yams imports Foundation and a static Foundation brings ICU's 34 MB data table into the binary.
///
/// Built without recursion: each open list or mapping is one entry of an explicit stack, so a
/// deeply nested file cannot overflow the call stack, and nesting deeper than `maxDepth` is an
/// error naming its line. Aliases (`*name`, YAML 1.2 §3.2.2.2) are refused: each repeats a whole
/// subtree, so a few lines of them expand exponentially ("billion laughs").
struct YAMLReader: Sendable {
    /// Default nesting limit: hwx maps nest 6 deep (map, registers, register, fields, field, values).
    static let defaultMaxDepth = 64

    /// Most lists and mappings open at once before the text is refused.
    let maxDepth: Int

    init(maxDepth: Int = YAMLReader.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Every document of `text`, in order; empty documents (only comments) are skipped.
    func documents(_ text: String) throws(YAMLError) -> [YAMLNode] {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(line: nil, problem: "libyaml could not start a parser (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        let result: Result<[YAMLNode], YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return Result { () throws(YAMLError) in try readEvents(&parser) }
        }
        return try result.get()
    }

    /// A list or mapping whose end event has not come yet.
    private struct Open {
        let isMapping: Bool
        let line: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var key: YAMLNode?

        var node: YAMLNode { isMapping ? .mapping(pairs, line: line) : .sequence(items, line: line) }
    }

    private func readEvents(_ parser: inout yaml_parser_t) throws(YAMLError) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        var root: YAMLNode?
        var open: [Open] = []

        func attach(_ node: YAMLNode) {
            guard !open.isEmpty else { root = node; return }
            let top = open.count - 1
            if !open[top].isMapping {
                open[top].items.append(node)
            } else if let key = open[top].key {
                open[top].pairs.append(YAMLPair(key: key, value: node))
                open[top].key = nil
            } else {
                open[top].key = node
            }
        }

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.syntaxError(parser) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                attach(.scalar(text, line: line))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < maxDepth else {
                    throw YAMLError(line: line, problem: "lists and mappings nested deeper than \(maxDepth) levels")
                }
                open.append(Open(isMapping: event.type == YAML_MAPPING_START_EVENT, line: line))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                attach(open.removeLast().node)
            case YAML_ALIAS_EVENT:
                throw YAMLError(line: line, problem: "aliases (*name) are not accepted: write the value out in full")
            case YAML_DOCUMENT_END_EVENT:
                // A document of only comments (or a trailing `---`) has an empty scalar as its root.
                if let node = root, node != .scalar("", line: node.line) { documents.append(node) }
                root = nil
            case YAML_STREAM_END_EVENT:
                return documents
            default:
                break   // stream and document starts
            }
        }
    }

    /// libyaml's description of why it stopped: `problem` and, when set, the `context` it was in.
    private static func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        guard let problem = parser.problem else {
            return YAMLError(line: nil, problem: parser.error == YAML_MEMORY_ERROR ? "libyaml ran out of memory" : "libyaml stopped without saying why")
        }
        var text = String(cString: problem)
        if let context = parser.context { text += " (\(String(cString: context)))" }
        return YAMLError(line: Int(parser.problem_mark.line) + 1, problem: text)
    }
}
