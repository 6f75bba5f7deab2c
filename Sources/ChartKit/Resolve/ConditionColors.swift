// Which of a mark's value conditions each row of a layer takes: the first whose test holds,
// nil where none does (the mark's own colour then).

enum ConditionColors {
    /// Per row, the index of the winning condition; empty without conditions; nil after logging
    /// a test that cannot run on this table (a field it does not have).
    static func rows(_ conditions: [ColorCondition], in table: DataTable, log: DiagnosticLog) -> [Int?]? {
        guard !conditions.isEmpty else { return [] }
        var tests: [(DataTable.Row) -> Bool] = []
        for c in conditions {
            guard let test = c.test else { tests.append({ _ in true }); continue }
            do throws(ChartError) {
                tests.append(try FilterTransform.compile(test, table))
            } catch {
                log.append(contentsOf: error.diagnostics)
                return nil
            }
        }
        return table.rows.map { row in tests.firstIndex { $0(row) } }
    }
}
