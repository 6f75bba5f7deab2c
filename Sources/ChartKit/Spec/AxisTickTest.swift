// The test of an axis condition (`labelColor: {"condition": {"test": …}}`): an expression on
// `datum.value` and `datum.label`, or a Vega-Lite field predicate on the field "value" or
// "label" (`{"timeUnit": "monthdate", "field": "value", "equal": {"month": 1, "date": 1}}`,
// which rect_lasagna uses to label each year's first day), run as the filter transform runs it
// on a one-row table of the tick.

enum AxisTickTest: Sendable {
    case expression(Expression)
    case predicate(PredicateSpec, at: SourceLocation)

    func holds(_ tick: AxisTick) -> Bool {
        switch self {
        case .expression(let e): return e.evaluate(tick.field).isTruthy
        case .predicate(let p, let location):
            let table = Self.table([tick.cell ?? tick.value.dataValue, .text(tick.label)], at: location)
            guard let test = try? FilterTransform.compile(p, table) else { return false }  // checked when decoded
            return test(table.rows[0])
        }
    }

    /// A field predicate checked once against the tick's fields: one naming another field is
    /// an error (the filter transform's own message names it).
    static func predicate(_ p: PredicateSpec, at location: SourceLocation, log: DiagnosticLog) -> AxisTickTest? {
        do {
            _ = try FilterTransform.compile(p, table([.missing, .missing], at: location))
            return .predicate(p, at: location)
        } catch {
            for d in error.diagnostics { log.error(d.location ?? location, d.path, d.message) }
            return nil
        }
    }

    private static func table(_ cells: [DataValue], at location: SourceLocation) -> DataTable {
        DataTable(name: "axis tick", columns: ["value", "label"], rows: [cells], rowLocations: [location])
    }
}
