/// One node of a YAML document as hwx reads it: plain text, a list or a mapping, each with the
/// 1-based line it starts on (YAML 1.2 §3.2.1, the representation graph, without tags: hwx maps
/// give every scalar its meaning by key, so `0x10`, `RW` and `yes` all stay text here).
/// Anchors and aliases are refused by `YAMLReader`, so the tree is a tree, never a graph.
indirect enum YAMLNode: Sendable, Equatable {
    case scalar(String, line: Int)
    case sequence([YAMLNode], line: Int)
    case mapping([YAMLPair], line: Int)

    /// The line (1-based) where the node starts.
    var line: Int {
        switch self {
        case let .scalar(_, line), let .sequence(_, line), let .mapping(_, line): line
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    var scalar: String? {
        if case let .scalar(text, _) = self { return text }
        return nil
    }

    /// The items of a list; nil for a scalar or a mapping.
    var sequence: [YAMLNode]? {
        if case let .sequence(items, _) = self { return items }
        return nil
    }

    /// The key/value pairs of a mapping, in file order (duplicates kept: the caller decides);
    /// nil for a scalar or a list.
    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case let .mapping(pairs, _) = self { return pairs.map { ($0.key, $0.value) } }
        return nil
    }
}
