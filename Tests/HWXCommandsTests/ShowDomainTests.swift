import Testing
@testable import HWXCommands
@testable import MMIOCore

/// Addresses in `show`: lspci prints the domain of every function once the machine has one
/// outside domain 0 (the Freescale P2020 board of pciutils' tests has domains 0, 1 and 2),
/// and the short `BB:DD.F` otherwise.
@Suite struct ShowDomainTests {
    @Test func everyTitleCarriesItsDomainWhenAnyFunctionIsOutsideDomainZero() throws {
        let machine = try ShowCommandTests.dumpMachine("pciutils/tree-fsl-p2020.lspci")
        let titles = try ShowCommand.render(machine: machine, device: nil, verbosity: 0, json: false)
            .split(separator: "\n").filter { !$0.hasPrefix("\t") }.map { String($0.prefix { $0 != " " }) }
        #expect(titles == ["0000:04:00.0", "0000:05:00.0", "0001:02:00.0", "0001:03:00.0", "0002:00:00.0", "0002:01:00.0"])
    }

    @Test func aMachineInDomainZeroKeepsTheShortForm() throws {
        let out = try ShowCommand.render(machine: ShowCommandTests.dumpMachine("q35.lspci"), device: nil, verbosity: 0, json: false)
        let titles = out.split(separator: "\n").filter { !$0.hasPrefix("\t") }
        #expect(!titles.isEmpty)
        #expect(titles.allSatisfy { !$0.hasPrefix("0000:") }, "\(titles)")
    }
}
