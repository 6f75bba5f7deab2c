import Dispatch

// A time budget for one chart. Every stage is meant to be near-linear in its input, and limits
// bound the input, but a budget is the backstop that keeps a batch moving whatever a spec
// holds: the stages' long loops ask `ChartBudget.isExhausted` now and then and cut their work
// short, and the engine then throws an error naming the budget instead of drawing a chart
// that was not finished.

public final class ChartBudget: Sendable {
    /// The CLI's default for --timeout: far above any real chart (tens of milliseconds) and
    /// short enough that a batch of hundreds still ends.
    public static let defaultSeconds = 60.0

    public let seconds: Double
    private let deadline: UInt64

    public init(seconds: Double) {
        self.seconds = seconds
        let nanos = seconds * 1e9
        deadline = DispatchTime.now().uptimeNanoseconds &+ (nanos >= Double(UInt64.max / 2) ? UInt64.max / 2 : UInt64(max(0, nanos)))
    }

    /// The budget of the chart this thread is working on, if any.
    @TaskLocal static var current: ChartBudget?

    var expired: Bool { DispatchTime.now().uptimeNanoseconds >= deadline }

    /// True when the current chart has used up its time; cheap enough for a loop to ask every
    /// few hundred iterations.
    static var isExhausted: Bool { current?.expired ?? false }

    /// Runs `work` under a budget of `seconds`, or without one when nil.
    static func run<T>(seconds: Double?, _ what: String, _ work: () throws(ChartError) -> T) throws(ChartError) -> T {
        guard let seconds else { return try work() }
        return try ChartBudget(seconds: seconds).run(what, work)
    }

    /// Runs `work` under this budget and throws when the budget ran out before it returned
    /// (its result may be cut short, so it is dropped).
    func run<T>(_ what: String, _ work: () throws(ChartError) -> T) throws(ChartError) -> T {
        let result: Result<T, ChartError> = ChartBudget.$current.withValue(self) {
            do throws(ChartError) { return .success(try work()) } catch { return .failure(error) }
        }
        if expired { throw ChartError([Diagnostic(at: nil, "\(what) took longer than its time budget of \(Format.plain(seconds)) s (--timeout)")]) }
        return try result.get()
    }
}
