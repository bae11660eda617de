/// Why the file-access layer refused or failed to open or read a file: the path, what was
/// attempted, the problem as data (errno, the symlink that leaves the root, the file type
/// found, the limit passed) and what to do about it.
public struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// A system call failed with this errno.
        case system(SystemError)
        /// `link` (a path under the root) points to `target`, which resolves outside the root.
        case leavesRoot(link: String, target: String)
        /// The path itself climbs above the root with `..`.
        case pathLeavesRoot
        /// More than 40 symlinks on the way (the kernel's limit, path_resolution(7)).
        case tooManyLinks
        /// The file is `found`, the role wants something else.
        case wrongKind(found: FileStatus.Kind)
        /// The file holds more than `limit` bytes, the most this role can hold.
        case tooLarge(limit: Int)
        /// A test opened this machine's /sys, /proc or devices (the test suite's guard).
        case liveMachineInTest
        /// The file is read as text, but holds a NUL byte or bytes that are not UTF-8 (see `TextLines`).
        case invalidText(InvalidText)
    }

    /// `open`, `read`, `list`, `readlink`, `map`.
    public let operation: String
    /// The path as the user sees it (root directory + path on the machine).
    public let path: String
    public let role: FileRole
    public let problem: Problem
    /// The root the path was resolved in (nil: a path the user named directly).
    public let root: String?

    public init(_ operation: String, path: String, role: FileRole, problem: Problem, root: String? = nil) {
        self.operation = operation
        self.path = path
        self.role = role
        self.problem = problem
        self.root = root
    }

    public var errno: SystemError? {
        if case .system(let e) = problem { return e }
        return nil
    }

    /// What went wrong, in one sentence.
    public var summary: String {
        switch problem {
        case .system(let e):
            return "\(operation) \(path) failed: \(e)"
        case .leavesRoot(let link, let target):
            return "\(operation) \(path): the symlink \(link) -> \(target) leads outside the machine root \(root ?? "/")"
        case .pathLeavesRoot:
            return "\(operation) \(path): the path climbs above the machine root \(root ?? "/") with '..'"
        case .tooManyLinks:
            return "\(operation) \(path) failed: more than 40 symbolic links on the way (ELOOP)"
        case .wrongKind(let found):
            return "\(operation) \(path): it is \(found), but a \(role) must be \(role.expected(live: root == "/"))"
        case .tooLarge(let limit):
            return "\(operation) \(path): it holds more than \(limit) bytes, the most a \(role) can hold"
        case .liveMachineInTest:
            return "\(operation) \(path): a test opened this machine's \(path) (refused by the test suite's live-machine guard)"
        case .invalidText(let invalid):
            return "\(operation) \(path): \(invalid); a \(role) must be UTF-8 text without NUL bytes"
        }
    }

    /// What the user can do, as data (the front ends word it); nil when nothing applies.
    public var fix: Fix? {
        switch problem {
        case .system(let e) where e.code == 2:
            return .advice(root.map { "check that \($0) is a capture of a machine, laid out like /" } ?? "check the path")
        case .system(let e) where e.code == 13 || e.code == 1:
            return .runAsRoot
        case .system:
            return nil
        case .leavesRoot, .pathLeavesRoot:
            return .advice("a capture must be self-contained: its links may point anywhere inside it (absolute targets count from its top), never outside it; capture the machine again")
        case .tooManyLinks:
            return .advice("the capture has a symlink loop; capture the machine again")
        case .wrongKind:
            return .advice(root == nil ? "name a \(role.expected(live: true).dropFirst(2))" : "a capture holds regular files only: put the file it stands for in its place")
        case .tooLarge:
            return .advice("this is not a \(role); check the path")
        case .liveMachineInTest:
            return .advice("give the test a fixture root (Tests/Fixtures) or a temporary copy of one")
        case .invalidText:
            return .advice(root.map { $0 == "/" ? "the kernel gave bytes that are not text; report this as a bug" : "the capture's copy is damaged: capture the machine again" }
                           ?? "check that this is the \(role) meant (not a binary file), or save it again as UTF-8 text")
        }
    }

    /// The summary only: the fix needs a front end's words.
    public var description: String { summary }
}
