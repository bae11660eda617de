extension StringProtocol {
    /// Whether the two texts are equal ignoring letter case (`cap` and `CAP`), as register,
    /// field and value names are matched. ASCII is compared byte by byte without allocating;
    /// other text through Unicode lowercase mapping (`String.lowercased()`). Replaces
    /// Foundation's `caseInsensitiveCompare`, which is not in FoundationEssentials.
    public func equalsIgnoringCase(_ other: some StringProtocol) -> Bool {
        var a = utf8.makeIterator(), b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case let (x?, y?) where x < 0x80 && y < 0x80:
                if x == y { continue }
                let lx = x | 0x20, ly = y | 0x20
                if lx != ly || lx < UInt8(ascii: "a") || lx > UInt8(ascii: "z") { return false }
            case (nil, _), (_, nil): return false
            default: return lowercased() == other.lowercased()
            }
        }
    }
}
