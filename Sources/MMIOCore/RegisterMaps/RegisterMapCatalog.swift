import FoundationEssentials

/// All register maps hwx knows: the ones built into the binary, then the user's own from
/// `$XDG_CONFIG_HOME/hwx/maps/` (default `~/.config/hwx/maps/`) and any `--maps DIR`.
/// A user map with the same name replaces a built-in one. A broken file is recorded in
/// `problems` and skipped; it never stops hwx.
public struct RegisterMapCatalog: Sendable {
    public private(set) var maps: [RegisterMap]
    /// Map files that failed to load, with file, line and field.
    public private(set) var problems: [RegisterMapError]

    public init(maps: [RegisterMap] = [], problems: [RegisterMapError] = []) {
        self.maps = maps
        self.problems = problems
    }

    /// The maps built into hwx (from Resources/RegisterMaps, embedded at build time).
    public static var shipped: RegisterMapCatalog {
        var catalog = RegisterMapCatalog()
        for file in ShippedRegisterMapTexts.files {
            catalog.add(text: file.text, file: "shipped:" + file.name)
        }
        return catalog
    }

    /// Built-in maps plus the user's folder and `extraDirectories`, in that order.
    public static func load(extraDirectories: [String] = [],
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> RegisterMapCatalog {
        var catalog = shipped
        for dir in [userDirectory(environment: environment)].compactMap({ $0 }) where FileManager.default.fileExists(atPath: dir) {
            catalog.addDirectory(dir)
        }
        for dir in extraDirectories { catalog.addDirectory(dir, required: true) }
        return catalog
    }

    /// `$XDG_CONFIG_HOME/hwx/maps`, or `$HOME/.config/hwx/maps`.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/hwx/maps" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/hwx/maps" }
        return nil
    }

    /// Adds every `.yaml`, `.yml`, `.json` and `.svd` file of `directory`, sorted by name.
    public mutating func addDirectory(_ directory: String, required: Bool = false) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            if required {
                problems.append(RegisterMapError(file: directory, line: nil, field: nil,
                                                 message: "cannot read this map folder (does it exist?)"))
            }
            return
        }
        for name in names.sorted() {
            let path = directory + "/" + name
            switch PathName.fileExtension(of: name).lowercased() {
            case "yaml", "yml", "json": addFile(path)
            case "svd": addSVDFile(path)
            default: continue
            }
        }
    }

    /// Adds one map file in the hwx format (YAML; JSON is YAML too).
    public mutating func addFile(_ path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            problems.append(RegisterMapError(file: path, line: nil, field: nil, message: "cannot read the file as UTF-8 text"))
            return
        }
        add(text: text, file: path)
    }

    /// Adds one CMSIS-SVD file: each peripheral becomes a map at its base address.
    public mutating func addSVDFile(_ path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            problems.append(RegisterMapError(file: path, line: nil, field: nil, message: "cannot read the file as UTF-8 text"))
            return
        }
        do {
            for map in try SVDImporter(file: path).importMaps(text) { add(map) }
        } catch {
            problems.append(error)
        }
    }

    public mutating func add(text: String, file: String) {
        do {
            for map in try RegisterMapParser(file: file).parse(text) { add(map) }
        } catch {
            problems.append(error)
        }
    }

    /// Adds `map`, replacing an earlier map of the same name.
    public mutating func add(_ map: RegisterMap) {
        maps.removeAll { $0.name == map.name }
        maps.append(map)
    }

    public func map(named name: String) -> RegisterMap? { maps.first { $0.name == name } }

    /// The best map for BAR `bar` of `function`: the most specific selector wins
    /// (IDs with subsystem, IDs, full class code, class and subclass, base class); on a
    /// tie the map loaded last (a user's over a built-in one).
    public func map(for function: PCIFunction, bar: Int) -> RegisterMap? {
        var best: (map: RegisterMap, score: Int)?
        for m in maps {
            guard let score = m.specificity(for: function, bar: bar) else { continue }
            if best == nil || score >= best!.score { best = (m, score) }
        }
        return best?.map
    }

    /// Every map that applies to `function`, with the BAR it describes.
    public func maps(for function: PCIFunction) -> [RegisterMap] {
        (0..<6).compactMap { map(for: function, bar: $0) }
    }

    /// The map for the iomem region named `name` (`HPET 0`).
    public func map(forRegionNamed name: String) -> RegisterMap? {
        maps.last { $0.applies(toRegionNamed: name) }
    }
}
