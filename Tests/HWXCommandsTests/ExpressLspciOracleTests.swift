#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MMIOCore

/// The PCI Express capability's text against Debian's lspci 3.9 on functions no corpus has:
/// every port type (reserved ones too), header types 0 and 1 with and without memory BARs,
/// and random register values (seeded, so a failure repeats). Every token lspci prints inside
/// the capability must appear in hwx's text of it. The whole-corpus parity test checks real
/// machines; this one reaches the conditions of `ExpressCapabilityLayout` that real machines
/// rarely set (overdriven links, slot power F0h-FFh, reserved encodings, DRS on ports).
@Suite struct ExpressLspciOracleTests {
    /// SplitMix64, so the functions are the same on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// A function with an Express capability at 0x40 of type `type` and random registers.
    static func function(_ type: UInt8, _ random: inout Random) -> ConfigSpace {
        var b = [UInt8](repeating: 0, count: 256)
        b[0] = 0x86; b[1] = 0x80; b[2] = UInt8(truncatingIfNeeded: random.next()); b[3] = 0x10
        b[6] = 0x10
        b[0x0e] = random.next() % 3 == 0 ? 1 : 0
        if random.next() % 2 == 0 {
            // BAR0: memory or I/O, some zero.
            for i in 0..<4 { b[0x10 + i] = UInt8(truncatingIfNeeded: random.next() >> (8 * UInt64(i))) & (i == 0 ? 0xf1 : 0xff) }
        }
        b[0x34] = 0x40
        b[0x40] = 0x10
        for i in 0x42..<0x7c { b[i] = UInt8(truncatingIfNeeded: random.next()) }
        b[0x42] = UInt8(1 + random.next() % 2) | type << 4
        if random.next() % 3 == 0 {
            // LnkSta at or below LnkCap, the common case.
            b[0x52] = b[0x4c] & 0x0f
            b[0x53] = b[0x4d] & 0x03
        }
        return ConfigSpace(bytes: b)
    }

    /// The lines of the `[40] Express` capability in one function's text.
    static func expressTokens(_ block: String) -> [String] {
        var on = false
        var lines: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\tCapabilities: [40] Express") { on = true } else if !line.hasPrefix("\t\t") { on = false }
            if on { lines.append(String(line)) }
        }
        return LspciTokenParityTests.tokens(lines.joined(separator: "\n"))
    }

    @Test func expressTokensOfRandomFunctionsOfEveryPortType() throws {
        guard access(LspciTokenParityTests.lspci, X_OK) == 0 else {
            Issue.record("\(LspciTokenParityTests.lspci) is missing: this test needs Debian's lspci 3.9 (apt-get install pciutils)")
            return
        }
        var random = Random(state: 13)
        var text = ""
        var count = 0
        for n in 0..<256 {
            // Each on its own bus, device 0: lspci shows LnkCap2/LnkCtl2 of endpoints on function 0 only.
            let address = try #require(PCIAddress(parsing: hex(UInt64(n), 2) + ":00.0"))
            text += LspciDumpWriter.write(address: address, description: "function", config: Self.function(UInt8(n % 16), &random)) + "\n"
            count += 1
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-express-oracle-\(UUID().uuidString).lspci").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ids = LspciTokenParityTests.pciIDs
        let lspci = try HWXProcess.run(["-A", "dump", "-O", "dump.name=\(path)", "-vv", "-i", ids], executable: LspciTokenParityTests.lspci)
        let hwx = try HWXProcess.run(["show", "-vv", "--from-dump", path, "--pci-ids", ids])
        #expect(lspci.status == 0 && hwx.status == 0)
        let ours = Dictionary(LspciTokenParityTests.blocks(hwx.stdout), uniquingKeysWith: { a, _ in a })
        var compared = 0
        var missing: [String] = []
        for (address, block) in LspciTokenParityTests.blocks(lspci.stdout) {
            let theirs = Self.expressTokens(block)
            guard !theirs.isEmpty else { continue }
            compared += 1
            var have: [String: Int] = [:]
            for t in Self.expressTokens(ours[address] ?? "") { have[t, default: 0] += 1 }
            for t in theirs {
                if let n = have[t], n > 0 { have[t] = n - 1 } else { missing.append("\(address): \(t)") }
            }
        }
        #expect(compared == count, "lspci showed the Express capability of every function")
        #expect(missing.isEmpty, "tokens lspci prints that hwx does not: \(missing.prefix(20))")
    }
}
