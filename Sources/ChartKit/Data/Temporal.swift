import Foundation

// Dates as reports write them: "2023", "2023-06", "2023-06-30" (or a bare number 2023 for a
// year). Each becomes a position on a continuous day axis (days since 1970-01-01, proleptic
// Gregorian, no time zones: a chart's dates are calendar dates, not instants) plus the precision
// it was written with. Plain integer arithmetic keeps results identical on every machine.

public struct TemporalValue: Sendable, Equatable, Comparable {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var year: Int
    public var month: Int  // 1-12
    public var day: Int    // 1-31
    public var precision: Precision

    /// Days since 1970-01-01.
    public var days: Double { Double(TemporalValue.daysFromCivil(year, month, day)) }
    /// The date as "2006-01-31" (what a predicate on a date column reads).
    var isoDate: String {
        (year < 0 ? "-" : "") + [(abs(year), 4), (month, 2), (day, 2)].map { n, w in String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }.joined(separator: "-")
    }

    public static func < (a: TemporalValue, b: TemporalValue) -> Bool { a.days < b.days }

    /// Parses "2023", "2023-06", "2023-06-30" (also with "/" as separator); nil otherwise.
    /// Reads the UTF-8 bytes directly: a time series of 100,000 rows parses a date per row.
    public static func parse(_ text: String) -> TemporalValue? {
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    /// The other form Vega-Lite's data reads as dates (JavaScript's `Date.parse`) besides ISO
    /// dates (with a time, read by parse(bytes:)): English month names ("Jan 1 2000",
    /// "January 1, 2000", "1 Jan 2000", "Jan 2000").
    static func parseOther(_ bytes: UnsafeBufferPointer<UInt8>) -> TemporalValue? {
        // Words between spaces and commas, read in place: a movie list has a date per row.
        var words: [Range<Int>] = []
        var start = -1
        for i in 0...bytes.count {
            let separator = i == bytes.count || bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ",")
            if separator, start >= 0 {
                guard words.count < 3 else { return nil }
                words.append(start..<i)
                start = -1
            } else if !separator, start < 0 {
                start = i
            }
        }
        guard words.count == 2 || words.count == 3 else { return nil }
        var month: Int?, numbers: [(value: Int, digits: Int)] = []
        for w in words {
            if let n = number(bytes[w]) { numbers.append(n); continue }
            guard month == nil, let m = monthNumber(bytes: UnsafeBufferPointer(rebasing: bytes[w])) else { return nil }
            month = m
        }
        guard let month, let yearPart = numbers.last, yearPart.digits == 4 else { return nil }
        var v = TemporalValue(year: yearPart.value, month: month, day: 1, precision: .month)
        if numbers.count == 2 {
            let day = numbers[0]
            guard day.digits <= 2, day.value >= 1, day.value <= daysInMonth(v.year, month) else { return nil }
            v.day = day.value
            v.precision = .day
        }
        return v
    }

    /// A run of one to four ASCII digits, or nil.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> (value: Int, digits: Int)? {
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        var value = 0
        for b in digits {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return (value, digits.count)
    }

    static let fullMonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    private static let monthNameBytes = fullMonthNames.map { Array($0.utf8) }

    /// 1-12 for an English month name or its three-letter abbreviation ("Sep" and "Sept").
    static func monthNumber(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { monthNumber(bytes: $0) }
    }

    /// monthNumber on UTF-8 bytes, compared case-insensitively in ASCII without building strings.
    static func monthNumber(bytes word: UnsafeBufferPointer<UInt8>) -> Int? {
        var lo = 0, hi = word.count
        while lo < hi, word[lo] == UInt8(ascii: ".") { lo += 1 }
        while hi > lo, word[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        let n = hi - lo
        // Words that are not names (numbers, most of every date column) leave at the first letter.
        guard n >= 3, (0x41...0x5A).contains(word[lo]) || (0x61...0x7A).contains(word[lo]) else { return nil }
        func matches(_ name: [UInt8]) -> Bool {
            for k in 0..<n where word[lo + k] | 0x20 != name[k] { return false }
            return true
        }
        for (i, name) in monthNameBytes.enumerated() where n == name.count || n == 3 {
            if matches(name) { return i + 1 }
        }
        if n == 4 && matches(Array("sept".utf8)) { return 9 }
        return nil
    }

    /// What may follow an ISO date's "T": digits and `:.+-Z`, at least one.
    private static func isTimeOfDay(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
            || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "Z") }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> TemporalValue? {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        // Up to three runs of digits, separated all by "-" or all by "/".
        var parts: [(value: Int, digits: Int)] = []
        var separator: UInt8 = 0
        var value = 0, digits = 0
        for i in lo..<hi {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                guard digits < 4 else { return nil }
                value = value * 10 + Int(b - 0x30)
                digits += 1
            } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "/") {
                guard digits > 0, parts.count < 2, separator == 0 || separator == b else { return nil }
                separator = b
                parts.append((value, digits))
                value = 0
                digits = 0
            } else if i == lo + 10, b == UInt8(ascii: "T") || b == 0x20, isTimeOfDay(bytes[(i + 1)..<hi]) {
                // ISO with a time ("2000-01-01T08:00:00Z"): the day, as parseOther reads it,
                // without building strings for each cell of an hourly column.
                hi = i
                break
            } else {
                return parseOther(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
            }
        }
        guard digits > 0 else { return nil }
        parts.append((value, digits))
        guard parts[0].digits == 4 else { return nil }
        var v = TemporalValue(year: parts[0].value, month: 1, day: 1, precision: .year)
        if parts.count >= 2 {
            guard parts[1].digits <= 2, (1...12).contains(parts[1].value) else { return nil }
            v.month = parts[1].value
            v.precision = .month
        }
        if parts.count == 3 {
            let d = parts[2].value
            guard parts[2].digits <= 2, d >= 1, d <= daysInMonth(v.year, v.month) else { return nil }
            v.day = d
            v.precision = .day
        }
        return v
    }

    /// A year written as a number (2023 in JSON, or a CSV cell "2023").
    public static func year(_ value: Double) -> TemporalValue? {
        guard value == value.rounded(), value >= 1, value <= 9999 else { return nil }
        return TemporalValue(year: Int(value), month: 1, day: 1, precision: .year)
    }

    public static func fromDays(_ days: Int) -> TemporalValue {
        let (y, m, d) = civilFromDays(days)
        return TemporalValue(year: y, month: m, day: d, precision: .day)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Howard Hinnant's civil_from_days.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// How the value is written at a given precision: "2023", "Jun 2023", "30 Jun 2023".
    public func label(_ precision: Precision) -> String {
        switch precision {
        case .year: return String(year)
        case .month: return "\(TemporalValue.monthNames[month - 1]) \(year)"
        case .day: return "\(day) \(TemporalValue.monthNames[month - 1]) \(year)"
        }
    }
}

