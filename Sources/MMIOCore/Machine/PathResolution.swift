/// How the paths of a machine root are resolved (both keep every path inside the root).
public enum PathResolution: Sendable, Equatable {
    /// `openat2(RESOLVE_BENEATH)` when the kernel has it; the component walk where the
    /// kernel has no openat2 and for paths that need it (absolute links, links leaving the root).
    case automatic
    /// Always the component walk (the tests run every confinement case through both).
    case componentWalk
}
