#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import HWXCommands
@testable import MMIOCore

/// Whole-corpus parity with Debian's lspci 3.9: for every function of every dump the project
/// has (Tests/Fixtures/dumps/*.lspci, the real machines' dumps in Tests/Fixtures/dumps/pciutils/,
/// and every machine root and QEMU capture under
/// Tests/Fixtures written out as a dump), every whitespace-separated token that
/// `lspci -A dump -O dump.name=FILE -vv -i pci.ids.subset` prints for the function must appear
/// in `hwx show -vv` for the same function, names from the same pci.ids fixture. No fields are
/// chosen: the comparison is lspci's whole text. A token hwx does not print must be listed in
/// `gaps` with the reason; a listed gap that no longer happens fails the test too, so the list
/// only shrinks.
@Suite struct LspciTokenParityTests {
    static let lspci = "/usr/bin/lspci"
    static let pciIDs = HWXProcess.fixtures + "/pci.ids.subset"

    /// Tokens hwx deliberately does not print. Key: "corpus address" → tokens → why.
    static let gaps: [String: (tokens: Set<String>, why: String)] = [
        "broken.lspci 00:11.0": (["Null"],
            "deliberate: a next pointer of 0x20 points into the header; hwx ends the walk with <chain broken> (PCI 3.0 §6.7), lspci decodes header bytes as a `Null` capability"),
        "broken.lspci 00:12.0": (["!!!", "255", "7f", "?", "IRQ", "Interrupt:", "Unknown", "header", "pin", "routed", "to", "type"],
            "deliberate: all-ones config space is a function that does not answer; hwx says so instead of decoding header type 7f and pin ff"),
        "capabilities.lspci 00:00.0": (["<?>"],
            "deliberate: hwx decodes Multi-Function VC (PCIe 6.0 §7.9.2, the VC layout); lspci 3.9 prints `<?>`"),
        "capabilities.lspci 00:02.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
        "captures/snapshot-q35 01:00.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
        "captures/snapshot-q35-nodrivers 01:00.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
        "decoders.lspci 00:00.0": (["4:", "<unassigned>"],
            "deliberate: BAR3 is 64-bit (0x1c-0x23), so 0x20 is its upper half (PCI 3.0 §6.2.5.1); lspci 3.9 also decodes it as an I/O BAR 4 `<unassigned>`"),
        "decoders.lspci 00:01.0": (["0x2a", "<?>", "Capability", "Extended", "ID"],
            "deliberate: hwx names ID 0x2a (Physical Layer 32.0 GT/s, PCIe 6.0 §7.7.7) where lspci 3.9 prints `Extended Capability ID 0x2a`, and decodes PL 16 GT/s, lane margining and DLF where lspci prints `<?>`"),
        "pciutils/cap-dev3.lspci 01:00.0": (["0x2f", "Capability", "Extended", "ID"],
            "deliberate: hwx names ID 0x2f (Device 3, PCIe 6.0 §7.7.9) where lspci 3.9 prints `Extended Capability ID 0x2f`"),
        "pciutils/cap-flitmode.lspci 01:00.0": (["0x2f", "Capability", "Extended", "ID"],
            "deliberate: hwx names ID 0x2f (Device 3, PCIe 6.0 §7.7.9) where lspci 3.9 prints `Extended Capability ID 0x2f`"),
        "pciutils/cap-exp-rev-slot.lspci 01:0a.0": (["(32-bit,", "1:", "<unassigned>", "non-prefetchable)"],
            "deliberate: BAR0 is 64-bit (0x10-0x17), so 0x14 is its upper half (PCI 3.0 §6.2.5.1); lspci 3.9 also decodes it as a 32-bit Region 1 `<unassigned>`"),
        "pciutils/cap-ht.lspci 00:18.0": (["1.4GHz-", "1.6GHz-", "Vend-"],
            "deliberate: hwx reads the whole 16-bit Link Frequency Capability register (HyperTransport 3.10 §7.5.9/§7.6.9; 0xfff5 here); lspci 3.9 prints bits 8-15 (1.4GHz, 1.6GHz, Vend) as clear for every value"),
        "pciutils/cap-phy32.lspci 2e:00.0": (["0x2a", "<?>", "Capability", "Extended", "ID"],
            "deliberate: hwx names ID 0x2a (Physical Layer 32.0 GT/s, PCIe 6.0 §7.7.7) where lspci 3.9 prints `Extended Capability ID 0x2a`, and decodes PL 16 GT/s, lane margining and DLF where lspci prints `<?>`"),
        "pciutils/cap-vendor-virtio.lspci 00:04.0": (["(low-1M,", "3:", "<unassigned>", "<unknown>"],
            "deliberate: BAR2 is 64-bit (0x18-0x1f), so 0x1c is its upper half (PCI 3.0 §6.2.5.1); lspci 3.9 also decodes that dword as Region 3 `<unassigned> (low-1M, …)`. deliberate: virtio cfg_type 8 is VIRTIO_PCI_CAP_SHARED_MEMORY_CFG (virtio 1.2 §4.1.4.7), decoded by hwx; lspci 3.9 says <unknown>"),
        "pciutils/pri-pasid.lspci 6a:01.0": (["3:", "<unassigned>", "I/O", "[disabled]", "ports"],
            "deliberate: BAR0 and BAR2 are 64-bit, so 0x14 and 0x1c are their upper halves (0x0000206f, PCI 3.0 §6.2.5.1); lspci 3.9 also decodes them as Regions 1 and 3 `I/O ports at <unassigned> [disabled]`."),
        "q35 01:00.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
        "q35-nodrivers 01:00.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
        "q35.lspci 01:00.0": (["<unknown>"],
            "deliberate: virtio cfg_type 5 is VIRTIO_PCI_CAP_PCI_CFG (virtio 1.2 §4.1.4.9), printed PCICfg; lspci 3.9 says <unknown>"),
    ]

