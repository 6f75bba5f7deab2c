// A field predicate with a `timeUnit` (`{"field": "date", "timeUnit": "year", "range": [2006,
// 2007]}`), as Vega-Lite compiles it: the field's date truncated to the unit is compared, as a
// point in time, with each value read as a date. For a single unit a number below 10,000 is
// that unit of Vega-Lite's base year 2012 (year 2006 is 2006-01-01, month 1 is 2012-01-01,
// date 15 is 2012-01-15); a string is a date; an object is a DateTime ({"year": 2006,
// "month": 3}). Both sides become day numbers, so the ordinary tests compare them.

enum TimeUnitPredicate {
    static let singleUnits = ["year", "quarter", "month", "date"]

    static func check(_ unit: Located<String>, log: DiagnosticLog) -> Bool {
        guard TransformDecoder.timeUnits.contains(unit.value) else {
            log.error(unit.location, unit.path, "\"\(Quote.short(unit.value))\" is not a time unit this tool applies (\(ObjectReader.quoted(TransformDecoder.timeUnits)))")
            return false
        }
        return true
    }

    /// The predicate's value (a value, an array of them, or a range with nulls) as day numbers.
    static func days(_ node: JSONNode, unit: String, path: String, log: DiagnosticLog) -> JSONNode? {
        switch node.value {
        case .null, .bool: return node
        case .array(let items):
            var out: [JSONNode] = []
            for (i, item) in items.enumerated() {
                guard let d = days(item, unit: unit, path: "\(path)[\(i)]", log: log) else { return nil }
                out.append(d)
            }
            return JSONNode(.array(out), at: node.location)
        default:
            guard let date = date(node, unit: unit) else {
                log.error(node.location, path, "must be a date such as \"2006-03-01\", a number of the unit \"\(unit)\" or {\"year\": …, \"month\": …} when filtering by timeUnit, found \(node.kindName)")
                return nil
            }
            return JSONNode(.number(date.days), at: node.location)
        }
    }

    private static func date(_ node: JSONNode, unit: String) -> TemporalValue? {
        switch node.value {
        case .number(let v) where singleUnits.contains(unit) && v < 10_000 && v == v.rounded():
            let n = Int(v)
            switch unit {
            case "year": return make(n, 1, 1)
            case "quarter": return make(2012, (n - 1) * 3 + 1, 1)
            case "month": return make(2012, n, 1)
            default: return make(2012, 1, n)
            }
        case .string(let s): return TemporalValue.parse(s)
        case .object:
            func part(_ key: String, _ fallback: Int) -> Int? {
                guard let n = node[key] else { return fallback }
                if case .number(let v) = n.value, v == v.rounded() { return Int(v) }
                return nil
            }
            guard let members = node.members, members.allSatisfy({ ["year", "quarter", "month", "date"].contains($0.key) }),
                  let y = part("year", 2012), let q = part("quarter", 1), let m = part("month", (q - 1) * 3 + 1), let d = part("date", 1) else { return nil }
            return make(y, m, d)
        default: return nil
        }
    }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> TemporalValue? {
        guard (1...12).contains(m), d >= 1, d <= TemporalValue.daysInMonth(y, m) else { return nil }
        return TemporalValue(year: y, month: m, day: d, precision: .day)
    }

    /// Each row's date truncated to the unit, as a day number; missing where there is no date.
    static func keys(_ t: DataTable, _ column: Int, unit: String) -> DataColumn {
        t.storage[column].mapped { cell in
            guard let date = TemporalValue(cell: cell),
                  let truncated = TemporalValue.parse(TimeUnitTransform.truncate(date, to: unit)) else { return .missing }
            return .number(truncated.days)
        }.column
    }
}
