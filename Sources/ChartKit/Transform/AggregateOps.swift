import Foundation

// Vega's aggregate operations over one group's cells. Numeric operations read numbers (text
// that reads as one counts; other text is an error naming the row); missing values are left
// out, as Vega leaves out null: `mean` of 3, null, 5 is 4. With no valid value at all, `sum` is 0
// (Vega's) and every other numeric operation is missing.

enum AggregateOps {
    /// (cells, the field's name, the table, the group's row indexes, a label for messages) → cell.
    typealias Reducer = ([DataValue], FieldName, DataTable, [Int], String) throws(ChartError) -> DataValue

    static func reducer(_ op: String, at place: Located<String>) throws(ChartError) -> Reducer {
        switch op {
        case "count": return { values, _, _, _, _ in .number(Double(values.count)) }
        case "valid": return { values, _, _, _, _ in .number(Double(values.filter { $0 != .missing }.count)) }
        case "missing": return { values, _, _, _, _ in .number(Double(values.filter { $0 == .missing }.count)) }
        case "distinct": return { values, _, _, _, _ in .number(Double(Set(values.map { $0.categoryText ?? "\u{0}" }).count)) }
        default:
            return { values, field, table, rows, _ throws(ChartError) in
                let numbers = try AggregateOps.numbers(values, field: field, table: table, rows: rows, op: op)
                return AggregateOps.numeric(op, numbers).map { .number($0) } ?? .missing
            }
        }
    }

    /// The valid numbers of a group; text that is not a number is an error at its row.
    static func numbers(_ values: [DataValue], field: FieldName, table: DataTable, rows: [Int], op: String) throws(ChartError) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(values.count)
        for (k, v) in values.enumerated() {
            switch v {
            case .missing: continue
            case .number(let n): out.append(n)
            case .text(let s):
                guard let n = DataTable.parseNumber(s) else {
                    throw notANumber(s, field: field, at: k < rows.count ? table.rowLocations[rows[k]] : field.location, op: op)
                }
                out.append(n)
            }
        }
        return out
    }

    static func notANumber(_ s: String, field: FieldName, at location: SourceLocation, op: String) -> ChartError {
        ChartError(Diagnostic(at: location, "column \"\(field.value)\": \"\(Quote.short(s))\" is not a number, so it cannot be taken into \"\(op)\" (\(field.path))"))
    }

    static func numeric(_ op: String, _ v: [Double]) -> Double? {
        if op == "sum" { return v.reduce(0, +) }
        guard !v.isEmpty else { return nil }
        switch op {
        case "product": return v.reduce(1, *)
        case "mean", "average": return v.reduce(0, +) / Double(v.count)
        case "min": return v.min()
        case "max": return v.max()
        case "median": return quantile(v.sorted(), 0.5)
        case "q1": return quantile(v.sorted(), 0.25)
        case "q3": return quantile(v.sorted(), 0.75)
        case "variance", "stdev":
            guard v.count > 1 else { return nil }
            let s = squares(v) / Double(v.count - 1)
            return op == "stdev" ? s.squareRoot() : s
        case "variancep", "stdevp":
            let s = squares(v) / Double(v.count)
            return op == "stdevp" ? s.squareRoot() : s
        default: return nil
        }
    }

    /// d3's quantile: linear between the two closest ranks.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - Double(lo))
    }

    private static func squares(_ v: [Double]) -> Double {
        let mean = v.reduce(0, +) / Double(v.count)
        return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }
}
