#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// Files the user names directly (`--pci-ids`, `--from-dump`, `file:`, `--journal`, a
/// snapshot's output directory): opened through the same layer as a machine's files
/// (`PathResolver`: non-blocking, type-checked against a `FileRole`, reads capped), but not
/// confined to a root — the user chose the path. Foundation-free, so the core stays light
/// in the static guest binary; failures are returned, never printed.
public enum FileIO {
    static let unconfined = PathResolver.Place(root: nil, rootName: nil)

    public static func open(_ path: String, role: FileRole, mode: FileAccessMode = .read) throws(FileAccessError) -> FileDescriptor {
        try PathResolver.open(path, at: unconfined, role: role, mode: mode)
    }

    /// A whole file, at most `role.readLimit` bytes.
    public static func read(_ path: String, role: FileRole) throws(FileAccessError) -> [UInt8] {
        let fd = try open(path, role: role)
        defer { fd.close() }
        return try fd.readWhole(role: role, path: path, root: nil)
    }

    /// A whole text file's lines (LF or CRLF), checked: a NUL byte or bytes that are not
    /// UTF-8 are an error naming the file, line and column.
    public static func readLines(_ path: String, role: FileRole = .textFile) throws(FileAccessError) -> TextLines {
        try TextLines(validating: read(path, role: role), path: path, role: role)
    }

    /// A whole file's bytes, or nil when it cannot be read (`read` says why).
    public static func readAll(_ path: String, role: FileRole = .textFile) -> [UInt8]? {
        try? read(path, role: role)
    }

    /// Directory entries (no `.`/`..`), sorted; empty when the directory cannot be read.
    public static func list(_ path: String) -> [String] {
        guard let fd = try? open(path, role: .directory) else { return [] }
        defer { fd.close() }
        guard case .success(let entries) = MachineDirectory.entries(of: fd.rawValue) else { return [] }
        return entries.map(\.name).sorted()
    }

    /// `fstat` of the file `path` names, nil when there is none.
    public static func status(_ path: String) -> FileStatus? {
        guard let fd = try? PathResolver.resolve(path, at: unconfined, flags: cfa_o_path() | O_CLOEXEC, mode: 0, followFinal: true, role: .directory) else { return nil }
        defer { Glibc.close(fd) }
        guard case .success(let st) = FileStatus.of(fd) else { return nil }
        return st
    }

    public static func isDirectory(_ path: String) -> Bool { status(path)?.kind == .directory }

    public static func size(_ path: String) -> UInt64? { status(path)?.size }

    /// Writes a whole regular file (create/truncate), returning the error on failure.
    @discardableResult
    public static func write(_ path: String, _ bytes: [UInt8], mode: UInt32 = 0o644) -> FileAccessError? {
        let fd: FileDescriptor
        do {
            fd = try open(path, role: .output, mode: .create(permissions: mode))
        } catch {
            return error
        }
        defer { fd.close() }
        return fd.writeAll(bytes).map { FileAccessError("write", path: path, role: .output, problem: .system($0)) }
    }

    /// `mkdir -p`.
    @discardableResult
    public static func makeDirectories(_ path: String) -> SystemError? {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return SystemError(errno) }
        }
        return nil
    }
}
