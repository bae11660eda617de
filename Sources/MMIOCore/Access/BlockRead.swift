/// The outcome of `RegisterSpace.readBlock`: how many words landed in the buffer, and the
/// error that stopped the block early (a fault names the offset the block reached).
public struct BlockRead: Sendable, Equatable {
    /// Words read and stored, from the first one; all of them unless `error` is set.
    public let count: Int
    public let error: AccessError?

    public init(count: Int, error: AccessError?) {
        self.count = count
        self.error = error
    }
}
