#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// The open directory a machine root names (`O_PATH | O_DIRECTORY`), against which every
/// path of that machine is resolved. Opened once per `MachineRoot`; a root that cannot be
/// opened keeps the errno, and every open below it reports it.
final class RootHandle: Sendable {
    let fd: Int32
    let failure: SystemError?
    let resolution: PathResolution

    init(directory: String, resolution: PathResolution) {
        self.resolution = resolution
        let fd = PathResolver.rawOpen(AT_FDCWD, directory, cfa_o_path() | cfa_o_directory() | O_CLOEXEC, 0, resolve: nil)
        if fd >= 0 {
            self.fd = fd
            failure = nil
        } else {
            failure = SystemError(errno)
            self.fd = -1
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}
