/// A `format` string is a d3-format number format (",.1f", ".0%") or, when it holds a
/// directive such as "%Y" or "%b %d", a d3-time-format date format (Vega-Lite's
/// `formatType` "time"); a mistake in either is named where it is written.
enum FormatCheck {
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
