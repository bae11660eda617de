/// The JSON shape of `hwx show --json` (documented in README, "JSON output of show"):
/// every register with offset, width and raw value, every field with its bit position, raw
/// bits, value and lspci token; capabilities with id, offset, version; how each chain ended.
/// Addresses, IDs and raw values are hex strings; counts, sizes and decoded numbers are numbers.
extension DecodedFunction {
    public var json: JSONValue {
        .object([
            ("address", .string(address.description)),
            ("configBytes", .int(Int64(configBytes))),
            ("header", header.json),
            ("capabilities", .array(capabilities.map(\.json))),
            ("capabilitiesEnd", Self.json(standardEnd)),
            ("extendedCapabilities", .array(extendedCapabilities.map(\.json))),
            ("extendedCapabilitiesEnd", Self.json(extendedEnd)),
        ])
    }

    static func json(_ end: ChainEnd) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("reason", .string(end.code))]
        switch end {
        case .looped(let at): pairs.append(("offset", .hex(UInt64(at), digits: 2)))
        case .broken(let p, _): pairs.append(("offset", .hex(UInt64(p), digits: 2)))
        case .accessDenied(let p, let readable):
            pairs.append(("offset", .hex(UInt64(p), digits: 2)))
            pairs.append(("readableBytes", .int(Int64(readable))))
        default: break
        }
        pairs.append(("explanation", .string(end.explanation)))
        return .object(pairs)
    }
}

extension DecodedHeader {
    public var json: JSONValue {
        func h16(_ v: UInt16?) -> JSONValue { v.map { .hex(UInt64($0), digits: 4) } ?? .null }
        return .object([
            ("headerType", headerType.map { .int(Int64($0)) } ?? .null),
            ("headerTypeName", .string(headerTypeName)),
            ("multiFunction", .bool(isMultiFunction)),
            ("vendorID", h16(vendorID)),
            ("deviceID", h16(deviceID)),
            ("revision", revision.map { .hex(UInt64($0), digits: 2) } ?? .null),
            ("classCode", classCode.map { .hex(UInt64($0), digits: 6) } ?? .null),
            ("subsystemVendorID", h16(subsystemVendorID)),
            ("subsystemDeviceID", h16(subsystemDeviceID)),
            ("registers", .array(registers.map(\.json))),
            ("bars", .array(bars.map(\.json))),
            ("expansionROM", rom?.json ?? .null),
            ("windows", .array(windows.map(\.json))),
        ])
    }
}

extension DecodedBAR {
    public var json: JSONValue {
        .object([
            ("index", .int(Int64(index))),
            ("offset", .hex(UInt64(offset), digits: 2)),
            ("kind", .string(kind.rawValue)),
            ("is64Bit", .bool(is64Bit)),
            ("prefetchable", .bool(isPrefetchable)),
            ("raw", .hex(raw, digits: is64Bit ? 16 : 8)),
            ("address", .hex(address, digits: kind == .io ? 4 : 8)),
            ("size", size.map { .uint($0) } ?? .null),
            ("enabled", .bool(isEnabled)),
            ("text", .string(text)),
        ] + (invalidReason.map { [("invalid", .string($0))] } ?? []))
    }
}

extension DecodedWindow {
    public var json: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("base", .hex(base, digits: kind == .io ? 4 : 8)),
            ("limit", .hex(limit, digits: kind == .io ? 4 : 8)),
            ("enabled", .bool(isEnabled)),
            ("size", invalidReason == nil ? .uint(size) : .null),
            ("addressBits", .int(Int64(addressBits))),
            ("text", .string(text)),
        ] + (invalidReason.map { [("invalid", .string($0))] } ?? []))
    }
}

extension DecodedCapability {
    public var json: JSONValue {
        .object([
            ("space", .string(space.rawValue)),
            ("id", .hex(UInt64(id), digits: space == .standard ? 2 : 4)),
            ("offset", .hex(UInt64(offset), digits: space == .standard ? 2 : 3)),
            ("version", version.map { .int(Int64($0)) } ?? .null),
            ("name", .string(name)),
            ("title", .string(title)),
            ("headline", .array(headline.map(\.json))),
            ("registers", .array(registers.map(\.json))),
            ("notes", .array(notes.map { .string($0) })),
        ])
    }
}

extension ConfigRegister {
    public var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("offset", .hex(UInt64(offset), digits: 2)),
            ("width", .int(Int64(width))),
            ("raw", .hex(raw, digits: min(width, 8) * 2)),
            ("fields", .array(fields.map(\.json))),
        ])
    }
}

extension ConfigField {
    public var json: JSONValue {
        let bits: JSONValue = lowBit.map { low in
            bitCount == 1 ? .string("\(low)") : .string("\(low + bitCount - 1):\(low)")
        } ?? .null
        let v: JSONValue = switch value {
        case .flag(let b): .bool(b)
        case .number(let n): .uint(n)
        case .text(let s): .string(s)
        }
        return .object([
            ("name", .string(name)),
            ("bits", bits),
            ("raw", .hex(raw)),
            ("value", v),
            ("text", .string(text)),
        ])
    }
}
