import Explorer
import MMIOCore
import Testing

/// The TUI's prompts read numbers with the CLI's syntax (`NumberSyntax`): `g 10` is ten,
/// `g 0x10` sixteen, bare hex is refused with the 0x spelling suggested.
@MainActor @Suite struct PromptNumberTests {
    @Test func goToOffsetInAViewIsDecimalUnless0x() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.app.goTo("0x10")
        #expect(d.app.view?.cursor == 0x10)
        d.app.goTo("8")
        #expect(d.app.view?.cursor == 8)
        d.app.goTo("0b1100")
        #expect(d.app.view?.cursor == 12)
        d.app.goTo("20")
        #expect(d.app.view?.cursor == 20)
        d.app.goTo("ff")
        #expect(d.app.view?.cursor == 20)
        #expect(d.app.message?.role == .error)
        #expect(d.app.message?.text.contains("hex needs the 0x prefix: write 0xff") == true)
        d.app.goTo("010")
        #expect(d.app.message?.text.contains("leading zero is ambiguous") == true)
    }

    @Test func goToAddressInTheTreeRefusesBareHex() {
        let d = AppDriver(machine: Fixtures.machine())
        d.app.goTo("feb50010")
        #expect(d.app.message?.role == .error)
        #expect(d.app.message?.text.contains("write 0xfeb50010") == true)
        d.app.goTo("4273274896")      // 0xfeb50010 in decimal
        guard case .region(.iomem, let id) = d.app.treeState.selected else { Issue.record("not a region"); return }
        #expect(Fixtures.machine().iomem!.path(toRegion: id).last!.name == "nvme")
    }

    @Test func pokePromptIsPrefilledInTheSameSyntax() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("e"))
        #expect(d.app.editor?.text == "0x010000ed")
        for _ in 0..<10 { d.press(.backspace) }
        d.type("42")
        d.press(.enter)
        #expect(d.app.dialog?.plan.requested == 42)
    }
}
