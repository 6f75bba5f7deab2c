/// A `format` string is a d3-format number format (",.1f", ".0%") or, when it holds a
/// directive such as "%Y" or "%b %d", a d3-time-format date format (Vega-Lite's
/// `formatType` "time"); a mistake in either is named where it is written.
enum FormatCheck {
    /// A date format writes dates: on a quantitative field it would be read as a number
    /// format ("%Y" → "1400%Y"), and on categories that are not dates it would change
    /// nothing, so both are named. Temporal fields, time units and date categories take it.
    static func dateFormatFits(_ channel: ChannelSpec, type: FieldType, column: Int, in table: DataTable, log: DiagnosticLog) {
        guard type != .temporal, channel.timeUnit == nil else { return }
        let written = [("axis.format", channel.axis?.format), ("format", channel.format)]
        guard let (key, f) = written.first(where: { $0.1.map(TimeFormat.looksLikeTimeFormat) == true }), let f else { return }
        let path = "\(channel.path).\(key)", name = channel.field?.value ?? ""
        if type == .quantitative {
            log.error(channel.location, path, "\"\(f)\" is a date format, but \"\(name)\" is quantitative: give a number format (\",.1f\") or make the field temporal")
            return
        }
        let first = table.rows.lazy.compactMap { $0[column].categoryText }.first
        if let first, TemporalValue.parse(first) == nil {
            log.error(channel.location, path, "\"\(f)\" is a date format, but \"\(name)\" holds categories that are not dates (\"\(Quote.short(first, limit: 30))\")")
        }
    }

    static func check(_ node: JSONNode?, path: String, log: DiagnosticLog) {
        guard let node, case .string(let f) = node.value else { return }
        if TimeFormat.looksLikeTimeFormat(f) {
            do throws(TimeFormatError) { _ = try TimeFormat(f) } catch {
                log.error(node.location, path, "\"\(f)\": \(error.message)")
            }
        } else if NumberFormat(f) == nil {
            log.error(node.location, path, "\"\(f)\" is not a number format (examples: \",.1f\", \".0%\", \"~s\", \",d\") nor a date format (\"%Y\", \"%b %Y\", \"%m/%d\")")
        }
    }
}
