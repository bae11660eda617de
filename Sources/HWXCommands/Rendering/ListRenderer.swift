import MMIOCore

/// Text and JSON for `hwx list`. Pure: takes a `Machine`, returns the output, so tests
/// compare it against golden text.
public enum ListRenderer {
    // MARK: PCI

    public static func pci(_ machine: Machine, tree: Bool) -> String {
        guard !machine.functions.isEmpty else { return "" }
        guard tree else {
            return machine.functions.map { PCINaming.line($0, machine.names) + "\n" }.joined()
        }
        var out = ""
        for host in machine.hostBridges {
            out += "\(host)\n"
            let top = machine.functions.filter { $0.hostBridge == host && $0.parent == nil }
            appendPCI(top, machine, prefix: "", into: &out)
        }
        // Functions whose parent bridge is not in sysfs (should not happen) stay visible.
        let known = Set(machine.functions.map(\.address))
        let orphans = machine.functions.filter { $0.parent.map { !known.contains($0) } ?? false }
        if !orphans.isEmpty {
            out += "(functions behind bridges not listed in sysfs)\n"
            appendPCI(orphans, machine, prefix: "", into: &out)
        }
        return out
    }

    private static func appendPCI(_ functions: [PCIFunction], _ machine: Machine, prefix: String, into out: inout String) {
        for (i, f) in functions.enumerated() {
            let last = i == functions.count - 1
            var line = PCINaming.line(f, machine.names)
            if f.isBridge, let sec = f.secondaryBus, let sub = f.subordinateBus {
                line += sec == sub ? "  [bus \(hex(sec, 2))]" : "  [bus \(hex(sec, 2))-\(hex(sub, 2))]"
            }
            out += prefix + (last ? "└─ " : "├─ ") + line + "\n"
            appendPCI(machine.children(of: f.address), machine, prefix: prefix + (last ? "   " : "│  "), into: &out)
        }
    }

    public static func pciJSON(_ machine: Machine) -> JSONValue {
        .array(machine.functions.map { functionJSON($0, machine.names) })
    }

