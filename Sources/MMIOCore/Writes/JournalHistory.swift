import Foundation

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
        switch FileIO.readAllOrErrno(path) {
        case .success(let bytes): return JournalHistory(bytes: bytes)
        case .failure(let e) where e.code == ENOENT: return nil
        case .failure(let e): throw AccessError(.systemError, operation: "read the journal \(path)", path: path, errno: e)
        }
    }

    private enum Parsed {
        case record(JournalRecord)
        case outcome(String, JournalOutcome)
    }

    private struct Missing: Error { let reason: String }

    private static func parse(_ bytes: [UInt8], number lineNumber: Int) -> Result<Parsed, Missing> {
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(Missing(reason: "not valid UTF-8")) }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            return .failure(Missing(reason: "not a JSON object"))
        }
        func string(_ key: String) throws(Missing) -> String {
            guard let s = object[key] as? String else { throw Missing(reason: "no \"\(key)\" string") }
            return s
        }
        func number(_ key: String) throws(Missing) -> UInt64 {
            let s = try string(key)
            guard s.hasPrefix("0x"), let v = UInt64(s.dropFirst(2), radix: 16) else {
                throw Missing(reason: "\"\(key)\" is not a 0x hex number: \(s)")
            }
            return v
        }
        do {
            let event = object["event"] as? String
            switch event {
            case "outcome":
                let id = try string("id")
                let written = object["written"] as? Bool ?? false
                if let error = object["error"] as? String {
                    return .success(.outcome(id, .failed(error, written: written, line: lineNumber)))
                }
                return .success(.outcome(id, .readBack(try number("read_back"), line: lineNumber)))
            case "intent", nil:
                guard let bits = object["width"] as? Int, let width = AccessWidth(bits: bits) else {
                    return .failure(Missing(reason: "no \"width\" of 8, 16, 32 or 64"))
                }
                // The older format: one line per write, read back included.
                let legacy = event == nil
                if legacy && object["read_back"] == nil { return .failure(Missing(reason: "neither an intent nor an outcome (no \"event\")")) }
                let physical: UInt64? = object["physical_address"] is NSNull || object["physical_address"] == nil
                    ? nil : try number("physical_address")
                let record = JournalRecord(
                    line: lineNumber, id: legacy ? nil : try string("id"), time: try string("time"),
                    machine: object["machine"] as? String ?? "?", target: try string("target"),
                    physicalAddress: physical, offset: object["offset"] == nil ? 0 : try number("offset"),
                    width: width, old: try number("old"), new: try number("new"),
                    mask: object["mask"] == nil ? width.mask : try number("mask"),
                    outcome: legacy ? .readBack(try number("read_back"), line: lineNumber) : .missing)
                return .success(.record(record))
            case let other?:
                return .failure(Missing(reason: "unknown event \"\(other)\""))
            }
        } catch {
            return .failure(error)
        }
    }
}
