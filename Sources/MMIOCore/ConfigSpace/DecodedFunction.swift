/// Everything hwx decodes from one function's configuration space: the header, both
/// capability lists with their decoded registers, and how each list walk ended. This is the
/// one value `hwx show` (text and JSON) and the TUI's details pane render.
public struct DecodedFunction: Sendable, Equatable {
    public let address: PCIAddress
    /// How many config bytes were available (64: non-root sysfs or `lspci -x`).
    public let configBytes: Int
    public let header: DecodedHeader
    public let capabilities: [DecodedCapability]
    public let extendedCapabilities: [DecodedCapability]
    public let standardEnd: ChainEnd
    public let extendedEnd: ChainEnd

    public init(address: PCIAddress, configBytes: Int, header: DecodedHeader, capabilities: [DecodedCapability],
                extendedCapabilities: [DecodedCapability], standardEnd: ChainEnd, extendedEnd: ChainEnd) {
        self.address = address
        self.configBytes = configBytes
        self.header = header
        self.capabilities = capabilities
        self.extendedCapabilities = extendedCapabilities
        self.standardEnd = standardEnd
        self.extendedEnd = extendedEnd
    }

    /// Decodes `config`; `resources` (sysfs `resource` lines) give BAR sizes when known.
    public static func decode(address: PCIAddress, config: ConfigSpace, resources: [BAR] = []) -> DecodedFunction {
        let standardChain = CapabilityWalker.standard(config)
        var header = HeaderDecoder.decode(config, resources: resources)
        if config.header == .pciBridge, let ssvid = standardChain.entries.first(where: { $0.standardID == .bridgeSubsystemVendorID }),
           let vendor = config.u16(ssvid.offset + 4), let device = config.u16(ssvid.offset + 6) {
            header = header.withSubsystem(vendor: vendor, device: device)
        }
        let express = standardChain.entries.first { $0.standardID == .express }
        let portType = express.flatMap { config.u16($0.offset + 2) }.map { UInt8(($0 >> 4) & 0xf) }
        let context = DecodeContext(config: config, expressPortType: portType)
        let caps = standardChain.entries.map { CapabilityDecoders.decode($0, space: .standard, in: context) }
        // The extended space exists only for PCI Express functions (PCIe Base 6.0 §7.2.2) and
        // PCI-X 2.0 Mode 2 devices (266/533 MHz capable, PCI-X 2.0 §7.2); a conventional
        // function's bytes 0x100+ read as zeros or garbage, so they are walked only then.
        let pcixMode2 = standardChain.entries.contains { entry in
            entry.standardID == .pciX && config.header == .endpoint && (config.u32(entry.offset + 4).map { $0 & 0xc000_0000 != 0 } ?? false)
        }
        let extendedChain: CapabilityChain
        if express != nil || pcixMode2 {
            extendedChain = CapabilityWalker.extended(config)
        } else {
            extendedChain = CapabilityChain(space: .extended, entries: [], end: .absent)
        }
        let ext = extendedChain.entries.map { CapabilityDecoders.decode($0, space: .extended, in: context) }
        return DecodedFunction(address: address, configBytes: config.count, header: header, capabilities: caps,
                               extendedCapabilities: ext, standardEnd: standardChain.end, extendedEnd: extendedChain.end)
    }

    /// Decodes a function enumerated from sysfs (BAR sizes from its `resource` file).
    public static func decode(_ function: PCIFunction) -> DecodedFunction {
        decode(address: function.address, config: function.config, resources: function.resources)
    }

    /// Every capability, standard then extended.
    public var allCapabilities: [DecodedCapability] { capabilities + extendedCapabilities }

    public func capability(_ id: UInt16, space: DecodedCapability.Space = .standard) -> DecodedCapability? {
        (space == .standard ? capabilities : extendedCapabilities).first { $0.id == id }
    }
}
