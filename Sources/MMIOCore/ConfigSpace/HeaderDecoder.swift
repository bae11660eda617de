/// Decodes the standard header (first 64 bytes; 128 for CardBus) into a `DecodedHeader`.
/// BAR sizes come from sysfs `resource` lines when given (the kernel sized them at boot);
/// config space alone cannot tell a size without writing to the BAR.
public enum HeaderDecoder {
    typealias F = ConfigField

    /// Command register (0x04), PCI Local Bus 3.0 §6.2.2, lspci's names
    /// (`ConfigHeaderLayout`'s `COMMAND`).
    public static func command(_ config: ConfigSpace) -> ConfigRegister? { table(ConfigHeaderLayout.register(setpciName: "COMMAND"), config) }

    /// Status register (0x06), PCI Local Bus 3.0 §6.2.3, lspci's names and order (`STATUS`).
    public static func status(_ config: ConfigSpace) -> ConfigRegister? { table(ConfigHeaderLayout.register(setpciName: "STATUS"), config) }

    /// The header register `layout` decoded from its table (`ConfigTableDecoder`); nil when
    /// there is no such layout, lspci does not show it (`shownWhen`) or its bytes were not read.
    /// Conditions read the `combined` registers by label, others by setpci name.
    static func table(_ layout: ConfigRegisterLayout?, _ config: ConfigSpace) -> ConfigRegister? {
        guard let layout else { return nil }
        let context = ConfigTableContext(config: config, base: 0, layouts: ConfigHeaderLayout.combined)
        guard context.shows(layout) else { return nil }
        return ConfigTableDecoder.register(layout, in: context)
    }

    /// The header register of header type `type` at `offset` with its printed lines (the two
    /// Bridge Control layouts share 0x3e: PCI-to-PCI Bridge 1.2 §3.2.5.18, PC Card 8.0 §4.5.11).
    static func table(at offset: Int, _ type: ConfigHeaderType, _ config: ConfigSpace) -> ConfigRegister? {
        table(ConfigHeaderLayout.registers.first { $0.offset == offset && !$0.printed.isEmpty && ($0.headerTypes?.contains(type) ?? true) }, config)
    }

    /// Latency timer (0x0d) and cache line size (0x0c, in dwords); for type 0 headers also
    /// Min_Gnt (0x3e) and Max_Lat (0x3f), in units of 250 ns (PCI 3.0 §6.2.4).
    static func latency(_ config: ConfigSpace) -> ConfigRegister? {
        config.register("Latency", at: 0x0c, width: 2) { r in
            var line = [F.number("LatencyTimer", r, low: 8, count: 8) { "\($0)" }]
            if config.header == .endpoint, let grant = config.u8(0x3e), let latency = config.u8(0x3f), grant != 0 || latency != 0 {
                line.append(F.derived("MinGnt/MaxLat", raw: UInt64(grant) | UInt64(latency) << 8, value: .text("\(Int(grant) * 250)ns min, \(Int(latency) * 250)ns max"),
                                      text: "(\(Int(grant) * 250)ns min, \(Int(latency) * 250)ns max)"))
            }
            if r & 0xff != 0 {
                line[line.count - 1] = line[line.count - 1].printed(line[line.count - 1].text + ",")
                line.append(F.number("CacheLineSize", r, low: 0, count: 8, decode: { $0 * 4 }) { "Cache Line Size: \($0) bytes" })
            }
            return [line]
        }
    }

