#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MMIOCore

/// setpci is the oracle for named config registers: on every function of every dump the
/// project has (Tests/Fixtures/dumps/*.lspci and dumps/pciutils/*.lspci, plus the machine roots and QEMU captures turned
/// into dumps), `setpci -A dump -O dump.name=FILE -s BDF NAME…` must print exactly the values
/// hwx resolves and reads for the same names: every header register setpci names, every
/// capability the function has (by name, by `CAPid`, every instance, at several offsets and
/// widths, and every register hwx describes as data), and an absent capability must be an
/// error for both.
@Suite struct SetpciOracleTests {
    static let setpci = "/usr/bin/setpci"

    /// Differences that are deliberate. Key: "file address name".
    static let explained: [String: String] = [
        "decoders.lspci 00:04.0 CAP_PM": "libpci reads the capability pointer at 0x34 for every header type, so setpci finds no capabilities on a CardBus bridge; " +
            "hwx reads it at 0x14 as PC Card 8.0 §4.5 places it for type 2 headers (and as lspci does)",
        "decoders.lspci 00:04.0 CAP1": "the same CardBus capability pointer (0x14, not 0x34)",
        "pciutils/tree-fujitsu-p8010.lspci 1c:03.0 CAP_PM": "the same on a real CardBus bridge (O2 Micro OZ711SP1): its PM capability is at 0xa0, reached through 0x14",
        "pciutils/tree-fujitsu-p8010.lspci 1c:03.0 CAP1": "the same CardBus capability pointer (0x14, not 0x34)",
    ]

    /// The explanation for a mismatch on `name`: keyed by the name up to its first `+`, `.` or `@`.
    static func explanation(_ label: String, _ bdf: String, _ name: String) -> String? {
        let stem = name.prefix { $0 != "+" && $0 != "." && $0 != "@" }
        return explained["\(label) \(bdf) \(stem)"].map { _ in "\(label) \(bdf) \(stem)" }
    }

    struct Corpus {
        let label: String
        let path: String
        let dump: LspciDump
    }

    /// The dumps, and every machine root and capture written out as a dump.
    static func corpus(in scratch: String) throws -> [Corpus] {
        var out: [Corpus] = []
        // The project's own dumps, then pciutils/ (real machines' register values, see its README).
        for (directory, prefix) in [(Fixtures.directory + "/dumps", ""), (Fixtures.directory + "/dumps/pciutils", "pciutils/")] {
            for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where file.hasSuffix(".lspci") {
                let path = directory + "/" + file
                out.append(Corpus(label: prefix + file, path: path, dump: LspciDumpParser.parse(try String(contentsOfFile: path, encoding: .utf8))))
            }
        }
        for root in ["q35", "q35-nodrivers", "q35-nonroot", "captures/snapshot-q35", "captures/snapshot-q35-nodrivers"] {
            let machine = Machine.load(root: Fixtures.root(root), names: false)
            let text = machine.functions.map { LspciDumpWriter.write(address: $0.address, description: "function", config: $0.config) }.joined()
            let path = scratch + "/" + root.replacingOccurrences(of: "/", with: "-") + ".lspci"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            out.append(Corpus(label: root, path: path, dump: LspciDumpParser.parse(text)))
        }
        return out
    }

    static func widthSuffix(_ w: AccessWidth) -> String { w == .bits8 ? "b" : w == .bits16 ? "w" : "l" }

