/// One character cell of the screen: a Unicode scalar and its style.
public struct Cell: Hashable, Sendable {
    public var scalar: Unicode.Scalar
    public var style: Style

    public init(_ scalar: Unicode.Scalar = " ", _ style: Style = .plain) {
        self.scalar = scalar
        self.style = style
    }
}
