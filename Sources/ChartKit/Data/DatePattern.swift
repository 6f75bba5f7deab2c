// `format.parse` with a d3 time pattern, `"date:'%d.%m.%Y'"` (Vega-Lite's way to read dates
// written some other way): the directives a date of days needs — %Y (four-digit year), %y (two
// digits: 69–99 are 1900s, the rest 2000s, as d3), %m, %d and %e (one or two digits), %b and
// %B (English month names), %% — and literal characters, which must match. Each cell becomes
// the date as the project writes it: "2010", "2010-03" or "2010-03-07", as precise as the
// pattern. Times of day are not read: a pattern asking for them is refused while decoding.

public struct DatePattern: Sendable {
    enum Piece: Sendable, Equatable {
        case year4, year2, month, day, monthName, literal(Character)
    }

    let pieces: [Piece]
    let written: String

    static func decode(_ text: String, at location: SourceLocation, path: String, log: DiagnosticLog) -> DatePattern? {
        var body = Substring(text.hasPrefix("utc:") ? text.dropFirst(4) : text.dropFirst(5))
        if let q = body.first, q == "'" || q == "\"", body.count >= 2, body.last == q { body = body.dropFirst().dropLast() }
        var pieces: [Piece] = []
        var chars = body.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { pieces.append(.literal(c)); continue }
            switch chars.next() {
            case "Y": pieces.append(.year4)
            case "y": pieces.append(.year2)
            case "m": pieces.append(.month)
            case "d", "e": pieces.append(.day)
            case "b", "B": pieces.append(.monthName)
            case "%": pieces.append(.literal("%"))
            case let other:
                log.error(location, path, "the date pattern \"\(Quote.short(String(body)))\" uses %\(other.map(String.init) ?? ""), which is not read (supported: %Y %y %m %d %e %b %B %%: dates, not times)")
                return nil
            }
        }
        guard pieces.contains(where: { $0 == .year4 || $0 == .year2 }) else {
            log.error(location, path, "the date pattern \"\(Quote.short(String(body)))\" has no year (%Y or %y)")
            return nil
        }
        return DatePattern(pieces: pieces, written: String(body))
    }

    /// A cell read with the pattern.
    func read(_ cell: DataValue) -> ParseRules.Outcome {
        guard let text = cell.categoryText else { return .value(.missing) }
        guard let date = parse(Array(text)) else {
            return .problem("\"\(Quote.short(text))\" does not match the date pattern \"\(Quote.short(written))\"")
        }
        return .value(.text(date))
    }

    private func parse(_ s: [Character]) -> String? {
        var i = 0
        var year: Int?, month: Int?, day: Int?
        func digits(_ most: Int, exactly: Bool = false) -> Int? {
            while i < s.count, s[i] == " " && !exactly { i += 1 }
            var n = 0, count = 0
            while i < s.count, count < most, let d = s[i].wholeNumberValue, s[i].isASCII { n = n * 10 + d; i += 1; count += 1 }
            return count == 0 || (exactly && count < most) ? nil : n
        }
        for piece in pieces {
            switch piece {
            case .year4: guard let y = digits(4, exactly: true) else { return nil }; year = y
            case .year2: guard let y = digits(2, exactly: true) else { return nil }; year = y + (y > 68 ? 1900 : 2000)
            case .month: guard let m = digits(2), (1...12).contains(m) else { return nil }; month = m
            case .day: guard let d = digits(2), (1...31).contains(d) else { return nil }; day = d
            case .monthName:
                var word = ""
                while i < s.count, s[i].isLetter { word.append(s[i]); i += 1 }
                guard let m = TemporalValue.monthNumber(word) else { return nil }
                month = m
            case .literal(let c):
                guard i < s.count, s[i] == c else { return nil }
                i += 1
            }
        }
        guard i == s.count, let y = year else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yyyy = String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y)
        guard let m = month else { return day == nil ? yyyy : nil }
        guard let d = day else { return "\(yyyy)-\(two(m))" }
        guard d <= TemporalValue.daysInMonth(y, m) else { return nil }
        return "\(yyyy)-\(two(m))-\(two(d))"
    }
}
