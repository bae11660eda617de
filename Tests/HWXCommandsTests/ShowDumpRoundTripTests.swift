import Testing
@testable import HWXCommands
@testable import MMIOCore

/// `hwx dump <dev>/config --format lspci` and `--from-dump` round-trip: machine → lspci text →
/// machine gives the same config bytes, and a dump written back out is the same dump.
@Suite struct ShowDumpRoundTripTests {
    /// Drops the description after the address on header lines (it depends on pci.ids).
    static func withoutDescriptions(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            LspciDumpParser.headerLine(line).map { $0.0.display } ?? String(line)
        }
    }

    @Test func fixtureToLspciTextAndBack() throws {
        for name in ["q35", "q35-nonroot"] {
            let machine = ShowCommandTests.machine(name)
            var text = ""
            for f in machine.functions { text += try DumpCommand.lspciText(machine: machine, address: f.address) }
            let parsed = LspciDumpParser.parse(text)
            #expect(parsed.functions.map(\.address) == machine.functions.map(\.address))
            let same = parsed.functions.map(\.config) == machine.functions.map(\.config)
            #expect(same, "\(name): config bytes survive --format lspci → --from-dump")
            let committed = try #require(MachineRoot(ShowCommandTests.fixtures).readText("/dumps/\(name).lspci"))
            #expect(Self.withoutDescriptions(text) == Self.withoutDescriptions(committed), "\(name): same text as the committed dump")
        }
    }

    @Test func dumpMachineWritesTheSameDumpBack() throws {
        for file in ["q35.lspci", "decoders.lspci", "broken.lspci"] {
            let machine = try ShowCommandTests.dumpMachine(file)
            var text = ""
            for f in machine.functions { text += try DumpCommand.lspciText(machine: machine, address: f.address) }
            let original = try #require(MachineRoot(ShowCommandTests.fixtures).readText("/dumps/" + file))
            #expect(Self.withoutDescriptions(text) == Self.withoutDescriptions(original), "\(file) round-trips")
        }
    }

    @Test func lengthCutsLikeLspciX() throws {
        let machine = ShowCommandTests.machine("q35")
        let text = try DumpCommand.lspciText(machine: machine, address: PCIAddress(bus: 0, device: 3, function: 0), length: 64)
        #expect(text.split(separator: "\n").count == 5)
        #expect(text.hasSuffix("30: 00 00 00 00 40 00 00 00 00 00 00 00 0b 01 00 00\n\n"))
    }

    @Test func configTargetsReadFromADumpAndRefuseWrites() throws {
        let machine = try ShowCommandTests.dumpMachine("q35.lspci")
        let resolver = TargetResolver(machine: machine, writable: false)
        let resolved = try resolver.open(.config(PCIAddress(bus: 0, device: 3, function: 0), offset: 0x40))
        #expect(try resolved.space.read(at: 0x40, width: .bits32) == 0x8040_8011)
        #expect(throws: AccessError.self) { try TargetResolver(machine: machine, writable: true).open(.config(PCIAddress(bus: 0, device: 3, function: 0), offset: 4)) }
        #expect(throws: AccessError.self) { try resolver.open(.bar(PCIAddress(bus: 0, device: 3, function: 0), index: 0, offset: 0)) }
    }
}
