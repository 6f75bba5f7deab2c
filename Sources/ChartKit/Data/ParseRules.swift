import Foundation

// Vega-Lite's `format.parse`: `{"year": "date", "value": "number", "code": "string"}` forces how
// columns are read. Cells are otherwise kept as written and each channel reads them as its type
// says; a parse rule checks a column once, where it is loaded (an error names the row, the
// column and the rule), and gives the column the type a channel without one takes.

enum ParseRules {
    static func apply(_ rules: [ParseRule], to table: inout DataTable) throws(ChartError) {
        guard !rules.isEmpty else { return }
        var problems: [Diagnostic] = []
        for rule in rules {
            let field = rule.field
            guard let column = table.columnIndex(field.value) else {
                let columns = Quote.short(table.columns.joined(separator: ", "), limit: 200)
                problems.append(Diagnostic(at: field.location, path: field.path,
                                           "\"\(Quote.short(field.value))\" is not a column of \(table.label) (columns: \(columns))\(Suggest.didYouMean(field.value, in: table.columns))"))
                continue
            }
            // Each distinct value of a coded column is read once.
            let sheet = table.sheet
            let read = { (cell: DataValue) -> Outcome in
                rule.pattern.map { $0.read(cell) } ?? ParseRules.read(cell, as: rule.type, sheet: sheet)
            }
            let (parsed, failed) = table.storage[column].mapped { cell in
                if case .value(let v) = read(cell) { return v }
                return nil
            }
            for i in failed.prefix(Limits.errorsPerColumn) {
                guard case .problem(let why) = read(table[i, column]) else { continue }
                problems.append(Diagnostic(at: table.cellLocation(i, column),
                                           "column \"\(Quote.short(field.value))\", row \(i + 1)\(table.cellName(i, column)): \(why) (\(field.path) is \"\(rule.type.rawValue)\")"))
            }
            let bad = failed.count
            table.replaceColumn(column, with: parsed)
            if bad > Limits.errorsPerColumn {
                problems.append(Diagnostic(at: nil, "… and \(bad - Limits.errorsPerColumn) more rows of column \"\(Quote.short(field.value))\" that do not read as \(rule.type.rawValue == "date" ? "dates" : "\(rule.type.rawValue)s")", file: table.name))
            }
            table.parsedTypes[column] = rule.type.fieldType
        }
        if !problems.isEmpty { throw ChartError(problems) }
    }

    enum Outcome: Equatable {
        case value(DataValue)
        case problem(String)
    }

    /// One cell read as `type`.
    static func read(_ cell: DataValue, as type: ParseType, sheet: SheetOrigin?) -> Outcome {
        switch (type, cell) {
        case (_, .missing):
            return .value(.missing)
        case (.number, .number):
            return .value(cell)
        case (.number, .text(let s)):
            guard let v = DataTable.parseNumber(s) else { return .problem("\"\(Quote.short(s))\" is not a number") }
            return .value(.number(v))
        case (.string, .number(let v)):
            return .value(.text(Format.plain(v)))
        case (.string, .text):
            return .value(cell)
        case (.boolean, _):
            let written = cell.categoryText ?? ""
            switch written.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1": return .value(.text("true"))
            case "false", "0": return .value(.text("false"))
            default: return .problem("\"\(Quote.short(written))\" is not true or false (nor 1 or 0)")
            }
        case (.date, .text(let s)):
            guard TemporalValue.parse(s) != nil else {
                return .problem("\"\(Quote.short(s))\" is not a date (write 2023, 2023-06 or 2023-06-30)")
            }
            return .value(cell)
        case (.date, .number(let v)):
            // A workbook stores dates as day counts; elsewhere a number is a year.
            if let sheet {
                switch excelDate(v, date1904: sheet.date1904) {
                case .value(let date): return .value(date)
                case .problem(let why): return .problem(why)
                }
            }
            guard TemporalValue.year(v) != nil else {
                return .problem("\(Format.plain(v)) is not a date (a number reads as a year, 1 to 9999)")
            }
            return .value(cell)
        }
    }

    /// An Excel date serial as "YYYY-MM-DD". In the 1900 date system day 1 is 1900-01-01 and
    /// day 60 is 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug, kept by
    /// Excel), so later days are one off a plain count; in the 1904 system day 0 is
    /// 1904-01-01. The time of day (the fraction) is dropped: a chart's dates are days.
    static func excelDate(_ serial: Double, date1904: Bool) -> Outcome {
        let lastDay = date1904 ? 2_957_003.0 : 2_958_465.0  // 9999-12-31
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < lastDay + 1 else {
            return .problem("\(Format.plain(serial)) is not an Excel date (a day number from \(date1904 ? "0, 1904-01-01" : "1, 1900-01-01") to \(Format.plain(lastDay)), 9999-12-31)")
        }
        let day = Int(serial.rounded(.down))
        let days: Int
        if date1904 {
            days = TemporalValue.daysFromCivil(1904, 1, 1) + day
        } else if day == 60 {
            return .problem("60 is Excel's 29 February 1900, a day that never was (a leap-year bug Excel keeps from Lotus 1-2-3); correct the cell")
        } else {
            days = TemporalValue.daysFromCivil(1899, 12, day < 60 ? 31 : 30) + day
        }
        let (y, m, d) = TemporalValue.civilFromDays(days)
        return .value(.text("\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
