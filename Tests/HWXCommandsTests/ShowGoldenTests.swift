import Foundation
import Testing

/// `hwx show` run as a process on the q35 fixtures and the dumps, against golden text.
/// Regenerate a golden only after reading the diff: it is the decode users read.
@Suite struct ShowGoldenTests {
    let ids = ["--pci-ids", HWXProcess.fixtures + "/pci.ids.subset"]

    @Test(arguments: [
        (["show", "00:03.0", "-v", "--root", "q35"], "show-nvme-v-q35"),
        (["show", "00:03.0", "-v", "--root", "q35-nonroot"], "show-nvme-v-q35-nonroot"),
        (["show", "00:08.0", "-vv", "--root", "q35"], "show-rootport-vv-q35"),
        (["show", "00:03.0", "--json", "--root", "q35"], "show-nvme-json-q35"),
        (["show", "-vv", "--from-dump", "dumps/decoders.lspci"], "show-vv-decoders-dump"),
        (["show", "-v", "--from-dump", "dumps/broken.lspci"], "show-v-broken-dump"),
    ])
    func matchesGolden(_ arguments: [String], _ golden: String) throws {
        let resolved = arguments.enumerated().map { i, a in
            i > 0 && (arguments[i - 1] == "--root" || arguments[i - 1] == "--from-dump") ? HWXProcess.fixtures + "/" + a : a
        }
        let result = try HWXProcess.run(resolved + ids)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == (try HWXProcess.golden(golden)))
    }

    @Test func exitCodesAndMessages() throws {
        let root = ["--root", HWXProcess.fixtures + "/q35"]
        let missing = try HWXProcess.run(["show", "00:09.0"] + root + ids)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: no PCI function 0000:00:09.0 in "))
        #expect(missing.stderr.contains("fix: functions here: 00:00.0"))
        let bad = try HWXProcess.run(["show", "0:3"] + root + ids)
        #expect(bad.status == 2)
        let noFile = try HWXProcess.run(["show", "--from-dump", "/nonexistent/dump.txt"] + ids)
        #expect(noFile.status == 1)
        #expect(noFile.stderr.contains("cannot read dump file /nonexistent/dump.txt"))
        let notADump = try HWXProcess.run(["show", "--from-dump", HWXProcess.fixtures + "/pci.ids.subset"] + ids)
        #expect(notADump.status == 1)
        #expect(notADump.stderr.contains("no PCI functions found"))
    }

    @Test func dumpFormatLspciFeedsLspci() throws {
        let out = try HWXProcess.run(["dump", "00:08.0/config", "--format", "lspci", "--root", HWXProcess.fixtures + "/q35"] + ids)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("00:08.0 PCI bridge: Red Hat, Inc. QEMU PCIe Root port (prog-if 00 [Normal decode])\n00: 36 1b 0c 00"))
        #expect(out.stdout.hasSuffix("ff0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n\n"))
        // lspci reads what hwx wrote.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-dump-\(UUID().uuidString).lspci").path
        try out.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let lspci = Process()
        lspci.executableURL = URL(fileURLWithPath: "/usr/bin/lspci")
        lspci.arguments = ["-F", file, "-v"]
        let pipe = Pipe()
        lspci.standardOutput = pipe
        lspci.standardError = FileHandle.nullDevice
        try lspci.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        lspci.waitUntilExit()
        #expect(text.contains("Capabilities: [54] Express Root Port (Slot+), MSI 00"))
        #expect(text.contains("Capabilities: [100] Advanced Error Reporting"))
        let bar = try HWXProcess.run(["dump", "00:08.0/bar0", "--format", "lspci", "--root", HWXProcess.fixtures + "/q35"] + ids)
        #expect(bar.status == 2)
    }
}
