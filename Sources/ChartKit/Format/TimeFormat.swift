// Dates written as d3-time-format writes them (the formats Vega-Lite takes in `axis.format`,
// `format` and `legend.format` of temporal fields): "%m/%d" → "06/30", "%b %Y" → "Jun 2023",
// "%Y年%m月" → "2023年06月". A chart's dates are calendar days (TemporalValue keeps no time
// of day), so the directives that write a time of day are refused rather than written as 00.

public struct TimeFormat: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case literal(String)
        /// A directive letter with d3's padding flag: "-" none, "_" spaces, "0" zeros, nil default.
        case directive(Character, pad: Character?)
    }

    var pieces: [Piece]

    /// Directives this formatter writes (d3-time-format's date directives).
    static let dateDirectives: Set<Character> = ["Y", "y", "m", "d", "e", "b", "B", "a", "A", "j", "q", "G", "g", "u", "w", "x", "U", "W", "%"]
    /// d3's time-of-day directives, named in the error.
    static let timeDirectives: Set<Character> = ["H", "I", "M", "S", "L", "f", "p", "Q", "s", "Z", "X", "c"]

    /// True when `spec` reads as a time format rather than a number format: a "%" followed by
    /// a letter ("%Y", "%b %d"). A number format's "%" ends the type (".0%", ".1f% of GDP").
    public static func looksLikeTimeFormat(_ spec: String) -> Bool {
        let chars = Array(spec)
        for i in chars.indices.dropLast() where chars[i] == "%" {
            var j = i + 1
            if "-_0".contains(chars[j]), j + 1 < chars.count { j += 1 }
            if chars[j].isLetter && chars[j].isASCII { return true }
        }
        return false
    }

    /// Parses a specifier; throws the message naming what is not supported.
    public init(_ spec: String) throws(TimeFormatError) {
        var pieces: [Piece] = []
        var literal = ""
        var chars = Array(spec)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { literal.append(c); continue }
            var pad: Character?
            if let p = chars.first, "-_0".contains(p) { pad = p; chars = chars.dropFirst() }
            guard let d = chars.popFirst() else { throw TimeFormatError(message: "ends with a lone \"%\" (write \"%%\" for a percent sign)") }
            if Self.timeDirectives.contains(d) {
                throw TimeFormatError(message: "\"%\(d)\" writes a time of day, which charts of calendar dates do not keep; use %Y, %m, %d, %b, %B, %a, %A, %e, %j or %q")
            }
            guard Self.dateDirectives.contains(d) else { throw TimeFormatError(message: "\"%\(d)\" is not a d3-time-format directive") }
            if d == "%" { literal.append("%"); continue }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.directive(d, pad: pad))
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    public func string(_ date: TemporalValue) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .directive(let d, let pad): out += Self.write(d, pad: pad, date)
            }
        }
        return out
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static func write(_ d: Character, pad: Character?, _ v: TemporalValue) -> String {
        let weekday = ((Int(v.days) % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
        switch d {
        case "Y": return padded(v.year, width: 4, pad: pad ?? "0")
        case "y": return padded(((v.year % 100) + 100) % 100, width: 2, pad: pad ?? "0")
        case "G": return padded(isoWeekYear(v), width: 4, pad: pad ?? "0")
        case "g": return padded(((isoWeekYear(v) % 100) + 100) % 100, width: 2, pad: pad ?? "0")
        case "m": return padded(v.month, width: 2, pad: pad ?? "0")
        case "d": return padded(v.day, width: 2, pad: pad ?? "0")
        case "e": return padded(v.day, width: 2, pad: pad ?? "_")
        case "j": return padded(Int(v.days) - TemporalValue.daysFromCivil(v.year, 1, 1) + 1, width: 3, pad: pad ?? "0")
        case "q": return String((v.month - 1) / 3 + 1)
        case "b": return String(monthNames[v.month - 1].prefix(3))
        case "B": return monthNames[v.month - 1]
        case "a": return String(dayNames[weekday].prefix(3))
        case "A": return dayNames[weekday]
        case "u": return String(weekday == 0 ? 7 : weekday)
        case "w": return String(weekday)
        case "U": return padded(weekOfYear(v, firstWeekday: 0), width: 2, pad: pad ?? "0")
        case "W": return padded(weekOfYear(v, firstWeekday: 1), width: 2, pad: pad ?? "0")
        case "x": return "\(padded(v.month, width: 2, pad: "0"))/\(padded(v.day, width: 2, pad: "0"))/\(padded(v.year, width: 4, pad: "0"))"
        default: return ""
        }
    }

    /// d3's %U and %W: how many Sundays (Mondays) of the year fall on or before the date.
    private static func weekOfYear(_ v: TemporalValue, firstWeekday: Int) -> Int {
        let jan1 = TemporalValue.daysFromCivil(v.year, 1, 1)
        let jan1Weekday = ((jan1 % 7) + 7 + 4) % 7
        let dayOfYear = Int(v.days) - jan1
        let first = (firstWeekday - jan1Weekday + 7) % 7
        return dayOfYear >= first ? (dayOfYear - first) / 7 + 1 : 0
    }

    /// The year of the ISO week holding the date (the Thursday of its week decides).
    private static func isoWeekYear(_ v: TemporalValue) -> Int {
        let weekdayMondayFirst = ((Int(v.days) % 7) + 7 + 3) % 7  // 0 = Monday
        let thursday = TemporalValue.fromDays(Int(v.days) - weekdayMondayFirst + 3)
        return thursday.year
    }

    private static func padded(_ n: Int, width: Int, pad: Character) -> String {
        let digits = String(abs(n))
        let sign = n < 0 ? "-" : ""
        guard pad != "-", digits.count < width else { return sign + digits }
        return sign + String(repeating: pad, count: width - digits.count) + digits
    }
}

public struct TimeFormatError: Error, Sendable {
    public var message: String
}
