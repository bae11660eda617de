import FoundationEssentials

/// All register maps hwx knows: the ones built into the binary, then the user's own from
/// `$XDG_CONFIG_HOME/hwx/maps/` (default `~/.config/hwx/maps/`) and any `--maps DIR`.
/// A user map with the same name replaces a built-in one. A broken file is recorded in
/// `problems` and skipped; it never stops hwx.
public struct RegisterMapCatalog: Sendable {
    /// Every map, in load order (a replaced map's successor sits where it was loaded).
    public private(set) var maps: [RegisterMap]
    /// Map files that failed to load, with file, line and field.
    public private(set) var problems: [RegisterMapError]
    /// Elements of imported SVD files skipped because they are broken (the rest of each file
    /// loaded), with file, line and element.
    public private(set) var warnings: [RegisterMapError] = []
    /// Lookups built once per batch of added maps, so that loading N maps and asking for the
    /// map of every function stay linear (a catalog of 20,000 user maps is fine).
    private var index: RegisterMapIndex

    public init(maps: [RegisterMap] = [], problems: [RegisterMapError] = []) {
        self.maps = []
        self.problems = problems
        self.index = RegisterMapIndex(maps: [])
        add(contentsOf: maps)
    }

    /// The maps built into hwx (from Resources/RegisterMaps, embedded at build time),
    /// parsed once per process.
    public static var shipped: RegisterMapCatalog { shippedOnce }

    private static let shippedOnce: RegisterMapCatalog = {
        var catalog = RegisterMapCatalog()
        var batch: [RegisterMap] = []
        for file in ShippedRegisterMapTexts.files {
            catalog.parse(text: file.text, file: "shipped:" + file.name, into: &batch)
        }
        catalog.add(contentsOf: batch)
        return catalog
    }()

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
        var batch: [RegisterMap] = []
        for name in names.sorted() {
            let path = directory + "/" + name
            switch PathName.fileExtension(of: name).lowercased() {
            case "yaml", "yml", "json": parseFile(path, into: &batch)
            case "svd": parseSVDFile(path, into: &batch)
            default: continue
            }
        }
        add(contentsOf: batch)
    }

    /// Adds one map file in the hwx format (YAML; JSON is YAML too).
    public mutating func addFile(_ path: String) {
        var batch: [RegisterMap] = []
        parseFile(path, into: &batch)
        add(contentsOf: batch)
    }

    /// Adds one CMSIS-SVD file: each peripheral becomes a map at its base address.
    public mutating func addSVDFile(_ path: String) {
        var batch: [RegisterMap] = []
        parseSVDFile(path, into: &batch)
        add(contentsOf: batch)
    }

    public mutating func add(text: String, file: String) {
        var batch: [RegisterMap] = []
        parse(text: text, file: file, into: &batch)
        add(contentsOf: batch)
    }

    /// Reads a map file through the core's file-access layer (regular files only, opened
    /// non-blocking, capped), so a FIFO or device in a maps folder is refused, never waited on.
    private mutating func readMapText(_ path: String) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, role: .textFile)
        } catch {
            problems.append(RegisterMapError(file: path, line: nil, field: nil, message: "cannot read the file: \(error.summary)"))
            return nil
        }
        // The same check as every text hwx reads (`TextLines`): a NUL byte or non-UTF-8 bytes
        // are named by line and column. libyaml and the SVD reader take CRLF as is.
        do {
            return try TextLines(validating: bytes).text
        } catch {
            problems.append(RegisterMapError(file: path, line: error.line, field: nil,
                                             message: "not text: \(error.kind == .nulByte ? "a NUL byte" : "bytes that are not UTF-8") at column \(error.column); a map file is UTF-8 text"))
            return nil
        }
    }

    private mutating func parseFile(_ path: String, into batch: inout [RegisterMap]) {
        guard let text = readMapText(path) else { return }
        parse(text: text, file: path, into: &batch)
    }

    private mutating func parseSVDFile(_ path: String, into batch: inout [RegisterMap]) {
        guard let text = readMapText(path) else { return }
        do {
            let imported = try SVDImporter(file: path).importing(text)
            batch += imported.maps
            warnings += imported.warnings
        } catch {
            problems.append(error)
        }
    }

    private mutating func parse(text: String, file: String, into batch: inout [RegisterMap]) {
        do {
            batch += try RegisterMapParser(file: file).parse(text)
        } catch {
            problems.append(error)
        }
    }

    /// Adds `map`, replacing an earlier map of the same name.
    public mutating func add(_ map: RegisterMap) { add(contentsOf: [map]) }

    /// Adds `batch` in order, as if each map were added alone: a map replaces any earlier
    /// map of its name (also one earlier in `batch`) and goes to the end. Linear in the
    /// catalog plus the batch, so a folder of many maps loads in one pass.
    public mutating func add(contentsOf batch: [RegisterMap]) {
        guard !batch.isEmpty else { return }
        var lastInBatch: [String: Int] = [:]
        for (i, map) in batch.enumerated() { lastInBatch[map.name] = i }
        maps.removeAll { lastInBatch[$0.name] != nil }
        for (i, map) in batch.enumerated() where lastInBatch[map.name] == i { maps.append(map) }
        index = RegisterMapIndex(maps: maps)
    }

    public func map(named name: String) -> RegisterMap? { index.position(named: name).map { maps[$0] } }

    /// The best map for BAR `bar` of `function`: the most specific selector wins
    /// (IDs with subsystem, IDs, full class code, class and subclass, base class); on a
    /// tie the map loaded last (a user's over a built-in one).
    public func map(for function: PCIFunction, bar: Int) -> RegisterMap? {
        var best: (position: Int, score: Int)?
        for position in index.candidates(for: function) {
            guard let score = maps[position].specificity(for: function, bar: bar) else { continue }
            if best == nil || (score, position) > (best!.score, best!.position) { best = (position, score) }
        }
        return best.map { maps[$0.position] }
    }

    /// Every map that applies to `function`, with the BAR it describes.
    public func maps(for function: PCIFunction) -> [RegisterMap] {
        (0..<6).compactMap { map(for: function, bar: $0) }
    }

    /// The map for the iomem region named `name` (`HPET 0`).
    public func map(forRegionNamed name: String) -> RegisterMap? {
        index.lastPosition(forRegionNamed: name).map { maps[$0] }
    }
}
