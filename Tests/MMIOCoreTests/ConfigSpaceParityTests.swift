#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MMIOCore

/// Parity with Debian's lspci: runs `/usr/bin/lspci -F <dump> -vvv` on our dumps (the q35
/// fixtures in lspci format, hand-made dumps exercising every decoder, broken chains) and
/// compares per function: the set of (space, capability ID, offset), LnkCap/LnkSta speed and
/// width, DevCtl MaxPayload/MaxReadReq, MSI/MSI-X enable and count, and every AER status bit
/// lspci prints. Every difference must be listed in `explained` with the reason; an
/// unexplained difference, or an explained one that no longer happens, fails the test.
@Suite struct ConfigSpaceParityTests {
    static let lspci = "/usr/bin/lspci"
    static let dumps = ["q35.lspci", "q35-nonroot.lspci", "decoders.lspci", "broken.lspci"]

    /// Differences that are deliberate, with why. Key: "file address what".
    static let explained: [String: String] = [
        "broken.lspci 00:11.0 capabilities":
            "ours: a next pointer of 0x20 points into the standard header, so hwx ends the walk with <chain broken> " +
            "(PCI 3.0 §6.7: capabilities live at 0x40 and above); lspci reads header bytes 0x20.. as a capability and lists `[20] Null`",
    ]

    /// Flag differences that are deliberate. Key: a suffix of "cap ID@OFF Register.Flag".
    static let explainedFlags: [String: String] = [
        "McastCap.Enable": "lspci prints McastCtl on the McastCap line, so its `Enable-` lands under McastCap; hwx keeps it in McastCtl (compared there as McastCtl.Enable is not printed separately by lspci)",
    ]

    struct Observed {
        var capabilities = Set<String>()
        var fields: [String: String] = [:]
        /// Every `Name+`/`Name-` token lspci prints, keyed by where: "cap 10@60 DevCtl.ExtTag".
        var flags: [String: String] = [:]
    }

