#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// A sysfs device directory opened once and not listed: the cheap way to read a few
/// attributes of many functions (`hwx list pci` reads `config` and the `driver` link of
/// each). Where `MachineDirectory` lists the directory to learn which names are regular
/// files, this asks `fstatat(AT_SYMLINK_NOFOLLOW)` about the one name it is about to open,
/// so a missing attribute costs one system call and no failing open.
///
/// The same rules as the rest of the file-access layer hold: the directory is resolved
/// inside the machine root (`PathResolver`) and opened with `O_DIRECTORY` (a FIFO, device
/// or file there fails with ENOTDIR; opening a directory runs no driver code); a name is
/// opened only when `fstatat` says regular file, with `O_NOFOLLOW | O_NONBLOCK`, and the
/// open must find the same file (device and inode); a symlink goes through the root's full
/// resolution; reads are capped by the caller's buffer and the role's limit.
public final class AttributeDirectory: @unchecked Sendable {
    public let root: MachineRoot
    /// The directory's path on the machine, e.g. `/sys/devices/pci0000:00/0000:00:02.0`.
    public let path: String
    private let fd: Int32

    init(root: MachineRoot, path: String) throws(FileAccessError) {
        self.root = root
        self.path = path
        fd = try PathResolver.openDirectory(path, at: root.place)
    }

    deinit { close(fd) }

    private func child(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    private func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(0)
    }

    /// Reads the start of the file `name` into `buffer` with one `pread` at offset 0
    /// (a sysfs attribute returns its whole value in one read; `config` returns as many
    /// bytes as asked, up to what the reader may see). Returns the number of bytes read,
    /// or nil when there is no such file, it is not a regular file, or it cannot be read.
    public func read(_ name: String, into buffer: UnsafeMutableRawBufferPointer, role: FileRole) -> Int? {
        let count = min(buffer.count, role.readLimit ?? buffer.count)
        guard isPlainName(name) else { return readResolved(name, into: buffer, count: count, role: role) }
        var st = stat()
        guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return readResolved(name, into: buffer, count: count, role: role)
        default: return nil
        }
        let raw = PathResolver.rawOpen(fd, name, O_RDONLY | PathResolver.baseFlags | cfa_o_nofollow(), 0, resolve: nil)
        guard raw >= 0 else { return nil }
        defer { close(raw) }
        var opened = stat()
        guard fstat(raw, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG,
              opened.st_dev == st.st_dev, opened.st_ino == st.st_ino else { return nil }
        while true {
            let n = pread(raw, buffer.baseAddress, count, 0)
            if n >= 0 { return n }
            if errno != EINTR { return nil }
        }
    }

    /// The whole attribute `name` as bytes (at most `role.readLimit`), nil when it cannot be read.
    public func bytes(_ name: String, role: FileRole = .attribute) -> [UInt8]? {
        let limit = role.readLimit ?? FileRole.pageSize
        var count: Int?
        let out = [UInt8](unsafeUninitializedCapacity: limit) { buffer, initialized in
            count = read(name, into: UnsafeMutableRawBufferPointer(buffer), role: role)
            initialized = count ?? 0
        }
        return count == nil ? nil : out
    }

    /// A link or odd name: the root's full resolution (links resolve inside the root).
    private func readResolved(_ name: String, into buffer: UnsafeMutableRawBufferPointer, count: Int, role: FileRole) -> Int? {
        guard let bytes = try? root.read(child(name), role: role) else { return nil }
        let n = min(count, bytes.count)
        if n > 0 { bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) } }
        return n
    }

    /// The text of the symlink `name` (e.g. `driver` → `../../../bus/pci/drivers/nvme`),
    /// nil when it is none.
    public func linkTarget(_ name: String) -> String? {
        guard isPlainName(name) else { return root.linkTarget(child(name)) }
        return PathResolver.readLink(fd, name)
    }
}