    static func functionJSON(_ f: PCIFunction, _ names: PCIIDs) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("address", .string(f.address.description)),
            ("vendor_id", .hex(UInt64(f.vendorID), digits: 4)),
            ("device_id", .hex(UInt64(f.deviceID), digits: 4)),
            ("vendor", .optional(names.vendorName(f.vendorID).map(JSONValue.string))),
            ("device", .optional(names.deviceName(f.vendorID, f.deviceID).map(JSONValue.string))),
            ("class", .hex(UInt64(f.classCode), digits: 6)),
            ("class_name", .optional(names.classDescription(f.classCode).map(JSONValue.string))),
            ("revision", .hex(UInt64(f.revision), digits: 2)),
            ("subsystem_vendor_id", .optional(f.subsystemVendorID.map { .hex(UInt64($0), digits: 4) })),
            ("subsystem_device_id", .optional(f.subsystemDeviceID.map { .hex(UInt64($0), digits: 4) })),
            ("driver", .optional(f.driver.map(JSONValue.string))),
            ("irq", .optional(f.irq.map { .int(Int64($0)) })),
            ("numa_node", .optional(f.numaNode.map { .int(Int64($0)) })),
            ("iommu_group", .optional(f.iommuGroup.map(JSONValue.string))),
            ("parent", .optional(f.parent.map { .string($0.description) })),
            ("host_bridge", .string(f.hostBridge)),
            ("is_bridge", .bool(f.isBridge)),
        ]
        if f.isBridge {
            fields.append(("secondary_bus", .optional(f.secondaryBus.map { .int(Int64($0)) })))
            fields.append(("subordinate_bus", .optional(f.subordinateBus.map { .int(Int64($0)) })))
        }
        fields.append(("config_bytes", .int(Int64(f.config.count))))
        fields.append(("bars", .array(f.bars.filter(\.isUsed).map { barJSON($0, f) })))
        if let rom = f.rom { fields.append(("rom", barJSON(rom, f))) }
        return .object(fields)
    }

    /// A BAR as `list pci --json` gives it; an invalid `resource` line has `"size": null`
    /// and `"invalid"` with the reason.
    static func barJSON(_ bar: BAR, _ f: PCIFunction) -> JSONValue {
        .object([
            ("index", .int(Int64(bar.index))),
            ("type", .string(bar.kind.rawValue)),
            ("start", .hex(bar.start, digits: 8)),
            ("end", .hex(bar.end, digits: 8)),
            ("size", bar.invalidReason == nil ? .uint(bar.size) : .null),
            ("is_64bit", .bool(bar.is64Bit)),
            ("prefetchable", .bool(bar.isPrefetchable)),
            ("unassigned", .bool(bar.isUnassigned)),
            ("resource_file", .bool(f.hasResourceFile(bar.index))),
        ] + (bar.invalidReason.map { [("invalid", .string($0))] } ?? []))
    }

    // MARK: iomem / ioports

    /// Non-root readers see zeros; this note says so (printed on stderr by the command).
    public static func hiddenAddressesNote(_ map: ResourceMap) -> String? {
        guard map.addressesHidden else { return nil }
        return "note: /proc/\(map.kind.rawValue) shows every address as zero to non-root readers; names and nesting are shown, addresses are not. Run as root (sudo hwx list \(map.kind.rawValue)) to see them."
    }

    public static func resources(_ map: ResourceMap, tree: Bool) -> String {
        let digits = map.kind == .iomem ? 8 : 4
        var out = ""
        func range(_ r: ResourceRegion) -> String {
            map.addressesHidden
                ? String(repeating: "?", count: digits) + "-" + String(repeating: "?", count: digits)
                : hex(r.start, digits) + "-" + hex(r.end, digits)
        }
        func size(_ r: ResourceRegion) -> String {
            let s = map.addressesHidden ? "?" : r.invalidReason != nil ? "invalid" : compactSize(r.size)
            return String(repeating: " ", count: max(0, 7 - s.count)) + s
        }
        func invalid(_ r: ResourceRegion) -> String {
            map.addressesHidden ? "" : r.invalidReason.map { "  [invalid: \($0)]" } ?? ""
        }
        func walk(_ nodes: [ResourceRegion], _ trail: [String]) {
            for r in nodes {
                // Names come from the kernel's (or a capture's) text: controls are shown `\xNN`.
                let name = TerminalSafe.escape(r.name)
                if tree {
                    out += String(repeating: "  ", count: trail.count) + range(r) + " " + size(r) + "  " + name + invalid(r) + "\n"
                } else {
                    out += range(r) + " " + size(r) + "  " + (trail + [name]).joined(separator: " > ") + invalid(r) + "\n"
                }
                walk(r.children, trail + [name])
            }
        }
        walk(map.roots, [])
        return out
    }

    public static func resourcesJSON(_ map: ResourceMap) -> JSONValue {
        func node(_ r: ResourceRegion) -> JSONValue {
            .object([
                ("start", map.addressesHidden ? .null : .hex(r.start, digits: map.kind == .iomem ? 8 : 4)),
                ("end", map.addressesHidden ? .null : .hex(r.end, digits: map.kind == .iomem ? 8 : 4)),
                ("size", map.addressesHidden || r.invalidReason != nil ? .null : .uint(r.size)),
                ("name", .string(r.name)),
            ] + (map.addressesHidden ? [] : r.invalidReason.map { [("invalid", .string($0))] } ?? []) + [
                ("children", .array(r.children.map(node))),
            ])
        }
        return .object([
            ("kind", .string(map.kind.rawValue)),
            ("addresses_hidden", .bool(map.addressesHidden)),
            ("regions", .array(map.roots.map(node))),
        ])
    }
}