    /// `Name+` / `Name-` tokens in printed text (trailing `,`/`;` dropped), stem → sign.
    static func flagTokens(_ texts: [String]) -> [(String, String)] {
        var out: [(String, String)] = []
        for text in texts {
            for raw in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                var t = Substring(raw)
                while t.last == "," || t.last == ";" { t = t.dropLast() }
                guard t.count >= 2, let sign = t.last, sign == "+" || sign == "-" else { continue }
                let stem = t.dropLast()
                guard stem.allSatisfy({ $0.isLetter || $0.isNumber || "_<>.-/".contains($0) }), stem.first?.isLetter == true || stem.first == "<" || stem.first == ">" else { continue }
                out.append((String(stem), String(sign)))
            }
        }
        return out
    }

    @Test func lspciAgreesWithOurDecodersOnEveryDump() throws {
        guard access(Self.lspci, X_OK) == 0 else {
            Issue.record("\(Self.lspci) is missing: install pciutils (apt-get install pciutils; .ci/run does) to run the lspci parity test")
            return
        }
        var functions = 0, fieldsCompared = 0, flagsCompared = 0
        var seenExplainedFlags = Set<String>()
        var mismatches: [String] = []
        var seenExplained = Set<String>()
        for file in Self.dumps {
            let path = ShowFixturesPath.dumps + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let theirs = Self.parseLspci(try Self.run(Self.lspci, ["-F", path, "-vvv"]))
            for function in LspciDumpParser.parse(text).functions {
                let key = function.address.display
                guard let lspciView = theirs[key] else {
                    mismatches.append("\(file) \(key): lspci printed no such function")
                    continue
                }
                functions += 1
                let ours = Self.observe(DecodedFunction.decode(address: function.address, config: function.config))
                let capKey = "\(file) \(key) capabilities"
                fieldsCompared += 1
                if ours.capabilities != lspciView.capabilities {
                    if Self.explained[capKey] != nil {
                        seenExplained.insert(capKey)
                    } else {
                        mismatches.append("\(capKey): ours \(ours.capabilities.sorted()) lspci \(lspciView.capabilities.sorted())")
                    }
                }
                for (name, sign) in lspciView.flags.sorted(by: { $0.key < $1.key }) {
                    flagsCompared += 1
                    let flagKey = "\(file) \(key) flag \(name)"
                    if ours.flags[name] != sign {
                        let reason = Self.explainedFlags.first { name.hasSuffix($0.key) || name.contains($0.key) }
                        if let reason {
                            seenExplainedFlags.insert(reason.key)
                        } else {
                            mismatches.append("\(flagKey): ours \(ours.flags[name] ?? "absent") lspci \(sign)")
                        }
                    }
                }
                for (name, value) in lspciView.fields.sorted(by: { $0.key < $1.key }) {
                    fieldsCompared += 1
                    let fieldKey = "\(file) \(key) \(name)"
                    if ours.fields[name] != value {
                        if Self.explained[fieldKey] != nil {
                            seenExplained.insert(fieldKey)
                        } else {
                            mismatches.append("\(fieldKey): ours \(ours.fields[name] ?? "absent") lspci \(value)")
                        }
                    }
                }
            }
        }
        let stale = Set(Self.explained.keys).subtracting(seenExplained).union(Set(Self.explainedFlags.keys).subtracting(seenExplainedFlags))
        print("lspci parity: \(functions) functions, \(fieldsCompared) fields and \(flagsCompared) +/- flags compared, \(mismatches.count) unexplained mismatches, \(seenExplained.count + seenExplainedFlags.count) explained")
        for key in seenExplainedFlags.sorted() { print("  explained flag \(key): \(Self.explainedFlags[key]!)") }
        for key in seenExplained.sorted() { print("  explained: \(key): \(Self.explained[key]!)") }
        #expect(functions >= 35, "every dump's functions are compared")
        #expect(mismatches.isEmpty, Comment(rawValue: "unexplained differences from lspci:\n" + mismatches.joined(separator: "\n")))
        #expect(stale.isEmpty, Comment(rawValue: "explained mismatches that no longer occur (remove them): \(stale.sorted())"))
    }

    /// The comparison is only as good as the lspci parser: check it extracts what lspci printed.
    @Test func lspciParserExtractsTheComparedFields() throws {
        guard access(Self.lspci, X_OK) == 0 else {
            Issue.record("\(Self.lspci) is missing: install pciutils")
            return
        }
        let view = try #require(Self.parseLspci(try Self.run(Self.lspci, ["-F", ShowFixturesPath.dumps + "/decoders.lspci", "-vvv"]))["00:01.0"])
        #expect(view.capabilities.isSuperset(of: ["cap 0d@40", "cap 01@48", "cap 05@50", "cap 10@60", "ecap 01@100", "ecap 0d@148", "ecap 05@240"]))
        #expect(view.fields["cap 10@60 LnkCap.Speed"] == "16GT/s")
        #expect(view.fields["cap 10@60 LnkCap.Width"] == "x8")
        #expect(view.fields["cap 10@60 LnkSta.Width"] == "x4")
        #expect(view.fields["cap 10@60 DevCtl.MaxPayload"] == "256 bytes")
        #expect(view.fields["cap 10@60 DevCtl.MaxReadReq"] == "512 bytes")
        #expect(view.fields["cap 05@50 Count"] == "Count=1/1")
        #expect(view.fields["cap 05@50 Enable"] == "-")
        #expect(view.fields["ecap 01@100 UESta.TLP"] == "+")
        #expect(view.fields["ecap 01@100 CESta.BadDLLP"] == "+")
        #expect(view.fields["ecap 01@100 CESta.RxErr"] == "-")
        #expect(view.flags["cap 10@60 SltCap.HotPlug"] == "+")
        #expect(view.flags["cap 10@60 SltSta.PresDet"] == "+", "Status: and Changed: both carry PresDet; the last one printed wins")
        #expect(view.flags["header BridgeCtl.VGA16"] == "+")
        #expect(view.flags["header Control.BusMaster"] == "+")
        #expect(view.flags["ecap 0d@148 ACSCap.DirectTrans"] == "+")
        let endpoint = try #require(Self.parseLspci(try Self.run(Self.lspci, ["-F", ShowFixturesPath.dumps + "/decoders.lspci", "-vvv"]))["00:00.0"])
        #expect(endpoint.fields["cap 10@70 LnkSta.Width"] == "x8", "lspci's '(downgraded)' is not part of the width")
        #expect(endpoint.fields["cap 11@b0 Count"] == "Count=32")
    }

    /// What we decode, in the same vocabulary the lspci parser produces.
    static func observe(_ d: DecodedFunction) -> Observed {
        var o = Observed()
        for cap in d.capabilities { o.capabilities.insert(capabilityKey(.standard, cap.id, cap.offset)) }
        for cap in d.extendedCapabilities { o.capabilities.insert(capabilityKey(.extended, cap.id, cap.offset)) }
        for r in d.header.registers where r.name == "Control" || r.name == "Status" || r.name == "BridgeCtl" || r.name == "Secondary status" {
            for (stem, sign) in flagTokens(r.lines.flatMap { $0.map(\.text) }) { o.flags["header \(r.name).\(stem)"] = sign }
        }
        for cap in d.allCapabilities {
            let at = capabilityKey(cap.space, cap.id, cap.offset)
            for r in cap.registers {
                let group = r.name.prefix { $0 != " " }
                for (stem, sign) in flagTokens(r.lines.flatMap { $0.map(\.text) }) { o.flags[at + " \(group).\(stem)"] = sign }
            }
            switch (cap.space, cap.id) {
            case (.standard, 0x10):
                for reg in ["LnkCap", "LnkSta"] {
                    guard let r = cap.register(reg) else { continue }
                    if case .text(let s)? = r.field("Speed")?.value { o.fields[at + " \(reg).Speed"] = s }
                    if case .number(let n)? = r.field("Width")?.value { o.fields[at + " \(reg).Width"] = "x\(n)" }
                }
                if let r = cap.register("DevCtl") {
                    for name in ["MaxPayload", "MaxReadReq"] {
                        if case .number(let n)? = r.field(name)?.value { o.fields[at + " DevCtl.\(name)"] = "\(n) bytes" }
                    }
                }
            case (.standard, 0x05), (.standard, 0x11):
                if let e = cap.headline.first(where: { $0.name == "Enable" })?.isSet { o.fields[at + " Enable"] = e ? "+" : "-" }
                if let c = cap.headline.first(where: { $0.name == "Count" }) { o.fields[at + " Count"] = c.text }
            case (.extended, 0x01):
                for reg in ["UESta", "CESta"] {
                    for f in cap.register(reg)?.fields ?? [] { o.fields[at + " \(reg).\(f.name)"] = f.isSet == true ? "+" : "-" }
                }
            default: break
            }
        }
        return o
    }

    static func capabilityKey(_ space: DecodedCapability.Space, _ id: UInt16, _ offset: Int) -> String {
        (space == .standard ? "cap " : "ecap ") + hex(id, 2) + "@" + hex(offset, 2)
    }

    /// lspci's capability titles (as printed by lspci 3.9 with -vvv) to capability IDs.
    static func capabilityID(title: String, extended: Bool) -> UInt16? {
        if extended {
            if title.hasPrefix("Extended Capability ID 0x") {
                return UInt16(title.dropFirst("Extended Capability ID 0x".count).prefix { $0.isHexDigit }, radix: 16)
            }
            let table: [(String, UInt16)] = [
                ("Advanced Error Reporting", 0x01), ("Virtual Channel", 0x02), ("Device Serial Number", 0x03),
                ("Power Budgeting", 0x04), ("Root Complex Link", 0x05), ("Root Complex Internal Link Control", 0x06),
                ("Root Complex Event Collector Endpoint Association", 0x07), ("Multi-Function Virtual Channel", 0x08),
                ("Vendor Specific Information", 0x0b), ("Access Control Services", 0x0d),
                ("Alternative Routing-ID Interpretation", 0x0e), ("Address Translation Service", 0x0f),
                ("Single Root I/O Virtualization", 0x10), ("Multicast", 0x12), ("Page Request Interface", 0x13),
                ("Physical Resizable BAR", 0x15), ("Transaction Processing Hints", 0x17), ("Latency Tolerance Reporting", 0x18),
                ("Secondary PCI Express", 0x19), ("Process Address Space ID", 0x1b), ("Downstream Port Containment", 0x1d),
                ("L1 PM Substates", 0x1e), ("Precision Time Measurement", 0x1f), ("Designated Vendor-Specific", 0x23),
                ("VF Resizable BAR", 0x24), ("Data Link Feature", 0x25), ("Physical Layer 16.0 GT/s", 0x26),
                ("Lane Margining at the Receiver", 0x27), ("Physical Layer 32.0 GT/s", 0x2a),
            ]
            return table.first { title.hasPrefix($0.0) }?.1
        }
        let table: [(String, UInt16)] = [
            ("Null", 0x00), ("Power Management", 0x01), ("AGP", 0x02), ("Vital Product Data", 0x03), ("Slot ID", 0x04),
            ("MSI-X", 0x11), ("MSI", 0x05), ("CompactPCI hot-swap", 0x06), ("PCI-X", 0x07), ("HyperTransport", 0x08),
            ("Vendor Specific Information", 0x09), ("Debug port", 0x0a), ("CompactPCI central resource control", 0x0b),
            ("Hot-plug capable", 0x0c), ("Subsystem", 0x0d), ("Express", 0x10), ("SATA HBA", 0x12),
            ("PCI Advanced Features", 0x13), ("Enhanced Allocation", 0x14), ("Flattening Portal Bridge", 0x15),
        ]
        if title.hasPrefix("#") { return UInt16(title.dropFirst().prefix { $0.isHexDigit }, radix: 16) }
        return table.first { title.hasPrefix($0.0) }?.1
    }

    /// lspci -vvv text → per function (keyed by lspci's address spelling) what we compare.
    static func parseLspci(_ text: String) -> [String: Observed] {
        var result: [String: Observed] = [:]
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let first = lines.first, !first.hasPrefix("\t") else { continue }
            let address = String(first.prefix { $0 != " " })
            var o = Observed()
            var current: String?
            var currentID: UInt16?
            var currentExtended = false
            var register: String?
            var headerRegister: String?
            for line in lines.dropFirst() {
                if current == nil, line.hasPrefix("\t"), !line.hasPrefix("\tCapabilities:") {
                    // Header lines: "\tControl: ...", continuation "\t\t..." (BridgeCtl's second line).
                    if !line.hasPrefix("\t\t") { headerRegister = String(line.dropFirst().prefix { $0 != ":" }) }
                    if let h = headerRegister, ["Control", "Status", "BridgeCtl", "Secondary status"].contains(h) {
                        let body = line.hasPrefix("\t\t") ? line : String(line.drop { $0 != ":" }.dropFirst())
                        for (stem, sign) in flagTokens([body]) { o.flags["header \(h).\(stem)"] = sign }
                    }
                }
                if line.hasPrefix("\tCapabilities: [") {
                    register = nil
                    let tag = line.dropFirst("\tCapabilities: [".count).prefix { $0 != "]" }
                    let title = String(line.drop { $0 != "]" }.dropFirst(2))
                    let parts = tag.split(separator: " ")
                    guard let offset = Int(parts[0], radix: 16), !title.hasPrefix("<") else { current = nil; continue }
                    currentExtended = parts.count > 1
                    currentID = capabilityID(title: title, extended: currentExtended)
                    guard let id = currentID else {
                        o.capabilities.insert("unknown title: " + title)
                        current = nil
                        continue
                    }
                    let key = capabilityKey(currentExtended ? .extended : .standard, id, offset)
                    o.capabilities.insert(key)
                    current = key
                    if !currentExtended && (id == 0x05 || id == 0x11) {
                        let tokens = title.split(separator: " ")
                        if let e = tokens.first(where: { $0.hasPrefix("Enable") }) { o.fields[key + " Enable"] = String(e.suffix(1)) }
                        if let c = tokens.first(where: { $0.hasPrefix("Count=") }) { o.fields[key + " Count"] = String(c) }
                    }
                    continue
                }
                guard let key = current, let id = currentID else { continue }
                let body = line.trimmingWhitespace()
                if line.hasPrefix("\t\t") && !line.hasPrefix("\t\t\t") {
                    register = String(body.prefix { $0 != ":" })
                }
                if let reg = register {
                    let text = line.hasPrefix("\t\t\t") ? body : String(body.dropFirst(reg.count + 1))
                    let group = reg.prefix { $0 != " " }
                    for (stem, sign) in flagTokens([text]) { o.flags[key + " \(group).\(stem)"] = sign }
                }
                if !currentExtended && id == 0x10 {
                    if register == "LnkCap" || register == "LnkSta", body.hasPrefix(register! + ":") || body.hasPrefix("Speed") {
                        for item in body.split(separator: ",") {
                            let t = item.trimmingWhitespace()
                            let name = t.hasPrefix("LnkCap:") || t.hasPrefix("LnkSta:") ? String(t.drop { $0 != "\t" && $0 != " " }).trimmingWhitespace() : t
                            let clean = name.split(separator: " ").prefix(2).joined(separator: " ")
                            if clean.hasPrefix("Speed ") { o.fields[key + " \(register!).Speed"] = String(clean.dropFirst(6)) }
                            if clean.hasPrefix("Width ") { o.fields[key + " \(register!).Width"] = String(clean.dropFirst(6)) }
                        }
                    }
                    if register == "DevCtl", body.hasPrefix("MaxPayload") {
                        for item in body.split(separator: ",") {
                            let words = item.trimmingWhitespace().split(separator: " ")
                            if words.count == 3 { o.fields[key + " DevCtl.\(words[0])"] = "\(words[1]) \(words[2])" }
                        }
                    }
                }
                if currentExtended && id == 0x01, let reg = register, reg == "UESta" || reg == "CESta" {
                    for token in body.dropFirst(reg.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }) where token.hasSuffix("+") || token.hasSuffix("-") {
                        o.fields[key + " \(reg).\(token.dropLast())"] = String(token.suffix(1))
                    }
                }
            }
            result[address] = o
        }
        return result
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Where Tests/Fixtures/dumps is, from this file's path.
enum ShowFixturesPath {
    static let dumps: String = Fixtures.directory + "/dumps"
}