    struct Item {
        let label: String
        let path: String
        let text: String
    }

    /// Every dump file, then every machine root and capture as a dump written to `scratch`.
    static func corpus(scratch: String) throws -> [Item] {
        var items: [Item] = []
        // The project's own dumps, then pciutils/ (real machines' register values, see its README).
        for (directory, prefix) in [(HWXProcess.fixtures + "/dumps", ""), (HWXProcess.fixtures + "/dumps/pciutils", "pciutils/")] {
            for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where file.hasSuffix(".lspci") {
                let path = directory + "/" + file
                items.append(Item(label: prefix + file, path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            }
        }
        var roots: [String] = []
        for entry in try FileManager.default.contentsOfDirectory(atPath: HWXProcess.fixtures).sorted()
        where FileManager.default.fileExists(atPath: HWXProcess.fixtures + "/" + entry + "/sys/bus/pci/devices") {
            roots.append(entry)
        }
        for entry in try FileManager.default.contentsOfDirectory(atPath: HWXProcess.fixtures + "/captures").sorted()
        where FileManager.default.fileExists(atPath: HWXProcess.fixtures + "/captures/" + entry + "/sys/bus/pci/devices") {
            roots.append("captures/" + entry)
        }
        for root in roots {
            let machine = Machine.load(root: MachineRoot(HWXProcess.fixtures + "/" + root), pciIDs: "/nonexistent")
            let text = machine.functions.map { LspciDumpWriter.write(address: $0.address, description: "function", config: $0.config) }.joined()
            let path = scratch + "/" + root.replacingOccurrences(of: "/", with: "-") + ".lspci"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            items.append(Item(label: root, path: path, text: text))
        }
        return items
    }

    /// Output split into functions (blocks separated by a blank line), keyed by the address
    /// the block starts with.
    static func blocks(_ text: String) -> [(String, String)] {
        text.components(separatedBy: "\n\n").compactMap { block in
            let trimmed = block.drop { $0 == "\n" }
            guard let first = trimmed.split(separator: "\n").first, !first.hasPrefix("\t"), !first.isEmpty else { return nil }
            return (String(first.prefix { $0 != " " }), String(trimmed))
        }
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    @Test func everyTokenLspciPrintsAppearsInHwxOutputOnEveryFunction() throws {
        guard access(Self.lspci, X_OK) == 0 else {
            Issue.record("\(Self.lspci) is missing: the parity test needs Debian's lspci 3.9 (apt-get install pciutils; .ci/run installs it)")
            return
        }
        let names = PCIIDs.load(path: Self.pciIDs)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var functions = 0, complete = 0, total = 0, found = 0
        var missingCounts: [String: Int] = [:]
        var unexplained: [String] = []
        var seenGaps = Set<String>()
        for item in try Self.corpus(scratch: scratch.path) {
            let lspci = try HWXProcess.run(["-A", "dump", "-O", "dump.name=\(item.path)", "-vv", "-i", Self.pciIDs], executable: Self.lspci)
            let (theirs, status) = (lspci.stdout, lspci.status)
            #expect(status == 0, "lspci failed on \(item.label)")
            let dump = LspciDumpParser.parse(item.text)
            let loaded = Machine.fromDump(dump, path: item.path, pciIDs: "/nonexistent")
            let machine = Machine(root: loaded.root, iomem: nil, ioports: nil, functions: loaded.functions, names: names)
            let ours = Dictionary(Self.blocks(try ShowCommand.render(machine: machine, device: nil, verbosity: 2, json: false)), uniquingKeysWith: { a, _ in a })
            let lspciBlocks = Self.blocks(theirs)
            #expect(lspciBlocks.count == dump.functions.count, "lspci printed \(lspciBlocks.count) functions of \(item.label)'s \(dump.functions.count)")
            for (address, block) in lspciBlocks {
                functions += 1
                let key = "\(item.label) \(address)"
                let have = Set(Self.tokens(ours[address] ?? ""))
                let want = Self.tokens(block)
                let missing = want.filter { !have.contains($0) }
                total += want.count
                found += want.count - missing.count
                let missingSet = Set(missing)
                if missingSet.isEmpty { complete += 1 }
                for t in missingSet { missingCounts[t, default: 0] += 1 }
                let allowed = Self.gaps[key]?.tokens ?? []
                if !allowed.isEmpty { seenGaps.insert(key) }
                let extra = missingSet.subtracting(allowed)
                if !extra.isEmpty {
                    unexplained.append("\(key): \(extra.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
                }
                let fixed = allowed.subtracting(missingSet)
                if !fixed.isEmpty { unexplained.append("\(key): listed gaps now printed (remove them): \(fixed.sorted())") }
            }
        }
        let percent = total == 0 ? 0 : Double(found) * 100 / Double(total)
        print("lspci token parity: \(complete)/\(functions) functions carry every token; \(found)/\(total) tokens (\(String(format: "%.2f", percent))%)")
        for (token, count) in missingCounts.sorted(by: { $0.value > $1.value }).prefix(20) { print("  missing in \(count) functions: \(token)") }
        #expect(functions >= 100, "the whole corpus is compared (\(functions) functions)")
        #expect(unexplained.isEmpty, Comment(rawValue: "tokens lspci prints that hwx does not:\n" + unexplained.joined(separator: "\n")))
        let stale = Set(Self.gaps.keys).subtracting(seenGaps)
        #expect(stale.isEmpty, "gaps listed for functions that no longer miss anything: \(stale.sorted())")
    }

    /// The comparison is only as good as its splitting: lspci's blocks and tokens come out whole.
    @Test func blocksAndTokensSplitLspciText() {
        let text = "00:01.0 PCI bridge: X\n\tControl: I/O+ Mem-\n\tCapabilities: [40] Power Management version 3\n\n00:02.0 Host bridge: Y\n\n"
        let b = Self.blocks(text)
        #expect(b.map(\.0) == ["00:01.0", "00:02.0"])
        #expect(Self.tokens(b[0].1) == ["00:01.0", "PCI", "bridge:", "X", "Control:", "I/O+", "Mem-", "Capabilities:", "[40]", "Power", "Management", "version", "3"])
    }
}
