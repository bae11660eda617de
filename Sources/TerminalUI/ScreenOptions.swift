#if canImport(Glibc)
import Glibc
#endif

/// How the terminal is set up: colors, mouse, and whether it can show UTF-8.
public struct ScreenOptions: Sendable, Equatable {
    public var colors: Bool
    public var mouse: Bool

    public init(colors: Bool = true, mouse: Bool = true) {
        self.colors = colors
        self.mouse = mouse
    }

    /// Colors unless `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public static func fromEnvironment(mouse: Bool) -> ScreenOptions {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        return ScreenOptions(colors: noColor.isEmpty, mouse: mouse)
    }

    /// Whether the current locale's character set is UTF-8 (call after `setlocale`).
    public static var localeIsUTF8: Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
