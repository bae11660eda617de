/// What `SVDImporter` made of a file: the maps, and every element it skipped because it was
/// broken (each warning names the line, the element's path and why; the import goes on).
public struct SVDImport: Sendable {
    public let maps: [RegisterMap]
    public let warnings: [RegisterMapError]

    public init(maps: [RegisterMap], warnings: [RegisterMapError]) {
        self.maps = maps
        self.warnings = warnings
    }
}
