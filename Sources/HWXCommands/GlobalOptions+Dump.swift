import FixText
import MMIOCore

extension GlobalOptions {
    /// The machine described by an lspci text dump (`--from-dump FILE`), or a failure that
    /// says what is wrong with the file and what it should look like.
    func loadDumpMachine(_ path: String) throws(CommandFailure) -> Machine {
        // A Result rather than a throw from the catch: Swift 6.3's optimizer crashed on that.
        let read: Result<TextLines, FileAccessError>
        do {
            read = .success(try FileIO.readLines(path, role: .textFile))
        } catch {
            read = .failure(error)
        }
        let lines: TextLines
        switch read {
        case .success(let l): lines = l
        case .failure(let error):
            let why = error.errno?.description ?? error.summary
            throw CommandFailure.failure("cannot read dump file \(path): " + why + (error.fix.map { "\n  fix: " + FixText.cli.words($0) } ?? ""))
        }
        let dump = LspciDumpParser.parse(lines)
        if dump.functions.isEmpty {
            throw CommandFailure.failure("no PCI functions found in \(path): expected lspci -x/-xxx/-xxxx output, a line like '00:03.0 Non-Volatile memory controller: ...' followed by lines like '00: 36 1b 10 00 07 05 10 00 ...', functions separated by blank lines")
        }
        return Machine.fromDump(dump, path: path, pciIDs: pciIDs)
    }

    /// `loadMachine()` (kept for the verbs that called it before every verb reported errors).
    func loadMachineReportingDumpErrors() throws(CommandFailure) -> Machine {
        try loadMachine()
    }
}
