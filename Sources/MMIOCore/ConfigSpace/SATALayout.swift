/// The SATA Data/Index Configuration capability (ID 0x12) as data, AHCI 1.3.1 §2.3: revision
/// at +2 (major 7:4, minor 3:0), then at +4 the BAR location 3:0 (4-9: BAR0-5, 0xf: the
/// index/data pair is in config space) and the dword offset 23:4 into that BAR.
public enum SATALayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// lspci's words for the BAR location (AHCI 1.3.1 §2.3.2).
    static let locations: [String] = (0..<16).map { n in n >= 4 && n <= 9 ? "BAR\(n - 4)" : n == 0xf ? "in config space" : "BAR?\(n)" }

    public static let revision = ConfigRegisterLayout(label: "Revision", offset: 0x02, width: .bits16, fields: [
        T.bits("Minor", 3, 0, .readOnly, "Minor Revision"), T.bits("Major", 7, 4, .readOnly, "Major Revision"), T.rsvdP(15, 8),
    ], spec: "AHCI 1.3.1 §2.3.1", printed: [[P.decimal("Major", "v", suffix: "."), P.decimal("Minor", "")]])

    // lspci prints the offset field as read (in dwords); hwx adds the byte offset.
    public static let location = ConfigRegisterLayout(label: "BAR", offset: 0x04, width: .bits32, fields: [
        T.bits("BARLocation", 3, 0, .readOnly, "BAR Location"), T.bits("Offset", 23, 4, .readOnly, "BAR Offset (dwords)"), T.rsvdP(31, 24),
    ], spec: "AHCI 1.3.1 §2.3.2", printed: [[
        P.words("BARLocation", "", locations),
        P.hex("Offset", "Offset=", 8), P.hex("Offset", " (0x", 1, scale: .times(4), suffix: " bytes)").attachedToPrevious(),
    ]])

    public static let registers = [revision, location]
}
