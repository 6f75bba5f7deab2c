// `calculate` (a new field from a Vega expression) and the expression form of `filter`. An
// expression is parsed once and its fields bound to columns once; a mistake is reported at the
// spec's line and column of the expression and at the position inside it:
//   spec.json:9:22: transform[1].calculate: 1:14: unknown field datum.gwh (columns: year, gw, share); did you mean datum.gw?

enum ExpressionTransforms {
    /// With a `log`, a field the table lacks is a warning and reads as null (Vega's undefined:
    /// `datum.first_date === x` is false); without one it is an error.
    static func bind(_ source: Located<String>, in t: DataTable, log: DiagnosticLog? = nil) throws(ChartError) -> BoundExpression {
        let expression: Expression
        do {
            expression = try Expression.parse(source.value)
        } catch {
            throw failure(source, offset: error.offset, error.message)
        }
        for ref in expression.fieldReferences where t.columnIndex(ref.name) == nil {
            let columns = Quote.short(t.columns.joined(separator: ", "), limit: 200)
            let hint = Suggest.nearest(ref.name, in: t.columns).map { "; did you mean datum.\($0)?" } ?? ""
            let message = "unknown field datum.\(ref.name) (columns: \(columns))\(hint)"
            guard let log else { throw failure(source, offset: ref.offset, message) }
            let place = failure(source, offset: ref.offset, message).diagnostics[0]
            log.warning(place.location, source.path, "\(place.message); it reads as undefined (null) on every row, as in Vega")
        }
        // A column the table lacks is bound past any row's end, where a read gives null.
        return expression.bind(seed: SeededRandom.seed(source.path)) { t.columnIndex($0) ?? Int.max }!
    }

    static func run(_ source: Located<String>, as alias: FieldName, _ t: DataTable, log: DiagnosticLog? = nil) throws(ChartError) -> DataTable {
        let bound = try bind(source, in: t, log: log)
        return t.setting(alias.value, t.rows.map { bound.evaluate(row: $0, index: $0.row).dataValue })
    }

    /// An error inside an expression: at the spec's place of the string (moved to the
    /// character when the expression is on one line) and the position within it.
    static func failure(_ source: Located<String>, offset: Int, _ message: String) -> ChartError {
        let (line, column) = ExpressionError(offset: offset, message: message).position(in: source.value)
        var at = source.location
        if !source.value.contains("\n") { at.column += 1 + offset }
        return ChartError(Diagnostic(at: at, path: source.path, "\(line):\(column): \(message)"))
    }
}

enum CalculateTransform {
    static func run(_ source: Located<String>, as alias: FieldName, _ t: DataTable, log: DiagnosticLog? = nil) throws(ChartError) -> DataTable {
        try ExpressionTransforms.run(source, as: alias, t, log: log)
    }
}
