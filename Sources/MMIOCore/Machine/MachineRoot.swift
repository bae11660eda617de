#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// The directory hwx reads a machine from: `/` for the live machine, or a capture laid
/// out like `/` (`DIR/proc/iomem`, `DIR/proc/ioports`, `DIR/sys/bus/pci/devices/...`,
/// `DIR/dev/mem`, `DIR/dev/port`). Every file of a machine is opened through this type
/// (see `PathResolver`): paths and the symlinks on them resolve inside the root, absolute
/// link targets count from the root, and a link that leads out is refused, naming it.
/// The live machine is the root `/` like any other.
public struct MachineRoot: Sendable, Equatable, CustomStringConvertible {
    /// Absolute or relative directory, without a trailing slash (`/` stays `/`).
    public let directory: String
    let handle: RootHandle

    /// Opens the root directory once; a root that cannot be opened makes every open below
    /// it fail with that reason (see `openFailure`).
    public init(_ directory: String = "/", resolution: PathResolution = .automatic) {
        var d = directory
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        self.directory = d
        handle = RootHandle(directory: d.isEmpty ? "" : d, resolution: resolution)
    }

    public static let live = MachineRoot("/")

    public static func == (a: MachineRoot, b: MachineRoot) -> Bool { a.directory == b.directory }

    /// True for the running machine (`/`), false for a capture.
    public var isLive: Bool { directory == "/" }

    /// Why the root directory itself cannot be opened, nil when it can.
    public var openFailure: FileAccessError? {
        handle.failure.map {
            FileAccessError("open", path: directory.isEmpty ? "''" : directory, role: .directory, problem: .system($0))
        }
    }

    /// True when the root holds `proc/` or `sys/`, as a machine (or a capture of one) does.
    public var looksLikeMachine: Bool {
        (try? status("/proc"))?.kind == .directory || (try? status("/sys"))?.kind == .directory
    }

    /// `relative` is an absolute path on the machine, e.g. `/proc/iomem`; the result is the
    /// path as users see it (for messages; opens never use it).
    public func path(_ relative: String) -> String {
        let r = relative.hasPrefix("/") ? relative : "/" + relative
        return directory == "/" ? r : directory + r
    }

    public var description: String { directory }

    var place: PathResolver.Place { PathResolver.Place(root: handle, rootName: directory) }

    /// Opens a file of the machine for `role` (see `FileRole` for what each accepts).
    public func open(_ relative: String, role: FileRole, mode: FileAccessMode = .read) throws(FileAccessError) -> FileDescriptor {
        try PathResolver.open(relative, at: place, role: role, mode: mode)
    }

    /// A whole file, at most `role.readLimit` bytes.
    public func read(_ relative: String, role: FileRole) throws(FileAccessError) -> [UInt8] {
        let fd = try open(relative, role: role)
        defer { fd.close() }
        return try fd.readWhole(role: role, path: path(relative), root: directory)
    }

    /// A whole text file's lines (LF or CRLF), checked: a NUL byte or bytes that are not
    /// UTF-8 are an error naming the file, line and column.
    public func readLines(_ relative: String, role: FileRole = .procText) throws(FileAccessError) -> TextLines {
        try TextLines(validating: read(relative, role: role), path: path(relative), role: role, root: directory)
    }

    /// Whole file as text, or `nil` when it cannot be read or is not text (`readLines` says why).
    public func readText(_ relative: String, role: FileRole = .procText) -> String? {
        (try? readLines(relative, role: role))?.text
    }

    /// What `fstat` says about the file `relative` names (links followed inside the root).
    public func status(_ relative: String) throws(FileAccessError) -> FileStatus {
        let fd = try PathResolver.resolve(PathResolver.clean(relative), at: place, flags: cfa_o_path() | O_CLOEXEC, mode: 0,
                                          followFinal: true, role: .directory)
        defer { close(fd) }
        switch FileStatus.of(fd) {
        case .success(let st):
            try LiveRootGuard.check(fd, status: st, path: path(relative), role: .directory)
            return st
        case .failure(let e):
            throw FileAccessError("stat", path: path(relative), role: .directory, problem: .system(e), root: directory)
        }
    }

    public func exists(_ relative: String) -> Bool {
        (try? status(relative)) != nil
    }

    /// A directory of the machine, listed once.
    public func directory(_ relative: String) throws(FileAccessError) -> MachineDirectory {
        try MachineDirectory(root: self, path: relative)
    }

    /// Directory entries (no `.`/`..`), sorted; empty when the directory cannot be read.
    public func list(_ relative: String) -> [String] {
        ((try? directory(relative))?.names ?? []).sorted()
    }

    /// The text of the symlink `relative` names (earlier components resolved inside the
    /// root), or `nil` when it is not a symlink.
    public func linkTarget(_ relative: String) -> String? {
        guard let fd = try? PathResolver.resolve(PathResolver.clean(relative), at: place, flags: cfa_o_path() | O_CLOEXEC,
                                                 mode: 0, followFinal: false, role: .directory) else { return nil }
        defer { close(fd) }
        guard case .success(let st) = FileStatus.of(fd), st.kind == .symlink,
              (try? LiveRootGuard.check(fd, status: st, path: path(relative), role: .directory)) != nil else { return nil }
        return PathResolver.readLink(fd, "")
    }
}