    /// The names asked of one function: what both tools must answer with a value.
    static func names(for config: ConfigSpace) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for layout in ConfigHeaderLayout.registers {
            guard let n = layout.setpciName, seen.insert(n).inserted else { continue }
            names.append(n)
        }
        names += ["VENDOR_ID.l", "COMMAND.b", "COMMAND+1.b", "CLASS_DEVICE+1.b", "command", "Base_Address_0.w"]
        let standard = CapabilityWalker.standard(config)
        let express = standard.entries.first { $0.id == 0x10 }
        let portType = express.flatMap { config.u16($0.offset + 2) }.flatMap { ExpressPortType(rawValue: UInt8(($0 >> 4) & 0xf)) }
        func forms(_ base: String, _ capOffset: Int, _ layouts: [ConfigRegisterLayout], instance: Int, extended: Bool) {
            let at = instance > 0 ? "@\(instance)" : ""
            names.append(base + ".l" + at)
            names.append(base + ".b" + at)
            names.append(base + "+2.w" + at)
            if capOffset + 8 <= 4096 { names.append(base + "+4.l" + at) }
            for l in layouts where capOffset + l.offset + l.width.bytes <= 4096 {
                names.append(base + "+0x\(hex(l.offset, 1)).\(widthSuffix(l.width))" + at)
            }
        }
        var count: [UInt16: Int] = [:]
        for e in standard.entries {
            let i = count[e.id, default: 0]
            count[e.id] = i + 1
            let id = UInt8(e.id)
            let layouts = CapabilityLayouts.registers(standard: id, base: e.offset, in: config, portType: portType)
            forms(StandardCapabilityID(rawValue: id)?.setpciName ?? "CAP\(hex(id, 2))", e.offset, layouts, instance: i, extended: false)
            names.append("CAP\(hex(id, 1)).w" + (i > 0 ? "@\(i)" : ""))
        }
        if express != nil {
            count = [:]
            for e in CapabilityWalker.extended(config).entries {
                let i = count[e.id, default: 0]
                count[e.id] = i + 1
                let layouts = CapabilityLayouts.registers(extended: e.id, base: e.offset, in: config, portType: portType)
                forms(ExtendedCapabilityID(rawValue: e.id)?.setpciName ?? "ECAP\(hex(e.id, 4))", e.offset, layouts, instance: i, extended: true)
                names.append("ECAP\(hex(e.id, 1)).l" + (i > 0 ? "@\(i)" : ""))
            }
        }
        return names
    }

    /// hwx's answer for one name: the value as setpci prints it, or "error".
    static func ours(_ name: String, _ config: ConfigSpace, _ address: PCIAddress) -> String {
        guard let parsed = try? ConfigRegisterName.parse(name),
              let resolved = try? ConfigNameResolver.resolve(parsed, in: config, function: address),
              let value = config.value(at: resolved.offset, width: resolved.width.bytes) else { return "error" }
        return hex(value, resolved.width.hexDigits)
    }

    @Test func setpciReadsWhatHwxResolvesOnEveryFunction() throws {
        guard access(Self.setpci, X_OK) == 0 else {
            Issue.record("\(Self.setpci) is missing: install pciutils (apt-get install pciutils; .ci/run does) to run the setpci oracle test")
            return
        }
        let scratch = TemporaryDirectory()
        var functions = 0, compared = 0, absentCompared = 0
        var mismatches: [String] = []
        var seenExplained = Set<String>()
        for item in try Self.corpus(in: scratch.path) {
            for function in item.dump.functions {
                functions += 1
                let bdf = function.address.display
                let names = Self.names(for: function.config)
                let expected = names.map { Self.ours($0, function.config, function.address) }
                // setpci stops at the first name it cannot answer: ask for the ones hwx answers, in one run.
                let answerable = zip(names, expected).filter { $0.1 != "error" }
                let (out, err, status) = try Self.run(Self.setpci, ["-A", "dump", "-O", "dump.name=\(item.path)", "-s", bdf] + answerable.map(\.0))
                let lines = out.split(separator: "\n").map(String.init)
                for (i, (name, value)) in answerable.enumerated() {
                    compared += 1
                    let theirs = i < lines.count ? lines[i] : "error: " + err.trimmingCharacters(in: .whitespacesAndNewlines)
                    if theirs != value {
                        if let key = Self.explanation(item.label, bdf, name) { seenExplained.insert(key) } else { mismatches.append("\(item.label) \(bdf) \(name): hwx \(value), setpci \(theirs)") }
                    }
                }
                if status != 0 && lines.count >= answerable.count {
                    mismatches.append("\(item.label) \(bdf): setpci failed after answering everything: \(err)")
                }
                // Names hwx refuses: setpci must refuse them too, one run each (header names of
                // other header types: the first of each kind, so the suite stays fast).
                var refusedKinds = Set<String>()
                for (name, value) in zip(names, expected) where value == "error" {
                    if let layout = ConfigHeaderLayout.register(setpciName: name) {
                        guard refusedKinds.insert("\(layout.headerTypes?.sorted() ?? [])").inserted else { continue }
                    }
                    absentCompared += 1
                    let (o, e, s) = try Self.run(Self.setpci, ["-A", "dump", "-O", "dump.name=\(item.path)", "-s", bdf, name])
                    if s == 0 {
                        if let key = Self.explanation(item.label, bdf, name) { seenExplained.insert(key) } else { mismatches.append("\(item.label) \(bdf) \(name): hwx refuses, setpci reads \(o.trimmingCharacters(in: .whitespacesAndNewlines)) \(e)") }
                    }
                }
                // The first capability of each kind the function lacks: an error for both.
                let present = Set(CapabilityWalker.standard(function.config).entries.map(\.id))
                var absent: [String] = []
                if let missing = StandardCapabilityID.allCases.first(where: { $0.setpciName != nil && !present.contains(UInt16($0.rawValue)) }) {
                    absent.append(missing.setpciName! + ".w")
                }
                let extended = present.contains(0x10) ? Set(CapabilityWalker.extended(function.config).entries.map(\.id)) : []
                if let missing = ExtendedCapabilityID.allCases.first(where: { $0.setpciName != nil && !extended.contains($0.rawValue) }) {
                    absent.append(missing.setpciName! + ".l")
                }
                for name in absent {
                    absentCompared += 1
                    let oursRefuses = Self.ours(name, function.config, function.address) == "error"
                    let (o, e, s) = try Self.run(Self.setpci, ["-A", "dump", "-O", "dump.name=\(item.path)", "-s", bdf, name])
                    if !oursRefuses || s == 0 || !e.contains("not found") {
                        mismatches.append("\(item.label) \(bdf) \(name): absent capability: hwx \(oursRefuses ? "refuses" : "reads"), setpci exit \(s) \(o)\(e)")
                    }
                }
            }
        }
        let stale = Set(Self.explained.keys).subtracting(seenExplained)
        print("setpci oracle: \(functions) functions, \(compared) names read by both, \(absentCompared) refusals compared, \(mismatches.count) unexplained mismatches, \(seenExplained.count) explained")
        for key in seenExplained.sorted() { print("  explained: \(key): \(Self.explained[key]!)") }
        #expect(functions >= 60, "every function of every dump, root and capture is compared")
        #expect(mismatches.isEmpty, Comment(rawValue: "hwx and setpci disagree:\n" + mismatches.prefix(60).joined(separator: "\n")))
        #expect(stale.isEmpty, Comment(rawValue: "explained mismatches that no longer occur (remove them): \(stale.sorted())"))
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (String, String, Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
    }
}
