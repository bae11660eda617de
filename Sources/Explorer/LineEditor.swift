import TerminalUI

/// A one-line text input (search text, an address, a new register value).
public struct LineEditor: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case search, goTo, openTarget, pokeValue, fieldValue }
    public enum Outcome: Sendable, Equatable { case editing, committed(String), cancelled }

    public var purpose: Purpose
    public var prompt: String
    public var text: String

    public init(_ purpose: Purpose, prompt: String, text: String = "") {
        self.purpose = purpose
        self.prompt = prompt
        self.text = text
    }

    /// Printable characters append, Backspace deletes, Enter commits, Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .committed(text)
        case .escape: return .cancelled
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .char(let s) where s.value >= 0x20 && s.value != 0x7f:
            if text.unicodeScalars.count < 80 { text.unicodeScalars.append(s) }
        default: break
        }
        return .editing
    }

    public func render<C: Canvas>(row: Int, into canvas: inout C) {
        canvas.fill(Rect(row: row, col: 0, height: 1, width: canvas.cols), style: Style(.status))
        let x = canvas.put(prompt, row: row, col: 0, style: Style(.status, bold: true))
        let end = canvas.put(text, row: row, col: x, style: Style(.status))
        canvas.put("_", row: row, col: end, style: Style(.status, bold: true))
    }
}
