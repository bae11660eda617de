import Testing
@testable import Explorer

@Suite struct ExplorerModuleTests {
    @Test func moduleName() { #expect(ExplorerModule.name == "Explorer") }
}
