// A channel's `legend`: null hides it; an object may set Vega-Lite's title, orient (the corner
// orients put it inside the plot: InsideLegends.swift), offset, clipHeight (each entry's
// height, its symbol cut to it), format, direction, titleOrient,
// gradientLength and values. Direction and title placement follow
// from where a legend stands here (a row of entries on top or at the bottom with the title
// before them; a column on the right with the title above), so they are accepted when they
// agree with that and refused otherwise (LegendChecks).

enum LegendDecoder {
    static let keys = ["title", "orient", "format", "direction", "titleOrient", "gradientLength", "values", "offset", "clipHeight"]

    static func decode(_ n: JSONNode, path: String, log: DiagnosticLog) -> LegendSpec? {
        if case .null = n.value { return LegendSpec(hidden: true) }
        guard let l = ObjectReader(n, path: path, log: log, keys: keys) else { return nil }
        var legend = LegendSpec()
        legend.location = n.location
        legend.path = path
        legend.title = l.title("title")
        if let o = l.choice("orient", LegendOrient.allCases.map(\.rawValue)) { legend.orient = LegendOrient(rawValue: o) }
        legend.format = l.string("format")
        if let f = legend.format, NumberFormat(f) == nil, let fn = l["format"] {
            log.error(fn.location, l.childPath("format"), "\"\(f)\" is not a number format (examples: \",.1f\", \".0%\", \"~s\")")
            legend.format = nil
        }
        legend.direction = l.choice("direction", ["horizontal", "vertical"])
        legend.titleOrient = l.choice("titleOrient", ["top", "left", "bottom", "right"])
        legend.gradientLength = l.number("gradientLength", min: 10, max: 2000)
        legend.offset = l.number("offset", min: -2000, max: 2000)
        legend.clipHeight = l.number("clipHeight", min: 1, max: 2000)
        if let items = l.array("values") {
            var values: [Double] = []
            for (i, item) in items.enumerated() {
                guard case .number(let v) = item.value else {
                    log.error(item.location, "\(l.childPath("values"))[\(i)]", "must be a number (values are listed for size legends so far), found \(item.kindName)")
                    continue
                }
                values.append(v)
            }
            legend.values = values
        }
        return legend
    }
}

extension ChannelSpec {
    /// The number format of the channel's legend labels: the legend's `format`, else the channel's.
    var legendFormat: String? { legend?.format ?? format }
}
