import MMIOCore
import TerminalUI

/// One line of the details pane: a label column, a value, a role, and optionally a
/// cross-link that Enter follows (iomem region ↔ PCI function/BAR).
public struct DetailLine: Sendable, Equatable {
    public var label: String
    public var value: String
    public var role: Role
    public var link: DetailLink?

    public init(_ label: String, _ value: String = "", role: Role = .normal, link: DetailLink? = nil) {
        // Names and values from the machine's files or the user: controls shown `\xNN`.
        self.label = TerminalSafe.escape(label)
        self.value = TerminalSafe.escape(value)
        self.role = role
        self.link = link
    }

    /// A section heading (`BARs`, `Capabilities`).
    public static func heading(_ text: String) -> DetailLine { DetailLine(text, role: .header) }
}

extension DetailLine {
    /// The line broken at spaces so the value fits `width` columns; continuation lines
    /// have no label and keep the role and link (so a click on any part follows it).
    public func wrapped(valueWidth width: Int) -> [DetailLine] {
        guard width > 8, role != .header, value.unicodeScalars.count > width else { return [self] }
        var out: [DetailLine] = []
        var current = ""
        func flush() {
            var l = self
            l.label = out.isEmpty ? label : ""
            l.value = current
            out.append(l)
            current = ""
        }
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            if current.isEmpty { current = w }
            else if current.unicodeScalars.count + 1 + w.unicodeScalars.count <= width { current += " " + w }
            else { flush(); current = w }
            while current.unicodeScalars.count > width {
                let head = String(String.UnicodeScalarView(current.unicodeScalars.prefix(width)))
                current = String(String.UnicodeScalarView(current.unicodeScalars.dropFirst(width)))
                let rest = current
                current = head
                flush()
                current = rest
            }
        }
        if !current.isEmpty || out.isEmpty { flush() }
        return out
    }
}
