import Testing
@testable import MMIOCore

/// The Header Type register as an enum (PCI Local Bus 3.0 §6.2.1): the multi-function bit is
/// not part of the type, reserved types have no layout, and CardBus moves the capability pointer.
@Suite struct ConfigHeaderTypeTests {
    static func config(headerByte: UInt8, count: Int = 64) -> ConfigSpace {
        var bytes = [UInt8](repeating: 0, count: count)
        bytes[0x0e] = headerByte
        return ConfigSpace(bytes: bytes)
    }

    @Test func multiFunctionBitIsNotPartOfTheType() {
        #expect(Self.config(headerByte: 0x81).header == .pciBridge)
        #expect(Self.config(headerByte: 0x80).header == .endpoint)
        #expect(Self.config(headerByte: 0x02).header == .cardBusBridge)
    }

    @Test func reservedAndUnreadableTypesHaveNoLayout() {
        #expect(Self.config(headerByte: 0x7f).header == nil)
        #expect(Self.config(headerByte: 0xff).headerType == 0x7f)
        #expect(Self.config(headerByte: 0x03).header == nil)
        #expect(ConfigSpace(bytes: [UInt8](repeating: 0, count: 8)).header == nil)
    }

    @Test func cardBusHeadersKeepTheirCapabilityPointerAt0x14() {
        #expect(ConfigHeaderType.cardBusBridge.capabilityPointerOffset == 0x14)
        #expect(ConfigHeaderType.endpoint.capabilityPointerOffset == 0x34)
        #expect(ConfigHeaderType.pciBridge.capabilityPointerOffset == 0x34)
    }

    @Test func headerRegistersBelongToTheirTypesAndAReservedTypeHasOnlyTheCommonOnes() {
        let primary = ConfigHeaderLayout.register(at: 0x18, width: .bits8, headerType: 1)
        #expect(primary?.setpciName == "PRIMARY_BUS")
        #expect(ConfigHeaderLayout.register(at: 0x18, width: .bits8, headerType: 0x7f) == nil)
        #expect(ConfigHeaderLayout.register(at: 0x04, width: .bits16, headerType: 0x7f)?.setpciName == "COMMAND")
        #expect(ConfigHeaderLayout.register(at: 0x3e, width: .bits16, headerType: 2)?.headerTypes == [.cardBusBridge])
    }

    @Test func everyAssignedCapabilityIDHasATitle() {
        #expect(StandardCapabilityID.allCases.allSatisfy { !$0.title.isEmpty })
        #expect(ExtendedCapabilityID.allCases.allSatisfy { !$0.title.isEmpty })
        #expect(StandardCapabilityID.bridgeSubsystemVendorID.title == "Subsystem")
        #expect(ExtendedCapabilityID.virtualChannel9.title == ExtendedCapabilityID.virtualChannel.title)
        #expect(ExtendedCapabilityID(rawValue: 0x2e)?.title == "Data Object Exchange")
    }
}
