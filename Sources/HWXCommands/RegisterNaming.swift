import Glibc
import MMIOCore
import Synchronization

/// Hook where register maps plug named targets (`barN/REG.FIELD`, `iomem:NAME/REG`) into
/// the resolver: the built-in maps, the user's `$XDG_CONFIG_HOME/hwx/maps/` and `--maps DIR`.
/// Broken map files are reported on stderr (file, line, field) and skipped.
enum RegisterNaming {
    static func configure(_ resolver: TargetResolver, global: GlobalOptions) -> TargetResolver {
        var resolver = resolver
        let directories = global.mapDirectories
        // The catalog (every shipped YAML map) is parsed only when a named target is used.
        resolver.namedResolver = { base, register, field, machine throws(AccessError) in
            let naming = NamedRegisterResolver(catalog: catalog(directories: directories))
            let named = try resolve(naming, base, register, field, machine)
            return (named.target, named.register.width)
        }
        return resolver
    }

    /// The register and field a `.named` target names, nil for offset targets.
    static func describe(_ target: Target, global: GlobalOptions, machine: Machine) throws(AccessError) -> NamedRegister? {
        guard case .named(let base, let register, let field) = target else { return nil }
        return try resolve(NamedRegisterResolver(catalog: catalog(global: global, reportProblems: false)), base, register, field, machine)
    }

    private static func resolve(_ naming: NamedRegisterResolver, _ base: Target.NamedRegisterBase, _ register: String,
                                _ field: String?, _ machine: Machine) throws(AccessError) -> NamedRegister {
        let plain = TargetResolver(machine: machine, writable: false)
        return try naming.resolve(base, register: register, field: field, machine: machine) { (target, width) throws(AccessError) in
            let opened = try plain.open(target, span: UInt64(width.bytes))
            return try opened.space.read(at: opened.offset, width: width)
        }
    }

    /// Loads the catalog once per process; reports broken files on stderr the first time.
    static func catalog(global: GlobalOptions, reportProblems: Bool = true) -> RegisterMapCatalog {
        catalog(directories: global.mapDirectories, reportProblems: reportProblems)
    }

    static func catalog(directories: [String], reportProblems: Bool = true) -> RegisterMapCatalog {
        let (catalog, warnNow) = loaded.withLock { cache -> (RegisterMapCatalog, Bool) in
            let entry = cache[directories] ?? (RegisterMapCatalog.load(extraDirectories: directories), false)
            let warnNow = reportProblems && !entry.reported
            cache[directories] = (entry.catalog, entry.reported || warnNow)
            return (entry.catalog, warnNow)
        }
        if warnNow {
            warn(about: catalog.problems)
            warn(about: catalog.warnings, prefix: "hwx: warning: SVD element ")
        }
        return catalog
    }

    /// Catalogs already parsed in this process, by extra map directories, and whether their
    /// broken files were reported: a named `read` resolves its target and then describes its
    /// fields, and must neither parse every map twice nor warn twice.
    private static let loaded = Mutex<[[String]: (catalog: RegisterMapCatalog, reported: Bool)]>([:])

    static func warn(about problems: [RegisterMapError], prefix: String = "hwx: warning: register map skipped: ") {
        for p in problems {
            let line = Array("\(prefix)\(p)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
    }
}
