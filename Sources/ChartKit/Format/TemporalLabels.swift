// How dates on an axis are written: the spec's date format when it gives one, else Vega-Lite's
// default for the field's time unit ("month" → "Jan", "yearmonth" → "Jan 2012"), else the
// chart's own default (TemporalValue.label at the ticks' precision).

enum TemporalLabels {
    /// Vega-Lite's default label format for a time unit: vega-time's `timeUnitSpecifier` with
    /// Vega-Lite's two overrides (VEGALITE_TIMEFORMAT in vega-lite's src/timeunit.ts): the
    /// longest run of units with a specifier of its own is written by it, then the next run.
    static func specifier(timeUnit: String) -> String? {
        let unit = timeUnit.hasPrefix("utc") ? String(timeUnit.dropFirst(3)) : timeUnit
        let order = ["year", "quarter", "month", "week", "dayofyear", "date", "day"]
        // "date" is inside "dayofyear"'s name and "day" inside both: match the long names first.
        var rest = unit, parts: [String] = []
        for name in ["dayofyear", "year", "quarter", "month", "week", "date", "day"] where rest.contains(name) {
            parts.append(name)
            rest = rest.replacingOccurrences(of: name, with: "")
        }
        guard rest.isEmpty, !parts.isEmpty else { return nil }
        parts.sort { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
        let runs: [String: String] = [
            "year": "%Y", "quarter": "Q%q", "month": "%b", "date": "%d", "week": "W%U", "day": "%a", "dayofyear": "%j",
            "year-month": "%b %Y", "year-month-date": "%b %d, %Y",
        ]
        var out: [String] = [], start = 0
        while start < parts.count {
            var end = parts.count
            while end > start, runs[parts[start..<end].joined(separator: "-")] == nil { end -= 1 }
            guard end > start else { return nil }
            out.append(runs[parts[start..<end].joined(separator: "-")]!)
            start = end
        }
        return out.joined(separator: " ")
    }

    /// The date format of a channel's labels: `axis.format`, else `format`, else the default of
    /// its `timeUnit`; nil leaves the chart's own labels. Formats are checked when decoded.
    static func format(for channel: ChannelSpec) -> TimeFormat? {
        let written = [channel.axis?.format, channel.format].compactMap { $0 }.first(where: TimeFormat.looksLikeTimeFormat)
        guard let spec = written ?? channel.timeUnit.flatMap({ specifier(timeUnit: $0.value) }) else { return nil }
        return try? TimeFormat(spec)
    }
}