/// Tick choice on a time axis: whole years (1, 2, 5, 10, … apart), months (1, 3, 6) or days
/// (1, 2, 7, 14), the finest interval whose labels fit the room.
public struct TimeTicks: Sendable, Equatable {
    public enum Unit: Sendable, Equatable { case year, month, day }
    public var unit: Unit
    public var step: Int
    public var values: [TemporalValue]

    public var precision: TemporalValue.Precision {
        switch unit { case .year: return .year; case .month: return .month; case .day: return .day }
    }

    /// Ticks inside [lo, hi] (days), at most `maximum` of them, never finer than the dates
    /// themselves: annual data gets year ticks, not "Jul 2019" between two years.
    public static func choose(lo: Double, hi: Double, maximum: Int, finest: TemporalValue.Precision = .day) -> TimeTicks {
        let maximum = max(1, maximum)
        let all: [(Unit, Int)] = [(.day, 1), (.day, 2), (.day, 7), (.day, 14), (.month, 1), (.month, 3), (.month, 6),
                                  (.year, 1), (.year, 2), (.year, 5), (.year, 10), (.year, 20), (.year, 50), (.year, 100),
                                  (.year, 200), (.year, 500), (.year, 1000)]
        let candidates = all.filter { TimeTicks(unit: $0.0, step: $0.1, values: []).precision <= finest }
        for (unit, step) in candidates {
            let values = ticks(unit: unit, step: step, lo: lo, hi: hi, limit: maximum + 1)
            if values.count <= maximum { return TimeTicks(unit: unit, step: step, values: values) }
        }
        let values = ticks(unit: .year, step: 1000, lo: lo, hi: hi, limit: 100)
        return TimeTicks(unit: .year, step: 1000, values: values)
    }

    static func ticks(unit: Unit, step: Int, lo: Double, hi: Double, limit: Int) -> [TemporalValue] {
        var out: [TemporalValue] = []
        let start = TemporalValue.fromDays(Int(lo.rounded(.down)))
        switch unit {
        case .year:
            var y = (start.year / step) * step
            if y < start.year || Double(TemporalValue.daysFromCivil(y, 1, 1)) < lo - 1e-9 { y += step }
            while Double(TemporalValue.daysFromCivil(y, 1, 1)) <= hi + 1e-9 && out.count <= limit {
                out.append(TemporalValue(year: y, month: 1, day: 1, precision: .year))
                y += step
            }
        case .month:
            var index = start.year * 12 + (start.month - 1)
            index = (index / step) * step
            while out.count <= limit {
                let y = index / 12, m = index % 12 + 1
                let d = Double(TemporalValue.daysFromCivil(y, m, 1))
                if d > hi + 1e-9 { break }
                if d >= lo - 1e-9 { out.append(TemporalValue(year: y, month: m, day: 1, precision: .month)) }
                index += step
            }
        case .day:
            var d = Int(lo.rounded(.up))
            if step == 7 {
                // Weeks start on Mondays (1970-01-01 was a Thursday).
                while ((d % 7) + 7 + 3) % 7 != 0 { d += 1 }
            } else if step > 1 {
                d = Int((Double(d) / Double(step)).rounded(.up)) * step
            }
            while Double(d) <= hi + 1e-9 && out.count <= limit {
                out.append(TemporalValue.fromDays(d))
                d += step
            }
        }
        return out
    }
}

extension TemporalValue {
    /// A table cell as a date: text as written ("2023-06"), a number as a year, else nil.
    init?(cell: DataValue) {
        switch cell {
        case .missing: return nil
        case .number(let n): guard let v = TemporalValue.year(n) else { return nil }; self = v
        case .text(let s): guard let v = TemporalValue.parse(s) ?? Double(s).flatMap(TemporalValue.year) else { return nil }; self = v
        }
    }
}
