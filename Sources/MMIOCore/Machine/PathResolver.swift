#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// The one place hwx opens files. Paths of a machine are resolved inside its root:
///
/// - Fast path: `openat2(root, path, RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)` (openat2(2),
///   Linux 5.6), one system call. Relative links inside the root resolve as usual.
/// - When the kernel refuses that (`EXDEV`: an absolute link, or a link or `..` climbing
///   above the root; `ELOOP`: a magic link), or has no openat2 (`ENOSYS`, or `EPERM` under a
///   seccomp filter), the path is walked one component at a time with `O_PATH | O_NOFOLLOW`
///   opens and `readlinkat`, each link's target resolved against the directory holding it
///   and an absolute target against the root (as `RESOLVE_IN_ROOT` does). A `..` above the
///   root is refused, naming the link that led there.
///
/// Every open is non-blocking, close-on-exec and never acquires a terminal. The path is
/// first opened with `O_PATH`, which runs no driver code, and `fstat` decides whether
/// the role accepts it; only then is it opened for real, and the second open must find the
/// same file. A FIFO, socket, device or directory where a file is expected is refused
/// before any driver sees an open.
enum PathResolver {
    /// Most symlinks followed in one resolution (path_resolution(7), `MAXSYMLINKS` 40).
    static let maxLinks = 40

    /// Whether openat2 works here (probed once per process).
    static let hasOpenat2: Bool = {
        let fd = cfa_openat2(AT_FDCWD, ".", cfa_o_path() | O_CLOEXEC, 0, cfa_resolve_beneath())
        if fd >= 0 {
            close(fd)
            return true
        }
        let e = errno
        return !(e == ENOSYS || e == EPERM || e == E2BIG || e == EINVAL)
    }()

    /// The only open system calls of hwx: `openat2` with `resolve`, else `openat`.
    /// Retried on EINTR; returns the descriptor or -1 with `errno` set.
    static func rawOpen(_ dirfd: Int32, _ path: String, _ flags: Int32, _ mode: mode_t, resolve: UInt64?) -> Int32 {
        while true {
            let fd = resolve.map { cfa_openat2(dirfd, path, flags, mode, $0) } ?? openat(dirfd, path, flags, mode)
            if fd >= 0 || errno != EINTR { return fd }
        }
    }

    static let baseFlags = O_CLOEXEC | O_NOCTTY | O_NONBLOCK

    static func flags(_ mode: FileAccessMode, role: FileRole) -> Int32 {
        var f: Int32
        switch mode {
        case .read: f = O_RDONLY
        case .readWrite: f = O_RDWR
        case .readWriteSync: f = O_RDWR | O_SYNC
        case .append: f = O_WRONLY | O_APPEND
        case .create: f = O_WRONLY | O_TRUNC
        }
        if role == .directory { f |= cfa_o_directory() }
        return f | baseFlags
    }

    static func permissions(_ mode: FileAccessMode) -> mode_t {
        switch mode {
        case .append(let p), .create(let p): mode_t(p)
        default: 0
        }
    }

    /// Where a path is resolved: below a machine root, or as the user named it.
    struct Place {
        let root: RootHandle?
        /// The root's directory for messages (nil: unconfined).
        let rootName: String?
        var isLive: Bool { rootName == "/" }

        /// The path as users see it.
        func display(_ relative: String) -> String {
            guard let rootName else { return relative }
            return rootName == "/" ? "/" + relative : rootName + "/" + relative
        }
    }

    /// `relative` without leading slashes (a machine path like `/proc/iomem`).
    static func clean(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("/") { p = p.dropFirst() }
        return p.isEmpty ? "." : String(p)
    }

