#if canImport(Glibc)
import Glibc
#endif
import MMIOCore

/// A fresh directory under /tmp, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/hwx-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    deinit { _ = system("rm -rf '\(path)'") }

    /// Copies a fixture machine root here (`cp -a`, keeping symlinks) and returns its root.
    func copy(fixture: MachineRoot, as name: String) -> MachineRoot {
        _ = system("cp -a '\(fixture.directory)' '\(path)/\(name)'")
        return MachineRoot(path + "/" + name)
    }
}
