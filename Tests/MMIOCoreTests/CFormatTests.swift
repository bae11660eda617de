import Testing
import MMIOCore

/// printf formatting through vsnprintf, and case-insensitive name matching.
@Suite struct CFormatTests {
    @Test func formatsLikePrintf() {
        #expect(CFormat.string("%.3g", 12.0) == "12")
        #expect(CFormat.string("%.4gM", 100.0) == "100M")
        #expect(CFormat.string("%.3f", 2.5) == "2.500")
        #expect(CFormat.string("%04d-%02d", Int32(7), Int32(3)) == "0007-03")
    }

    @Test func longerThanTheFirstBuffer() {
        let long = CFormat.string("%0200d", Int32(42))
        #expect(long.count == 200)
        #expect(long.hasSuffix("00042"))
    }

    @Test func namesMatchIgnoringCase() {
        #expect("CAP".equalsIgnoringCase("cap"))
        #expect("Csts".equalsIgnoringCase("CSTS"[...]))
        #expect(!"CAP".equalsIgnoringCase("CAPS"))
        #expect(!"@".equalsIgnoringCase("`"))      // 0x40 and 0x60 differ only in the case bit, but are not letters
        #expect(!"[".equalsIgnoringCase("{"))
        #expect("ÉTAT".equalsIgnoringCase("état"))
        #expect(!"a1".equalsIgnoringCase("a2"))
    }
}