    /// Opens `path` at `place` for `role`, checking the file's type against the role.
    static func open(_ path: String, at place: Place, role: FileRole, mode: FileAccessMode,
                     operation: String = "open") throws(FileAccessError) -> FileDescriptor {
        let relative = place.root == nil ? path : clean(path)
        func fail(_ problem: FileAccessError.Problem) -> FileAccessError {
            FileAccessError(operation, path: place.display(relative), role: role, problem: problem, root: place.rootName)
        }
        guard !path.isEmpty, !path.utf8.contains(0) else { throw fail(.system(SystemError(ENOENT))) }

        // Look before opening: O_PATH opens run no driver code (open(2), O_PATH).
        var probe: FileStatus?
        let probeFD: Int32
        do {
            probeFD = try resolve(relative, at: place, flags: cfa_o_path() | O_CLOEXEC, mode: 0, followFinal: true, role: role)
        } catch {
            let creates: Bool
            switch mode {
            case .append, .create: creates = true
            default: creates = false
            }
            guard creates, error.errno?.code == ENOENT else { throw error }
            probeFD = -1
        }
        if probeFD >= 0 {
            defer { close(probeFD) }
            switch FileStatus.of(probeFD) {
            case .failure(let e): throw fail(.system(e))
            case .success(let st):
                try LiveRootGuard.check(probeFD, status: st, path: place.display(relative), role: role)
                guard role.accepts(st.kind, live: place.isLive) else { throw fail(.wrongKind(found: st.kind)) }
                probe = st
            }
        }

        var flags = flags(mode, role: role)
        if probe == nil { flags |= O_CREAT | O_EXCL }  // a new file: it cannot be anything but regular
        let fd = try resolve(relative, at: place, flags: flags, mode: permissions(mode), followFinal: true, role: role)
        switch FileStatus.of(fd) {
        case .failure(let e):
            close(fd)
            throw fail(.system(e))
        case .success(let st):
            guard role.accepts(st.kind, live: place.isLive),
                  probe.map({ $0.device == st.device && $0.inode == st.inode }) ?? true else {
                close(fd)
                throw fail(.wrongKind(found: st.kind))
            }
            return FileDescriptor(rawValue: fd, status: st)
        }
    }

    /// Opens the directory `path` at `place` for reading names in it (`openat`, `fstatat`,
    /// `readlinkat` relative to it). One resolution, no `O_PATH` look first: with
    /// `O_DIRECTORY` anything but a directory fails with ENOTDIR before it is opened, and
    /// opening a directory runs no driver code (open(2)). The test guard judges it like
    /// every other open.
    static func openDirectory(_ path: String, at place: Place) throws(FileAccessError) -> Int32 {
        let relative = place.root == nil ? path : clean(path)
        guard !path.isEmpty, !path.utf8.contains(0) else {
            throw FileAccessError("open", path: place.display(relative), role: .directory, problem: .system(SystemError(ENOENT)), root: place.rootName)
        }
        let fd = try resolve(relative, at: place, flags: flags(.read, role: .directory), mode: 0, followFinal: true, role: .directory)
        if LiveRootGuard.isOn {
            switch FileStatus.of(fd) {
            case .failure(let e):
                close(fd)
                throw FileAccessError("open", path: place.display(relative), role: .directory, problem: .system(e), root: place.rootName)
            case .success(let st):
                // A Result, not a throw from the catch (Swift 6.3's release optimizer, PROTOCOL rule 4).
                let checked: Result<Void, FileAccessError>
                do {
                    try LiveRootGuard.check(fd, status: st, path: place.display(relative), role: .directory)
                    checked = .success(())
                } catch {
                    checked = .failure(error)
                }
                if case .failure(let error) = checked {
                    close(fd)
                    throw error
                }
            }
        }
        return fd
    }

    /// Opens `relative` at `place` with `flags` (no type check): the fast path or the walk.
    static func resolve(_ relative: String, at place: Place, flags: Int32, mode: mode_t, followFinal: Bool,
                        role: FileRole) throws(FileAccessError) -> Int32 {
        func fail(_ problem: FileAccessError.Problem) -> FileAccessError {
            FileAccessError("open", path: place.display(relative), role: role, problem: problem, root: place.rootName)
        }
        guard let root = place.root else {
            let fd = rawOpen(AT_FDCWD, relative, flags | (followFinal ? 0 : cfa_o_nofollow()), mode, resolve: nil)
            guard fd >= 0 else { throw fail(.system(SystemError(errno))) }
            return fd
        }
        if let failure = root.failure {
            throw FileAccessError("open", path: place.rootName ?? "", role: .directory, problem: .system(failure), root: place.rootName)
        }
        if root.resolution == .automatic && hasOpenat2 {
            let fd = rawOpen(root.fd, relative, flags | (followFinal ? 0 : cfa_o_nofollow()), mode, resolve: cfa_resolve_beneath())
            if fd >= 0 { return fd }
            let e = errno
            guard e == EXDEV || e == ELOOP else { throw fail(.system(SystemError(e))) }
        }
        return try walk(relative, in: root.fd, flags: flags, mode: mode, followFinal: followFinal, fail: fail)
    }

