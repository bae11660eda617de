import TerminalUI

/// A one-line text input for every prompt (search text, an address, a target, a new
/// register value), with the keys a shell's line editor has (readline's emacs mode):
///
/// - ← → move the cursor, Ctrl-A / Home and Ctrl-E / End go to the start and end;
/// - Backspace deletes before the cursor, Del at it; Ctrl-U deletes to the start
///   (clearing a prefilled text in one key), Ctrl-K to the end, Ctrl-W the word before;
/// - ↑ ↓ walk this prompt's history (`PromptHistory`, one list per purpose);
/// - Tab completes from `completions` (the longest common prefix, then the candidates
///   in the status line when several remain);
/// - Enter commits, Esc cancels.
public struct LineEditor: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable, Hashable { case search, goTo, openTarget, pokeValue, fieldValue, singleField, configField }
    public enum Outcome: Sendable, Equatable { case editing, committed(String), cancelled }

    /// Longest text a prompt accepts (a path or a long target still fits).
    public static let maxLength = 200

    public var purpose: Purpose
    public var prompt: String
    public private(set) var text: String
    /// Cursor position in Unicode scalars, 0...text's scalar count.
    public private(set) var cursor: Int
    /// Earlier entries of this prompt, oldest first.
    public var history: [String]
    /// Position in `history` while walking it with ↑/↓ (nil: editing the new line).
    private var historyIndex: Int?
    /// The line being typed before ↑ was pressed, given back by ↓ past the newest entry.
    private var draft = ""
    /// Candidates for Tab: all completions the prompt knows (filtered by the text's prefix).
    public var completions: [String]
    /// After a Tab with several candidates left, those candidates (shown in the prompt line).
    public private(set) var candidates: [String] = []

    public init(_ purpose: Purpose, prompt: String, text: String = "", history: [String] = [], completions: [String] = []) {
        self.purpose = purpose
        self.prompt = prompt
        self.text = text
        self.cursor = text.unicodeScalars.count
        self.history = history
        self.completions = completions
    }

    private var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    private mutating func set(_ s: [Unicode.Scalar], cursor c: Int) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        text = String(view)
        cursor = max(0, min(s.count, c))
    }

    public mutating func handle(_ key: Key) -> Outcome {
        var s = scalars
        if key != .tab { candidates = [] }
        switch key {
        case .enter: return .committed(text)
        case .escape: return .cancelled
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(s.count, cursor + 1)
        case .home, .char("\u{01}"): cursor = 0
        case .end, .char("\u{05}"): cursor = s.count
        case .backspace:
            guard cursor > 0 else { break }
            s.remove(at: cursor - 1)
            set(s, cursor: cursor - 1)
        case .delete, .char("\u{04}"):
            guard cursor < s.count else { break }
            s.remove(at: cursor)
            set(s, cursor: cursor)
        case .char("\u{15}"): // Ctrl-U: delete to the start of the line
            set(Array(s[cursor...]), cursor: 0)
        case .char("\u{0b}"): // Ctrl-K: delete to the end of the line
            set(Array(s[..<cursor]), cursor: cursor)
        case .char("\u{17}"): // Ctrl-W: delete the word before the cursor (and the spaces after it)
            var start = cursor
            while start > 0 && Self.isSeparator(s[start - 1]) { start -= 1 }
            while start > 0 && !Self.isSeparator(s[start - 1]) { start -= 1 }
            s.removeSubrange(start..<cursor)
            set(s, cursor: start)
        case .up: walkHistory(-1)
        case .down: walkHistory(1)
        case .tab: complete()
        case .char(let c) where c.value >= 0x20 && c.value != 0x7f:
            guard s.count < Self.maxLength else { break }
            s.insert(c, at: cursor)
            set(s, cursor: cursor + 1)
        default: break
        }
        return .editing
    }

    /// Word boundaries for Ctrl-W: spaces and the separators of targets (`/`, `+`, `:`, `=`, `.`).
    static func isSeparator(_ c: Unicode.Scalar) -> Bool { " /+:=.".unicodeScalars.contains(c) }

    private mutating func walkHistory(_ delta: Int) {
        guard !history.isEmpty else { return }
        if historyIndex == nil {
            guard delta < 0 else { return }
            draft = text
            historyIndex = history.count
        }
        let next = historyIndex! + delta
        if next >= history.count {
            historyIndex = nil
            set(Array(draft.unicodeScalars), cursor: draft.unicodeScalars.count)
            return
        }
        historyIndex = max(0, next)
        let entry = history[historyIndex!]
        set(Array(entry.unicodeScalars), cursor: entry.unicodeScalars.count)
    }

    /// Tab: completes the text before the cursor from `completions` (case-insensitive
    /// prefix match). One candidate replaces the text; several extend it to their longest
    /// common prefix and are listed.
    private mutating func complete() {
        let typed = String(String.UnicodeScalarView(scalars[..<cursor]))
        let matching = completions.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        guard !matching.isEmpty else { candidates = []; return }
        var common = Array(matching[0].unicodeScalars)
        for m in matching.dropFirst() {
            let other = Array(m.lowercased().unicodeScalars)
            var n = 0
            while n < common.count && n < other.count && String(common[n]).lowercased() == String(other[n]) { n += 1 }
            common = Array(common.prefix(n))
        }
        let rest = Array(scalars[cursor...])
        if common.count >= typed.unicodeScalars.count {
            set(common + rest, cursor: common.count)
        }
        candidates = matching.count > 1 ? matching : []
    }

    public func render<C: Canvas>(row: Int, into canvas: inout C) {
        canvas.fill(Rect(row: row, col: 0, height: 1, width: canvas.cols), style: Style(.status))
        let x = canvas.put(prompt, row: row, col: 0, style: Style(.status, bold: true))
        let s = scalars
        // Keep the cursor on screen: show the end of a text longer than the room left.
        let room = max(1, canvas.cols - x - 1)
        let first = max(0, cursor - room + 1)
        var col = x
        for i in first..<max(first, s.count) where col < canvas.cols {
            col = canvas.put(String(s[i]), row: row, col: col, style: i == cursor ? Style(.selection) : Style(.status))
        }
        if cursor >= s.count { col = canvas.put("_", row: row, col: col, style: Style(.status, bold: true)) }
        if !candidates.isEmpty, col + 3 < canvas.cols {
            canvas.put("  " + candidates.prefix(12).joined(separator: " ") + (candidates.count > 12 ? " …" : ""),
                       row: row, col: col, style: Style(.dim))
        }
    }
}
