import Foundation
import Testing

/// Named targets into extended capabilities described as data, on the command line: a copy
/// of the q35 root whose NVMe function (00:03.0) is given decoders.lspci's SR-IOV and PRI
/// capabilities at 0x100, then a field read and masked read-modify-writes of its sysfs
/// `config` (RsvdP bits kept, RW1C bits written 0 unless targeted).
@Suite struct ExtendedCapabilityTargetCLITests {
    /// `count` bytes at `offset` of function `function` in decoders.lspci.
    static func dumpBytes(_ function: String, _ offset: Int, _ count: Int) throws -> [UInt8] {
        let text = try String(contentsOfFile: HWXProcess.fixtures + "/dumps/decoders.lspci", encoding: .utf8)
        var bytes: [Int: UInt8] = [:]
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(function + " ") { inside = true; continue }
            if line.isEmpty { inside = false }
            guard inside, let colon = line.firstIndex(of: ":"), let base = Int(line[..<colon], radix: 16) else { continue }
            for (i, word) in line[line.index(after: colon)...].split(separator: " ").enumerated() {
                bytes[base + i] = UInt8(word, radix: 16)
            }
        }
        return try (offset..<offset + count).map { try #require(bytes[$0], "byte 0x\(String($0, radix: 16)) of \(function)") }
    }

    /// The q35 copy with SR-IOV at 0x100 (next 0x140) and PRI at 0x140 on 00:03.0; IOVCtl
    /// reads 0xc019 (RsvdP 15:14 set), PRISta 0x0103 (both RW1C bits and Stopped set).
    static func root() throws -> String {
        let root = try HWXProcess.copyFixture("q35")
        var sriov = try dumpBytes("00:00.0", 0x1b0, 0x40)
        sriov[2] = 0x01; sriov[3] = 0x14           // version 1, next capability at 0x140
        sriov[8] = 0x19; sriov[9] = 0xc0           // IOVCtl
        var pri = try dumpBytes("00:00.0", 0x230, 0x10)
        pri[2] = 0x01; pri[3] = 0x00               // last in the list
        pri[6] = 0x03; pri[7] = 0x01               // PRISta: RF, UPRGI, Stopped
        let config = root + "/sys/devices/pci0000:00/0000:00:03.0/config"
        let handle = try #require(FileHandle(forUpdatingAtPath: config))
        try handle.seek(toOffset: 0x100)
        try handle.write(contentsOf: Data(sriov + pri))
        try handle.close()
        return root
    }

    @Test func sriovAndPRIFieldsAreTargets() throws {
        let root = try Self.root()
        let state = root + "/../state"
        let read = try HWXProcess.run(["read", "00:03.0/config/ECAP_SRIOV.NumVFs.Number", "--root", root])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("00:03.0/config/ECAP_SRIOV.NumVFs.Number  16-bit  0x0004"), "\(read.stdout)")
        let mse = try HWXProcess.run(["write", "00:03.0/config/ECAP_SRIOV.IOVCtl.MSE", "0", "--yes", "--root", root],
                                     environment: ["XDG_STATE_HOME": state])
        #expect(mse.status == 0, "\(mse.stderr)")
        #expect(mse.stdout.contains("old       0xc019"), "\(mse.stdout)")
        #expect(mse.stdout.contains("new       0xc011  (mask 0x0008)"), "RsvdP 15:14 kept: \(mse.stdout)")
        #expect(mse.stdout.contains("read back 0xc011"))
        let rf = try HWXProcess.run(["write", "00:03.0/config/ECAP_PRI.PRISta.RF", "1", "--yes", "--root", root],
                                    environment: ["XDG_STATE_HOME": state])
        #expect(rf.status == 0, "\(rf.stderr)")
        // 0x0101: RF written 1 (clears it), UPRGI (RW1C, set) written 0 (left alone), Stopped (RO) as read.
        #expect(rf.stdout.contains("new       0x0101"), "\(rf.stdout)")
        let readOnly = try HWXProcess.run(["write", "00:03.0/config/ECAP_SRIOV.TotalVFs.Total", "2", "--dry-run", "--root", root])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("is read-only"), "\(readOnly.stderr)")
    }
}
