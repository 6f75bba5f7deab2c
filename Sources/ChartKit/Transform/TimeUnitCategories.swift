// Time units that name a part of a date, not a date: `day` (the day of the week) and `hours`
// (the hour of the day). Vega-Lite draws them on an ordinal axis as categories labelled as its
// default formats write them ("%a": "Mon"; "%H:00": "08:00"), so here they become those words.
// On a time axis (type temporal) they would be instants of Vega's base day, which is not drawn
// yet: the type must be ordinal or nominal. A day `sort` lists names case-insensitively, in
// full or by their first three letters, as Vega-Lite reads them.

enum TimeUnitCategories {
    static let units = ["day", "hours"]
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// The category a date's text falls in, or nil when it has no such part.
    static func category(_ written: String, date: TemporalValue, unit: String) -> String? {
        switch unit {
        case "day":
            // 1970-01-01 was a Thursday (4).
            let weekday = ((Int(date.days) + 4) % 7 + 7) % 7
            return dayNames[weekday]
        case "hours":
            guard let h = hour(written) else { return date.precision == .day ? "00:00" : nil }
            return (h < 10 ? "0" : "") + "\(h):00"
        default:
            return nil
        }
    }

    /// The hour of "2015-01-01 08:30:00", "2015/01/01T8:30" and the like; nil without a time.
    static func hour(_ text: String) -> Int? {
        guard let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }) else { return nil }
        let time = text[text.index(after: cut)...]
        guard let colon = time.firstIndex(of: ":"), let h = Int(time[..<colon]), (0...23).contains(h) else { return nil }
        return h
    }

    /// A sort list of day names in the words the transform writes ("mon", "Monday" → "Mon").
    static func daySort(_ listed: [String]) -> [String] {
        listed.map { s in dayNames.first { $0.lowercased() == String(s.lowercased().prefix(3)) } ?? s }
    }

    /// The type must be categorical for these units; logs and returns false otherwise.
    static func checkType(_ unit: Located<String>, type: Located<FieldType>?, log: DiagnosticLog) -> Bool {
        guard units.contains(unit.value), type?.value != .ordinal, type?.value != .nominal else { return true }
        log.error(unit.location, unit.path, "\"\(unit.value)\" is drawn as categories (\"Mon\", \"08:00\"): give the channel \"type\": \"ordinal\"; a time-of-day axis is not drawn yet")
        return false
    }
}
