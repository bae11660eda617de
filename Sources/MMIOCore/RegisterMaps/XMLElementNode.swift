
/// One element of a small XML document: name, attributes, child elements, text, and the
/// line it starts on (for error messages). Built by `XMLTreeReader`.
public struct XMLElementNode: Sendable, Hashable {
    public let name: String
    public let attributes: [String: String]
    public let children: [XMLElementNode]
    /// Concatenated character data directly inside this element, entities decoded.
    public let text: String
    public let line: Int

    public init(name: String, attributes: [String: String] = [:], children: [XMLElementNode] = [], text: String = "", line: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The first child named `name`.
    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// All children named `name`.
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// Trimmed text of the first child named `name`, nil when absent or empty.
    public func value(_ name: String) -> String? {
        guard let t = child(name)?.text.trimmingWhitespace(), !t.isEmpty else { return nil }
        return t
    }
}
