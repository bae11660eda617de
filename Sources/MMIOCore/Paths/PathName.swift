/// The parts of a slash-separated path name (POSIX.1-2017 §3.271 "Pathname"), computed on the
/// text alone, as `dirname`/`basename` do, without touching the file system. hwx uses these
/// instead of Foundation's `NSString` path methods, which would link ICU into the binary.
public enum PathName {
    /// The path without its last component: `/a/b/c` → `/a/b`, `/a` → `/`, `c` → `` (empty).
    /// Trailing slashes are ignored (`/a/b/` → `/a`).
    public static func directory(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let parent = withoutTrailingSlashes(String(trimmed[..<slash]))
        return parent.isEmpty ? "/" : parent
    }

    /// The last component: `/a/b/c.yaml` → `c.yaml`, `/a/b/` → `b`, `/` → `/`.
    public static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// What follows the last `.` of the last component, or `` when there is none:
    /// `maps/nvme.yaml` → `yaml`, `Makefile` → ``, `.profile` → `` (a leading dot names a hidden file).
    public static func fileExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }
}
