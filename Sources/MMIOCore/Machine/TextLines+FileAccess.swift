extension TextLines {
    /// The lines of a file just read, or the file-access error that names the file, line
    /// and column where it stops being text (`FileAccessError.Problem.invalidText`).
    public init(validating bytes: [UInt8], path: String, role: FileRole, root: String? = nil) throws(FileAccessError) {
        // A Result rather than a throw from the catch: Swift 6.3's release optimizer crashes on that.
        let checked: Result<TextLines, InvalidText>
        do {
            checked = .success(try TextLines(validating: bytes))
        } catch {
            checked = .failure(error)
        }
        switch checked {
        case .success(let lines): self = lines
        case .failure(let invalid): throw FileAccessError("read", path: path, role: role, problem: .invalidText(invalid), root: root)
        }
    }
}
