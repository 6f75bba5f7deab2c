// The label Vega-Lite writes for a value truncated to a time unit (its timeUnitSpecifier with
// Vega-Lite's formats): `month` "Jan", `yearmonth` "Jan 2012", `quarter` "Q1". The values
// themselves stay dates ("2012-01", see TimeUnitTransform), so they sort and join as dates.

enum TimeUnitLabels {
    /// The label of `value` (a date as TimeUnitTransform writes it), or the value itself when
    /// it is not such a date or the unit is unknown.
    static func text(_ value: String, unit: String) -> String {
        guard let d = TemporalValue.parse(value) else { return value }
        let month = TemporalValue.monthNames[d.month - 1]
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let quarter = "Q\((d.month - 1) / 3 + 1)"
        switch unit {
        case "year": return "\(d.year)"
        case "quarter": return quarter
        case "month": return month
        case "date": return day
        case "yearquarter": return "\(d.year) \(quarter)"
        case "yearmonth": return "\(month) \(d.year)"
        case "yearmonthdate": return "\(month) \(day), \(d.year)"
        case "monthdate": return "\(month) \(day)"
        default: return value
        }
    }
}
