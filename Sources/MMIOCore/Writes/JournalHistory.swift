import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A write journal read back: every write in file order (newest last), each intent paired
/// with its outcome by id, and the lines that are not records. Intents without an outcome
/// are writes hwx started and never finished journaling (see `JournalOutcome.missing`).
///
/// Also reads the older one-line-per-write format (no `event`, `read_back` on the line).
/// Lines end in LF or CRLF; a line that is not UTF-8, not a JSON object, or lacks a
/// field is reported with its number and reason, never fatal.
public struct JournalHistory: Sendable, Equatable {
    public private(set) var records: [JournalRecord] = []
    public private(set) var corrupt: [JournalCorruptLine] = []

    /// Writes whose intent has no outcome, oldest first.
    public var withoutOutcome: [JournalRecord] { records.filter { !$0.hasOutcome } }

    public init(bytes: [UInt8]) {
        var index: [String: Int] = [:]
        var number = 0
        for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch Self.parse(Array(line), number: number) {
            case .failure(let missing):
                corrupt.append(JournalCorruptLine(line: number, reason: missing.reason))
            case .success(.record(let record)):
                if let id = record.id {
                    if index[id] != nil {
                        corrupt.append(JournalCorruptLine(line: number, reason: "a second intent with id \(id)"))
                        continue
                    }
                    index[id] = records.count
                }
                records.append(record)
            case .success(.outcome(let id, let outcome)):
                guard let i = index[id] else {
                    corrupt.append(JournalCorruptLine(line: number, reason: "an outcome for id \(id), which has no intent before it"))
                    continue
                }
                guard records[i].outcome == .missing else {
                    corrupt.append(JournalCorruptLine(line: number, reason: "a second outcome for id \(id)"))
                    continue
                }
                records[i].outcome = outcome
            }
        }
    }

    /// The journal at `path`; nil when there is none yet (no write was ever journaled there).
    public static func load(path: String) throws(AccessError) -> JournalHistory? {
        do {
            return JournalHistory(bytes: try FileIO.read(path, role: .textFile))
        } catch {
            if error.errno?.code == ENOENT { return nil }
            var operation = "read the journal \(path)"
            switch error.problem {
            case .wrongKind(let found): operation += ": it is \(found), not a regular file"
            case .tooLarge(let limit): operation += ": it holds more than \(limit) bytes"
            default: break
            }
            throw AccessError(error.errno == nil ? .refusedFile : .systemError, operation: operation,
                              path: path, errno: error.errno, fix: error.errno == nil ? nil : error.fix)
        }
    }

    private enum Parsed {
        case record(JournalRecord)
        case outcome(String, JournalOutcome)
    }

    private struct Missing: Error { let reason: String }

    /// Every key either line kind may carry; which are required depends on `event`.
    private struct Line: Decodable {
        let id: String?
        let event: String?
        let time: String?
        let machine: String?
        let target: String?
        let physical_address: String?
        let offset: String?
        let width: Int?
        let old: String?
        let new: String?
        let mask: String?
        let read_back: String?
        let written: Bool?
        let error: String?
    }

    private static func parse(_ bytes: [UInt8], number lineNumber: Int) -> Result<Parsed, Missing> {
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(Missing(reason: "not valid UTF-8")) }
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            return .failure(Missing(reason: "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"))
        } catch {
            return .failure(Missing(reason: "not a JSON object"))
        }
        func required(_ value: String?, _ key: String) throws(Missing) -> String {
            guard let value else { throw Missing(reason: "no \"\(key)\"") }
            return value
        }
        func number(_ value: String?, _ key: String) throws(Missing) -> UInt64 {
            let s = try required(value, key)
            guard s.hasPrefix("0x"), let v = UInt64(s.dropFirst(2), radix: 16) else {
                throw Missing(reason: "\"\(key)\" is not a 0x hex number: \(s)")
            }
            return v
        }
        do {
            switch line.event {
            case "outcome":
                let id = try required(line.id, "id")
                if let error = line.error {
                    return .success(.outcome(id, .failed(error, written: line.written ?? false, line: lineNumber)))
                }
                return .success(.outcome(id, .readBack(try number(line.read_back, "read_back"), line: lineNumber)))
            case "intent", nil:
                // No event: the older format, one line per write with its read-back.
                let legacy = line.event == nil
                if legacy && line.read_back == nil { return .failure(Missing(reason: "neither an intent nor an outcome (no \"event\")")) }
                guard let bits = line.width, let width = AccessWidth(bits: bits) else {
                    return .failure(Missing(reason: "no \"width\" of 8, 16, 32 or 64"))
                }
                let record = JournalRecord(
                    line: lineNumber, id: legacy ? nil : try required(line.id, "id"), time: try required(line.time, "time"),
                    machine: line.machine ?? "?", target: try required(line.target, "target"),
                    physicalAddress: line.physical_address == nil ? nil : try number(line.physical_address, "physical_address"),
                    offset: line.offset == nil ? 0 : try number(line.offset, "offset"),
                    width: width, old: try number(line.old, "old"), new: try number(line.new, "new"),
                    mask: line.mask == nil ? width.mask : try number(line.mask, "mask"),
                    outcome: legacy ? .readBack(try number(line.read_back, "read_back"), line: lineNumber) : .missing)
                return .success(.record(record))
            case let other?:
                return .failure(Missing(reason: "unknown event \"\(other)\""))
            }
        } catch {
            return .failure(error)
        }
    }
}
