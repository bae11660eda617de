/// The outcome of one `RegisterSpace.sampleChanges` batch: samples taken, changes
/// stored (a batch ends early rather than lose a change when the buffer is full), and the
/// error that stopped it.
public struct SampleBatch: Sendable, Equatable {
    public let samples: Int
    public let changes: Int
    public let error: AccessError?

    public init(samples: Int, changes: Int, error: AccessError?) {
        self.samples = samples
        self.changes = changes
        self.error = error
    }
}
