extension Array where Element == String {
    /// The element at `index`, or `reserved(N)` beyond the table (reserved encodings).
    subscript(safeIndex index: UInt64) -> String {
        index < UInt64(count) ? self[Int(index)] : "reserved(\(index))"
    }
}
