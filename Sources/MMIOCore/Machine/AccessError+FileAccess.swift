extension AccessError {
    /// The access error for a file the file-access layer refused or could not open or read.
    public init(_ error: FileAccessError) {
        let reason: Reason
        switch error.problem {
        case .system(let e) where e.code == 2: reason = .notFound
        case .system(let e) where e.code == 13 || e.code == 1: reason = .notPermitted
        case .system: reason = .systemError
        case .leavesRoot, .pathLeavesRoot, .tooManyLinks, .wrongKind, .tooLarge, .liveMachineInTest, .invalidText: reason = .refusedFile
        }
        self.init(reason, operation: error.errno == nil ? error.summary : "\(error.operation) \(error.path)",
                  path: error.path, errno: error.errno, fix: error.fix)
    }
}
