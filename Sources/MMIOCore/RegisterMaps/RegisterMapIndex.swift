/// Lookups over a catalog's maps by name, by what their selectors match (vendor:device,
/// base class, iomem region name), built in one pass. Positions index the catalog's `maps`.
/// Without it, finding the map of each of F functions among N maps cost F·N, and `hwx maps`
/// (which asks that for every map) N²·F.
struct RegisterMapIndex: Sendable {
    private var byName: [String: Int] = [:]
    /// Maps with a `pci:` selector, by vendor << 16 | device.
    private var byDevice: [UInt32: [Int]] = [:]
    /// Maps with a `class:` selector, by base class.
    private var byBaseClass: [UInt8: [Int]] = [:]
    /// The last map naming each iomem region.
    private var lastByRegion: [String: Int] = [:]

    init(maps: [RegisterMap]) {
        for (position, map) in maps.enumerated() {
            byName[map.name] = position
            for selector in map.selectors {
                switch selector {
                case let .pciDevice(vendor, device, _, _):
                    byDevice[UInt32(vendor) << 16 | UInt32(device), default: []].append(position)
                case let .pciClass(base, _, _):
                    byBaseClass[base, default: []].append(position)
                case let .iomemRegion(name):
                    lastByRegion[name] = position
                case .physical:
                    break
                }
            }
        }
    }

    func position(named name: String) -> Int? { byName[name] }

    /// Positions of maps that may match `function` (each at most once per selector kind).
    func candidates(for function: PCIFunction) -> [Int] {
        let device = byDevice[UInt32(function.vendorID) << 16 | UInt32(function.deviceID)] ?? []
        let cls = byBaseClass[function.baseClass] ?? []
        return device + cls
    }

    func lastPosition(forRegionNamed name: String) -> Int? { lastByRegion[name] }
}
