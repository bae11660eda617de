#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// A directory of a machine, opened (inside the root) and listed once: sysfs device
/// directories are read through it with one open and one read per attribute. Names from
/// the listing that were regular files are opened relative to the directory with
/// `O_NOFOLLOW` (a name is one component, so it cannot leave the directory); symlinks and
/// anything else go through the root's full resolution.
public final class MachineDirectory: @unchecked Sendable {
    public let root: MachineRoot
    /// The directory's path on the machine, e.g. `/sys/devices/pci0000:00/0000:00:02.0`.
    public let path: String
    /// Entry names, in directory order (no `.`/`..`).
    public let names: [String]
    private let nameSet: Set<String>
    private let regularFiles: Set<String>
    private let fd: Int32

    init(root: MachineRoot, path: String) throws(FileAccessError) {
        let descriptor = try root.open(path, role: .directory)
        self.root = root
        self.path = path
        fd = descriptor.rawValue
        switch Self.entries(of: fd) {
        case .success(let listed):
            names = listed.map(\.name)
            nameSet = Set(names)
            regularFiles = Set(listed.filter(\.regular).map(\.name))
        case .failure(let e):
            descriptor.close()
            throw FileAccessError("list", path: root.path(path), role: .directory, problem: .system(e), root: root.directory)
        }
    }

    deinit { close(fd) }

    /// The entries of the open directory `fd` (no `.`/`..`), each with whether readdir's
    /// `d_type` said regular file. `fd` stays open.
    static func entries(of fd: Int32) -> Result<[(name: String, regular: Bool)], SystemError> {
        let copy = dup(fd)
        guard copy >= 0 else { return .failure(SystemError(errno)) }
        guard let dir = fdopendir(copy) else {
            let e = SystemError(errno)
            close(copy)
            return .failure(e)
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var out: [(name: String, regular: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            out.append((name, cfa_dirent_kind(entry.pointee.d_type) == 3))
        }
        return .success(out)
    }

    public func contains(_ name: String) -> Bool { nameSet.contains(name) }

    private func child(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    private func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(0)
    }

    /// The whole file `name`, at most `role.readLimit` bytes.
    public func read(_ name: String, role: FileRole) throws(FileAccessError) -> [UInt8] {
        guard regularFiles.contains(name), isPlainName(name) else { return try root.read(child(name), role: role) }
        let raw = PathResolver.rawOpen(fd, name, O_RDONLY | PathResolver.baseFlags | cfa_o_nofollow(), 0, resolve: nil)
        guard raw >= 0 else {
            let e = errno
            // Replaced by a symlink since the listing: resolve it inside the root.
            if e == ELOOP { return try root.read(child(name), role: role) }
            throw FileAccessError("open", path: root.path(child(name)), role: role, problem: .system(SystemError(e)), root: root.directory)
        }
        let status: FileStatus
        switch FileStatus.of(raw) {
        case .success(let st): status = st
        case .failure(let e):
            close(raw)
            throw FileAccessError("open", path: root.path(child(name)), role: role, problem: .system(e), root: root.directory)
        }
        let descriptor = FileDescriptor(rawValue: raw, status: status)
        defer { descriptor.close() }
        guard role.accepts(status.kind, live: root.isLive) else {
            throw FileAccessError("open", path: root.path(child(name)), role: role, problem: .wrongKind(found: status.kind), root: root.directory)
        }
        return try descriptor.readWhole(role: role, path: root.path(child(name)), root: root.directory)
    }

    /// `fstat` of `name` (symlinks followed inside the root).
    public func status(_ name: String) throws(FileAccessError) -> FileStatus {
        if regularFiles.contains(name), isPlainName(name) {
            var st = stat()
            if fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) != S_IFLNK {
                return FileStatus(st)
            }
        }
        return try root.status(child(name))
    }

    /// The text of the symlink `name`, nil when it is none.
    public func linkTarget(_ name: String) -> String? {
        guard isPlainName(name) else { return root.linkTarget(child(name)) }
        return PathResolver.readLink(fd, name)
    }
}