    /// Resolves `relative` below `rootFD` one component at a time (see the type's comment).
    static func walk(_ relative: String, in rootFD: Int32, flags: Int32, mode: mode_t, followFinal: Bool,
                     fail: (FileAccessError.Problem) -> FileAccessError) throws(FileAccessError) -> Int32 {
        // Components still to resolve, last one next; each with the link it came from.
        var pending: [(name: Substring, via: String?)] = relative.split(separator: "/").reversed().map { ($0, nil) }
        var directories: [Int32] = []   // O_PATH descriptors of the directories walked into
        var names: [Substring] = []      // their names, for the link paths in messages
        var linkTargets: [String: String] = [:]
        var links = 0
        defer { for fd in directories { close(fd) } }
        func isFinal() -> Bool { pending.allSatisfy { $0.name == "." } }

        while let (name, via) = pending.popLast() {
            if name == "." { continue }
            if name == ".." {
                guard let up = directories.popLast() else {
                    if let via { throw fail(.leavesRoot(link: via, target: linkTargets[via] ?? "")) }
                    throw fail(.pathLeavesRoot)
                }
                close(up)
                names.removeLast()
                continue
            }
            let parent = directories.last ?? rootFD
            let last = isFinal()
            let component = String(name)
            let fd = rawOpen(parent, component, cfa_o_path() | cfa_o_nofollow() | O_CLOEXEC, 0, resolve: nil)
            if fd < 0 {
                let e = errno
                if last && e == ENOENT && flags & O_CREAT != 0 {
                    let created = rawOpen(parent, component, flags | cfa_o_nofollow(), mode, resolve: nil)
                    guard created >= 0 else { throw fail(.system(SystemError(errno))) }
                    return created
                }
                throw fail(.system(SystemError(e)))
            }
            let kind: FileStatus.Kind
            switch FileStatus.of(fd) {
            case .failure(let e):
                close(fd)
                throw fail(.system(e))
            case .success(let st): kind = st.kind
            }
            if kind == .symlink && (!last || followFinal) {
                let text = readLink(fd, "")
                let e = errno
                close(fd)
                guard let target = text else { throw fail(.system(SystemError(e))) }
                links += 1
                guard links <= maxLinks else { throw fail(.tooManyLinks) }
                let linkPath = "/" + (names + [name]).joined(separator: "/")
                linkTargets[linkPath] = target
                if target.hasPrefix("/") {
                    // An absolute target counts from the root (as RESOLVE_IN_ROOT reads it).
                    for d in directories { close(d) }
                    directories.removeAll()
                    names.removeAll()
                }
                pending.append(contentsOf: target.split(separator: "/").reversed().map { ($0, linkPath) })
                continue
            }
            if last {
                if flags & ~(O_CLOEXEC) == cfa_o_path() { return fd }   // the caller wanted the O_PATH look
                close(fd)
                let final = rawOpen(parent, component, flags | cfa_o_nofollow(), mode, resolve: nil)
                guard final >= 0 else { throw fail(.system(SystemError(errno))) }
                return final
            }
            guard kind == .directory else {
                close(fd)
                throw fail(.system(SystemError(ENOTDIR)))
            }
            directories.append(fd)
            names.append(name)
        }
        // The path named a directory reached through `..` or `.` (or the root itself).
        let final = rawOpen(directories.last ?? rootFD, ".", flags, mode, resolve: nil)
        guard final >= 0 else { throw fail(.system(SystemError(errno))) }
        return final
    }

    /// The text of the symlink `name` in directory `dirfd` (`""`: `dirfd` is the link itself,
    /// opened with O_PATH | O_NOFOLLOW), nil when it is none.
    static func readLink(_ dirfd: Int32, _ name: String) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
            let n = readlinkat(dirfd, name, UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), 4096)
            guard n >= 0 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<n]), as: UTF8.self)
        }
    }
}
