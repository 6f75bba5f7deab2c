import Foundation

/// The Cartesian model of a chart, built once and shared by the copies of that chart.
///
/// A chart's model is built by `validate` and again by every `compile`; `PlotSize` compiles up
/// to four times while it fits the plot to a written width or height. The model reads only the
/// chart's spec, style and layers (not its size), so it is the same each time: a gallery batch
/// spent a tenth of its CPU rebuilding it. `Chart` drops its memo whenever one of those three
/// changes (their `didSet`), so a copy that alters them never sees a stale model.
final class CartesianModelMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (model: CartesianModel, warnings: [Diagnostic])?

    /// The model and the warnings its build logged, built on first use. A build with errors is
    /// not kept: its chart never reaches `compile`, and its errors must be logged afresh.
    func model(of chart: Chart, log: DiagnosticLog) -> CartesianModel? {
        lock.lock()
        defer { lock.unlock() }
        if let stored {
            stored.warnings.forEach { log.warning($0.location, $0.path, $0.message) }
            return stored.model
        }
        // Built into the caller's log, so row errors keep its per-column cap; a row error past
        // the cap is only counted, but the first ones always add diagnostics.
        let errorsBefore = log.diagnostics.count, warningsBefore = log.warnings.count
        let model = CartesianModel.build(chart, log: log)
        if let model, log.diagnostics.count == errorsBefore {
            stored = (model, Array(log.warnings[warningsBefore...]))
        }
        return model
    }
}
