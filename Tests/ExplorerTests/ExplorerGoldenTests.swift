import MMIOCore
import Testing
import TerminalUI
@testable import Explorer

/// Whole screens rendered into a cell grid on the q35 capture, compared with the text
/// stored under Golden/.
@MainActor
@Suite struct ExplorerGoldenTests {
    @Test func firstFrameShowsTheThreeRootsAndThePCITree() {
        let d = AppDriver(machine: Fixtures.machine())
        Golden.check(d.screen, "tree-80x24")
    }

    @Test func iomemTreeExpandedWithDimmedRAMAndHighlightedDevices() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 40, cols: 100)
        d.press(.right)
        let grid = d.frame()
        Golden.check(grid.text, "tree-iomem-100x40")
        let ram = (0..<grid.rows).first { grid.text(row: $0).contains("0000001000-000009fbff") }!
        #expect(grid.columns(row: ram, role: .dim).count > 10)
        let hpet = (0..<grid.rows).first { grid.text(row: $0).contains("HPET 0") }!
        #expect(grid.columns(row: hpet, role: .hardware).count > 10)
    }

    @Test func functionDetailsSideBySide() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 40, cols: 140)
        d.select(.function(.q35("00:03.0")))
        Golden.check(d.screen, "details-nvme-140x40")
    }

    @Test func regionDetailsLinkToTheOwningFunctionAndBAR() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 40, cols: 140)
        d.app.goTo("0xfea00010")
        Golden.check(d.screen, "details-region-edu-140x40")
    }

    @Test func barDetailsLinkToTheIomemRegion() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 40, cols: 140)
        d.select(.bar(.q35("00:03.0"), 0))
        Golden.check(d.screen, "details-bar-nvme-140x40")
    }

    @Test func hexViewOfEduBAR0() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        Golden.check(d.screen, "hex-edu-bar0-80x24")
    }

    @Test func hexViewAt8And64Bits() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("w"))
        Golden.check(d.screen, "hex-nvme-bar0-64bit-80x24")
        d.press(.char("w"))
        Golden.check(d.screen, "hex-nvme-bar0-8bit-80x24")
    }

    @Test func registerViewOfEduBAR0() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("r"))
        Golden.check(d.screen, "registers-edu-bar0-80x24")
    }

    /// A range without a register map keeps the word view (64-bit words on two rows).
    @Test func registerViewAt64BitsUsesTwoRowsPerWord() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:07.0"), 2))
        d.press(.char("r"), .char("w"))
        Golden.check(d.screen, "registers-ivshmem-bar2-64bit-80x24")
    }

    @Test func configSpaceHexView() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.config(.q35("00:03.0")))
        Golden.check(d.screen, "hex-nvme-config-80x24")
    }

    @Test func missingResourceFileIsExplainedInTheView() {
        let d = AppDriver(machine: Fixtures.machine("q35-nonroot"))
        d.app.open(.bar(.q35("00:02.0"), 0))
        let screen = d.screen
        Golden.check(screen, "hex-nonroot-no-resource-80x24")
        #expect(screen.contains("Cannot open this range"))
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 100)
        d.press(.function(1))
        Golden.check(d.screen, "help-browse-100x30")
        for line in ExplorerKeys.browse.helpLines() { #expect(d.screen.contains(line)) }
    }

    @Test func tooSmallTerminal() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 8, cols: 40)
        #expect(d.frame().textLines().first == "terminal too small: 40x8, need 50x12")
    }

    @Test func pokeDialogShowsEverythingBeforeWriting() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.right, .char("e"))
        for _ in 0..<8 { d.press(.backspace) }
        d.type("0000beef")
        d.press(.enter)
        Golden.check(d.screen, "poke-dialog-80x24", paths: [temp.directory])
    }

    @Test func nonRootCaptureExplainsHiddenAddresses() {
        let d = AppDriver(machine: Fixtures.machine("q35-nonroot"), rows: 24, cols: 100)
        d.press(.right)
        Golden.check(d.screen, "tree-nonroot-100x24")
        #expect(d.screen.contains("addresses hidden: not root"))
        #expect(d.screen.contains("run hwx as root"))
    }

    @Test func configSpaceOfANonRootCaptureSaysWhyItIsShort() {
        let d = AppDriver(machine: Fixtures.machine("q35-nonroot"), rows: 40, cols: 140)
        d.select(.function(.q35("00:03.0")))
        Golden.check(d.screen, "details-nvme-nonroot-140x40")
        #expect(d.screen.contains("access denied"))
    }
}
