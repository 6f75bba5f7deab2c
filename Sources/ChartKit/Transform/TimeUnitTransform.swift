// `timeUnit`: a date truncated to a unit, written back as a date the time axes read ("2023",
// "2023-06", "2023-06-30"). Units without a year use 2012, Vega's base year (a leap year, so
// every day of the year exists): `month` of 2023-06-30 is "2012-06"; `quarter` is the
// quarter's first month.

enum TimeUnitTransform {
    static func run(_ unit: Located<String>, field: FieldName, as alias: FieldName, _ t: DataTable) throws(ChartError) -> DataTable {
        let c = try t.column(field)
        var values: [DataValue] = []
        values.reserveCapacity(t.rows.count)
        var problems: [Diagnostic] = []
        for (i, row) in t.rows.enumerated() {
            guard let written = row[c].categoryText else { values.append(.missing); continue }
            guard let date = TemporalValue(cell: row[c]) else {
                if problems.count < Limits.errorsPerColumn {
                    problems.append(Diagnostic(at: t.rowLocations[i], "column \"\(field.value)\", row \(i + 1): \"\(Quote.short(written))\" is not a date (write 2023, 2023-06 or 2023-06-30) (\(unit.path))"))
                }
                values.append(.missing)
                continue
            }
            if TimeUnitCategories.units.contains(unit.value) {
                values.append(TimeUnitCategories.category(written, date: date, unit: unit.value).map(DataValue.text) ?? .missing)
                continue
            }
            values.append(.text(truncate(date, to: unit.value)))
        }
        if !problems.isEmpty { throw ChartError(problems) }
        return t.setting(alias.value, values)
    }

    static func truncate(_ d: TemporalValue, to unit: String) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(d.year)
        let quarterMonth = (d.month - 1) / 3 * 3 + 1
        switch unit {
        case "year": return year
        case "yearquarter": return "\(year)-\(two(quarterMonth))"
        case "yearmonth": return "\(year)-\(two(d.month))"
        case "yearmonthdate": return "\(year)-\(two(d.month))-\(two(d.day))"
        case "quarter": return "2012-\(two(quarterMonth))"
        case "month": return "2012-\(two(d.month))"
        case "monthdate": return "2012-\(two(d.month))-\(two(d.day))"
        default: return "2012-01-\(two(d.day))"  // date: the day of the month
        }
    }
}