    /// Decodes the header. `resources` are the sysfs `resource` lines (index 0-5 BARs, 6 ROM).
    public static func decode(_ config: ConfigSpace, resources: [BAR] = []) -> DecodedHeader {
        let headerByte = config.u8(0x0e)
        let type = headerByte.map { $0 & 0x7f }
        let commandValue = config.u16(0x04) ?? 0
        var regs: [ConfigRegister?] = [command(config), status(config), latency(config), table(ConfigHeaderLayout.combined("Interrupt"), config),
                                       ConfigHeaderLayout.register(setpciName: "BIST").flatMap { ConfigTableDecoder.register($0, base: 0, in: config) }]
        func size(_ index: Int) -> UInt64? {
            resources.first { $0.index == index && $0.isUsed && $0.invalidReason == nil }?.size
        }
        func invalid(_ index: Int) -> String? {
            resources.first { $0.index == index }?.invalidReason
        }
        var bars: [DecodedBAR] = []
        let barCount = type == 0 ? 6 : type == 1 ? 2 : type == 2 ? 1 : 0
        var i = 0
        while i < barCount {
            let offset = 0x10 + 4 * i
            guard let low = config.u32(offset) else { break }
            if low == 0 { i += 1; continue }
            if low & 1 == 1 {
                bars.append(DecodedBAR(index: i, offset: offset, kind: .io, is64Bit: false, isPrefetchable: false, raw: UInt64(low),
                                       address: UInt64(low & ~3), size: size(i), isEnabled: commandValue & 1 == 1, invalidReason: invalid(i)))
                i += 1
                continue
            }
            let is64 = (low >> 1) & 3 == 2
            var raw = UInt64(low)
            if is64, i + 1 < barCount, let high = config.u32(offset + 4) { raw |= UInt64(high) << 32 }
            bars.append(DecodedBAR(index: i, offset: offset, kind: .memory, is64Bit: is64, isPrefetchable: low & 8 != 0, raw: raw,
                                   address: raw & ~0xf, size: size(i), isEnabled: commandValue & 2 == 2, invalidReason: invalid(i)))
            i += is64 ? 2 : 1
        }
        var rom: DecodedBAR?
        let romOffset = type == 0 ? 0x30 : type == 1 ? 0x38 : nil
        if let romOffset, let v = config.u32(romOffset), v & ~0x7ff != 0 || v & 1 == 1 {
            rom = DecodedBAR(index: 6, offset: romOffset, kind: .rom, is64Bit: false, isPrefetchable: false, raw: UInt64(v),
                             address: UInt64(v & ~0x7ff), size: size(6), isEnabled: v & 1 == 1, invalidReason: invalid(6))
        }
        var windows: [DecodedWindow] = []
        var subsystemVendor: UInt16?, subsystemDevice: UInt16?
        switch type {
        case 0:
            subsystemVendor = config.u16(0x2c)
            subsystemDevice = config.u16(0x2e)
        case 1:
            regs.append(table(ConfigHeaderLayout.combined("Bus"), config))
            windows = bridgeWindows(config)
            regs.append(table(at: 0x1e, .pciBridge, config))
            regs.append(table(at: 0x3e, .pciBridge, config))
        case 2:
            subsystemVendor = config.u16(0x40)
            subsystemDevice = config.u16(0x42)
            regs.append(table(ConfigHeaderLayout.combined("Bus"), config))
            // PC Card 8.0 §4.5: two memory windows (4K granular) and two I/O windows (4-byte granular).
            let bridgeControlValue = config.u16(0x3e) ?? 0
            for (n, off) in [0x1c, 0x24].enumerated() {
                if let base = config.u32(off), let limit = config.u32(off + 4) {
                    let prefetch = bridgeControlValue & (0x100 << UInt16(n)) != 0
                    windows.append(DecodedWindow(kind: .memory, base: UInt64(base & ~0xfff), limit: UInt64(limit) | 0xfff,
                                                 addressBits: 32, baseOffset: off, limitOffset: off + 4,
                                                 label: "Memory window \(n)", trailer: prefetch ? "(prefetchable)" : nil, digits: 8))
                }
            }
            for (n, off) in [0x2c, 0x34].enumerated() {
                if let base = config.u32(off), let limit = config.u32(off + 4) {
                    let wide = base & 3 == 1
                    windows.append(DecodedWindow(kind: .io, base: UInt64(base & (wide ? ~3 : 0xfffc)), limit: UInt64(limit & (wide ? ~0 : 0xffff)) | 3,
                                                 addressBits: wide ? 32 : 16, baseOffset: off, limitOffset: off + 4,
                                                 label: "I/O window \(n)", digits: 8))
                }
            }
            regs.append(table(at: 0x3e, .cardBusBridge, config))
            // PC Card 8.0 §4.5.14: the 16-bit PC Card legacy mode base (ExCA registers in I/O
            // space), shown when firmware set it, as lspci does.
            if let legacy = config.u32(0x44), legacy != 0, let r = config.register("Legacy", at: 0x44, width: 4, { r in [[
                F.number("LegacyBase", r, low: 0, count: 32) { "16-bit legacy interface ports at " + hex($0, 4) },
            ]] }) {
                regs.append(ConfigRegister(name: r.name, offset: r.offset, width: r.width, raw: r.raw, lines: r.lines, printedName: ""))
            }
        default:
            break
        }
        return DecodedHeader(
            headerType: type, isMultiFunction: (headerByte ?? 0) & 0x80 != 0,
            vendorID: config.vendorID, deviceID: config.deviceID, revision: config.u8(0x08),
            classCode: config.u32(0x08).map { $0 >> 8 },
            subsystemVendorID: subsystemVendor, subsystemDeviceID: subsystemDevice,
            registers: regs.compactMap { $0 }, bars: bars, rom: rom, windows: windows)
    }

    /// I/O, memory and prefetchable windows of a type 1 header.
    static func bridgeWindows(_ config: ConfigSpace) -> [DecodedWindow] {
        var windows: [DecodedWindow] = []
        if let ioBase = config.u8(0x1c), let ioLimit = config.u8(0x1d) {
            let wide = ioBase & 0xf == 1
            var base = UInt64(ioBase & 0xf0) << 8
            var limit = UInt64(ioLimit & 0xf0) << 8 | 0xfff
            if wide, let upperBase = config.u16(0x30), let upperLimit = config.u16(0x32) {
                base |= UInt64(upperBase) << 16
                limit |= UInt64(upperLimit) << 16
            }
            windows.append(DecodedWindow(kind: .io, base: base, limit: limit, addressBits: wide ? 32 : 16, baseOffset: 0x1c, limitOffset: 0x1d))
        }
        if let memBase = config.u16(0x20), let memLimit = config.u16(0x22) {
            windows.append(DecodedWindow(kind: .memory, base: UInt64(memBase & 0xfff0) << 16, limit: UInt64(memLimit & 0xfff0) << 16 | 0xfffff,
                                         addressBits: 32, baseOffset: 0x20, limitOffset: 0x22))
        }
        if let pBase = config.u16(0x24), let pLimit = config.u16(0x26) {
            let wide = pBase & 0xf == 1
            var base = UInt64(pBase & 0xfff0) << 16
            var limit = UInt64(pLimit & 0xfff0) << 16 | 0xfffff
            if wide, let upperBase = config.u32(0x28), let upperLimit = config.u32(0x2c) {
                base |= UInt64(upperBase) << 32
                limit |= UInt64(upperLimit) << 32
            }
            windows.append(DecodedWindow(kind: .prefetchable, base: base, limit: limit, addressBits: wide ? 64 : 32, baseOffset: 0x24, limitOffset: 0x26))
        }
        return windows
    }
}
