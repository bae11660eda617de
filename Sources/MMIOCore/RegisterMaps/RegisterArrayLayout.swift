/// Where a register array's elements are on one device: its expressions evaluated with the
/// fields they read (`RegisterMap.layout(of:readBase:)`).
public struct RegisterArrayLayout: Sendable, Hashable {
    public let offset: UInt64
    /// Elements placed, at most `RegisterArray.maximumElements`.
    public let count: Int
    public let stride: UInt64

    public init(offset: UInt64, count: Int, stride: UInt64) {
        self.offset = offset
        self.count = count
        self.stride = stride
    }
}
