import ArgumentParser
import FoundationEssentials
import Glibc
import MMIOCore

/// `hwx watch <target>... [--interval ms] [--count N] [--json|--csv]`: samples targets
/// through the shared refresh scheduler (each word read once per tick, however often it is
/// named) and prints a line per change with a timestamp, Δ and Δ/s.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Sample registers and print a line per change (timestamp, value, delta, delta/s).",
        discussion: """
        The first sample of every target is printed, then one line per change. With --interval 0 \
        the targets are sampled back to back as fast as the bus allows and every change between two \
        consecutive samples is printed with its monotonic time in ns; a last line per target gives \
        the samples taken and the rate achieved (changes the output could not keep up with are \
        buffered, and any dropped past the buffer are counted and reported). Registers whose \
        map marks read side effects (e.g. e1000e ICR, read-to-clear) are refused unless \
        --force-side-effects. Stops after --count samples, or on Ctrl-C.
        """ + "\n\n" + Target.grammar)

    enum Format: String, ExpressibleByArgument { case text, json, csv }

    @Argument(help: "Targets, e.g. 'iomem:HPET 0/MAIN_COUNTER' 00:03.0/bar0/CSTS.RDY 00:02.0/bar0+0x4.") var targets: [String]
    @Option(help: "Milliseconds between samples (default 1000); 0: sample as fast as the bus allows and print only changes, each with its monotonic time in ns, then the sample rate achieved.") var interval: String?
    @Option(help: "Stop after this many samples (of each target; default: run until interrupted).") var count: String?
    @Option(help: "Access width for offset targets (named registers use their own).") var width: String?
    @Flag(help: "One JSON object per line.") var json = false
    @Flag(help: "CSV with a header line.") var csv = false
    @Flag(name: .customLong("force-side-effects"), help: "Also poll registers whose reads have side effects.") var forceSideEffects = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard !targets.isEmpty else { throw CommandFailure.usage("name at least one target") }
        let interval = Int(try parseNumber(interval, "--interval", in: 0...86_400_000) ?? 1000)
        let count = try parseNumber(count, "--count", in: 1...UInt64.max)
        if interval == 0 && csv { throw CommandFailure.usage("--interval 0 prints text or --json (one object per change, with its ns timestamp), not --csv") }
        if json && csv { throw CommandFailure.usage("choose one of --json and --csv") }
        let requested = try parseWidth(width)
        var parsed: [Target] = []
        for text in targets { parsed.append(try parseTarget(text)) }
        let opener = try TargetOpener(global: global, writable: false, targets: parsed)
        let list = WatchList(scheduler: RefreshScheduler())
        var spaces = WatchSpaces(opener: opener)
        for text in targets {
            list.add(try watchItem(text, opener: opener, spaces: &spaces, width: requested))
        }
        if interval == 0 {
            return try MaxRateWatch(items: list.items, count: count, json: json).run()
        }
        let printer = WatchPrinter(format: json ? .json : csv ? .csv : .text, items: list.items)
        if let header = printer.header { emit(header) }
        let clock = ContinuousClock()
        let start = clock.now
        var sample = 0
        while true {
            let now = clock.now
            let elapsed = Self.seconds(now - start)
            let (_, events) = list.tick(at: elapsed)
            for e in events { emit(printer.line(e, wallClock: Date())) }
            sample += 1
            if let count, sample >= count { break }
            let next = start + .milliseconds(interval * sample)
            if next > clock.now { Self.sleep(next - clock.now) }
        }
    }

    private func watchItem(_ text: String, opener: TargetOpener, spaces: inout WatchSpaces, width: AccessWidth?) throws -> WatchItem {
        let parsed = try parseTarget(text)
        var named: NamedRegister?
        do {
            named = try RegisterNaming.describe(parsed, global: global, machine: opener.machine)
        } catch {
            throw CommandFailure.access(error)
        }
        if let named, let effect = named.register.readSideEffect, !forceSideEffects {
            throw CommandFailure.failure("error: \(named.map.name) \(named.register.name) has a read side effect (\(effect)); watching would poll it\n  fix: add --force-side-effects to poll it anyway, or read it once with hwx read")
        }
        let concrete = named?.target ?? parsed
        let wordWidth = named?.register.width ?? width ?? .bits32
        let (space, offset) = try spaces.open(concrete, width: wordWidth)
        return WatchItem(label: text, space: space, offset: offset, width: wordWidth, register: named?.register, field: named?.field)
    }

    private func emit(_ line: String) {
        printOut(line)
        fflush(nil) // flush all streams: each change line is out before the next sleep
    }

    /// Sleeps for `d` (nanosleep(2); resumed after signals until the time is up).
    static func sleep(_ d: Duration) {
        let (s, attoseconds) = d.components
        var request = timespec(tv_sec: Int(s), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&request, &left) != 0 && errno == EINTR { request = left }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// Opens each BAR (or other base) once, so two targets in the same BAR share one register
/// space and the scheduler reads a word named twice only once per tick.
struct WatchSpaces {
    let opener: TargetOpener
    private var opened: [String: any RegisterSpace] = [:]

    init(opener: TargetOpener) { self.opener = opener }

    mutating func open(_ target: Target, width: AccessWidth) throws(CommandFailure) -> (any RegisterSpace, UInt64) {
        if case .bar(let address, let index, let offset) = target {
            let key = "\(address.display)/bar\(index)"
            if let space = opened[key] { return (space, offset) }
            let resolved = try opener.open(.bar(address, index: index, offset: 0), span: 8)
            opened[key] = resolved.space
            return (resolved.space, offset)
        }
        let key = "\(target)/\(width.bits)"
        if let space = opened[key] { return (space, 0) }
        let resolved = try opener.open(target, span: UInt64(width.bytes))
        opened[key] = resolved.space
        return (resolved.space, resolved.offset)
    }
}
