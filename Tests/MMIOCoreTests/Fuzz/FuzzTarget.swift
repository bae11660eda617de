import MMIOCore

/// The parsers and decoders hwx runs on input it did not write, one fuzz target each. Every
/// target also walks what the front ends derive from a parse (sizes, names, decoded text,
/// JSON, a writer's round trip), since a trap there is as fatal as one in the parser.
///
/// One file, two users: the libFuzzer binary in Fuzz/ (Fuzz/Sources/hwx-fuzz links here)
/// and FuzzRegressionTests, which replays every committed finding through the same code.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `/proc/iomem` text (ResourceMap).
    case iomem
    /// `/proc/ioports` text (ResourceMap).
    case ioports
    /// `lspci -xxx` / `lspci -xxxx` text dumps (LspciDumpParser), each function decoded.
    case lspci
    /// Raw config space bytes: header decode, capability walks, every capability decoder,
    /// the `show -vv` text and the JSON.
    case config
    /// The `pci.ids` database (PCIIDs).
    case pciids = "pci-ids"
    /// A sysfs `resource` file (BAR.parseResourceFile), and the BARs a header decode derives from it.
    case resource
    /// A register map in the hwx YAML format, decoded and written back out.
    case mapYAML = "map-yaml"
    /// A CMSIS-SVD file imported as register maps.
    case svd
    /// The target grammar (`00:03.0/bar0+0x14`, `iomem:HPET 0/GCAP_ID.NUM_TIM_CAP`).
    case target

    /// Runs one input through the target's parser and everything derived from it.
    func run(_ bytes: [UInt8]) {
        // Files reach the text parsers through the check every text file passes (TextLines:
        // NUL, UTF-8, CRLF); the parsers also get the lossy decoding of what it refuses,
        // since their String entry points take any text.
        let checked = try? TextLines(validating: bytes)
        let text = checked?.text ?? String(decoding: bytes, as: UTF8.self)
        switch self {
        case .iomem: Self.resourceMap(text, .iomem)
        case .ioports: Self.resourceMap(text, .ioports)
        case .lspci: Self.lspci(text)
        case .config: Self.config(bytes)
        case .pciids: Self.pciIDs(text)
        case .resource: Self.resource(text)
        case .mapYAML: Self.mapYAML(text)
        case .svd: Self.svd(text)
        case .target: Self.target(text)
        }
    }

    private static func resourceMap(_ text: String, _ kind: ResourceMap.Kind) {
        let map = ResourceMap.parse(text, kind: kind)
        let regions = map.allRegions
        for region in regions {
            consume(TerminalSafe.escape(region.name))
            consume(compactSize(region.size))
            consume(region.pciAddress?.display)
            consume(region.contains(region.start) && region.contains(region.end))
        }
        if let first = regions.first { consume(map.regions(named: first.name).count) }
    }

    /// The dump's text format; the decoding of each function's bytes is the `config` target.
    private static func lspci(_ text: String) {
        let dump = LspciDumpParser.parse(text)
        for function in dump.functions {
            consume((function.config.vendorID, function.config.deviceID, function.config.headerType, function.address.display))
        }
        // What hwx writes (`dump --format lspci`) must read back as the same functions.
        let again = LspciDumpParser.parse(LspciDumpWriter.write(dump))
        consume(again.functions.count == dump.functions.count)
    }

    private static func config(_ bytes: [UInt8]) {
        decodeAndRender(address: address, config: ConfigSpace(bytes: bytes))
    }

    private static func pciIDs(_ text: String) {
        let ids = PCIIDs(text: text)
        for (vendor, v) in ids.vendors {
            consume(ids.vendorName(vendor))
            for (device, d) in v.devices {
                consume(ids.deviceName(vendor, device))
                for key in d.subsystems.keys {
                    consume(ids.subsystemName(vendor, device, subVendor: UInt16(key >> 16), subDevice: UInt16(key & 0xffff)))
                }
            }
        }
        for (base, c) in ids.classes {
            for (sub, s) in c.subclasses {
                for progIF in s.progIFs.keys { consume(ids.classDescription(UInt32(base) << 16 | UInt32(sub) << 8 | UInt32(progIF))) }
            }
        }
    }

    private static func resource(_ text: String) {
        let bars = BAR.parseResourceFile(text)
        for bar in bars {
            consume(compactSize(bar.size))
            consume((bar.kind, bar.is64Bit, bar.isPrefetchable, bar.isUnassigned, bar.isDisabled, bar.isROM))
        }
        // The header decoders take BAR sizes and bridge windows from these lines.
        for config in [endpointHeader, bridgeHeader] {
            let header = DecodedFunction.decode(address: address, config: config, resources: bars).header
            consume(header.bars.map(\.text))
            consume(header.windows.map(\.text))
        }
    }

    private static func mapYAML(_ text: String) {
        guard let maps = try? RegisterMapParser(file: "fuzz.yaml").parse(text) else { return }
        exercise(maps)
        // What the writer prints must read back (hwx maps import writes files users load).
        _ = try? RegisterMapParser(file: "written.yaml").parse(RegisterMapWriter().yaml(maps))
    }

    private static func svd(_ text: String) {
        guard let maps = try? SVDImporter(file: "fuzz.svd").importMaps(text) else { return }
        exercise(maps)
        _ = try? RegisterMapParser(file: "written.yaml").parse(RegisterMapWriter().yaml(maps))
    }

    private static func target(_ text: String) {
        guard let target = try? TargetParser.parse(text) else { return }
        consume(target.description)
        // The printed form is what hwx shows and journals; it must parse back to the same target.
        if let again = try? TargetParser.parse(target.description) { consume(again == target) }
        consume(target.advanced(by: 4)?.description)
    }

    // MARK: - Shared

    private static let address = PCIAddress(domain: 0, bus: 0, device: 3, function: 0)

    private static func decodeAndRender(address: PCIAddress, config: ConfigSpace, resources: [BAR] = []) {
        let decoded = DecodedFunction.decode(address: address, config: config, resources: resources)
        consume(ShowTextRenderer.lines(decoded, names: PCIIDs(), verbosity: 2))
        consume(decoded.json.render())
    }

    private static func exercise(_ maps: [RegisterMap]) {
        let catalog = RegisterMapCatalog(maps: maps)
        for map in maps {
            consume(map.extent)
            consume(catalog.map(forRegionNamed: map.name)?.name)
            for register in map.registers {
                for value: UInt64 in [0, ~0, 0x5555_5555_5555_5555] {
                    let decoded = register.decode(value)
                    consume(decoded.fieldsLine)
                    consume(decoded.summary)
                }
                consume(map.registers(covering: register.offset).count)
                consume(map.absoluteOffset(of: register) { _ in UInt64.max })
            }
            // Arrays placed on devices whose fields read all-zero and all-one, and looked up by name.
            for raw: UInt64 in [0, ~0] {
                let placed = map.placedRegisters(within: 0x1_0000) { (_: RegisterDefinition) -> UInt64 in raw }
                consume(placed.count)
                for array in map.arrays.prefix(8) {
                    consume(map.register(named: array.elementName(1)) { (_: RegisterDefinition) -> UInt64 in raw }.map { (try? $0.get())?.offset })
                }
            }
            consume(map.registerNames(limit: 64).count)
        }
    }

    /// A type 0 header: 64-bit prefetchable BAR0, I/O BAR2, 32-bit BAR3, expansion ROM.
    private static let endpointHeader: ConfigSpace = {
        var b = [UInt8](repeating: 0, count: 64)
        b[0] = 0x34; b[1] = 0x12; b[2] = 0xe8; b[3] = 0x11; b[0x0b] = 0x01
        b[0x10] = 0x0c; b[0x18] = 0x01; b[0x1c] = 0x00; b[0x30] = 0x01
        return ConfigSpace(bytes: b)
    }()

    /// A type 1 header (PCI-to-PCI bridge) with I/O, memory and prefetchable windows.
    private static let bridgeHeader: ConfigSpace = {
        var b = [UInt8](repeating: 0, count: 64)
        b[0] = 0x86; b[1] = 0x80; b[2] = 0x44; b[3] = 0x24; b[0x0a] = 0x04; b[0x0b] = 0x06; b[0x0e] = 0x01
        b[0x1c] = 0xf1; b[0x1d] = 0x01; b[0x20] = 0xf0; b[0x22] = 0x00; b[0x24] = 0xf1; b[0x26] = 0x01
        b[0x28] = 0xff; b[0x29] = 0xff; b[0x2a] = 0xff; b[0x2b] = 0xff
        return ConfigSpace(bytes: b)
    }()

    /// Keeps a value alive so the optimizer cannot drop the work that made it.
    @inline(never)
    private static func consume<T>(_ value: T) { withExtendedLifetime(value) {} }
}
