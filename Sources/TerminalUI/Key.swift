/// A decoded key press (or mouse click, or resize), independent of ncurses.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    /// F1–F12.
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize

    /// Decodes a plain character as `wget_wch` returns it (not a KEY_* code):
    /// CR/LF are Enter, HT is Tab, ESC is Escape, DEL/BS are Backspace.
    public static func fromCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 0x0d, 0x0a: return .enter
        case 0x09: return .tab
        case 0x1b: return .escape
        case 0x7f, 0x08: return .backspace
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .char(s)
        }
    }

    /// How the help screen and function bar name the key.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let s): return String(s)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        }
    }
}
