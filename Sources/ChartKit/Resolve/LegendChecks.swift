// A legend's `direction` and `titleOrient` are not settings here but follow from where it
// stands: on top or at the bottom its entries run in a row with the title before them
// (horizontal, title left); on the right they run in a column under the title (vertical,
// title top). A gradient bar (a continuous colour) is horizontal wherever it stands. A spec asking for that is drawn as asked; one asking otherwise is refused by
// name. `values` lists a size legend's entries and is refused on other legends.

enum LegendChecks {
    static func check(_ chart: Chart, log: DiagnosticLog) {
        let maps = RegionChartCompiler.handles(chart)
        let fallback: LegendOrient = RectCompiler.handles(chart) ? .right : chart.style.legend.orient
        for layer in chart.layers {
            for (key, field) in [("color", layer.color), ("size", layer.size), ("shape", layer.shape), ("strokeDash", layer.strokeDash), ("opacity", layer.opacity)] {
                guard let legend = field?.channel.legend, !legend.hidden else { continue }
                let orient = legend.orient ?? fallback
                if legend.values != nil && key != "size" && key != "opacity" {
                    log.error(legend.location, "\(legend.path).values", "lists the entries of size legends so far; a \(key) legend shows every value")
                }
                for (k, set) in [("offset", legend.offset != nil), ("clipHeight", legend.clipHeight != nil)] where set && (maps || RectCompiler.handles(chart)) {
                    log.error(legend.location, "\(legend.path).\(k)", "is not applied to \(maps ? "map" : "heatmap") legends yet")
                }
                guard orient != .none else { continue }
                let row = orient == .top || orient == .bottom
                let gradient = key == "color" && field?.type == .quantitative && !["threshold", "quantize", "quantile"].contains(field?.channel.scale?.type?.value ?? "")
                if orient.isInside && (maps || RectCompiler.handles(chart) || (key == "color" && field?.type == .quantitative)) {
                    let what = maps ? "maps" : RectCompiler.handles(chart) ? "heatmaps" : "the legend of a quantitative colour"
                    log.error(legend.location, "\(legend.path).orient", "\"\(orient.rawValue)\" (inside the plot) is not drawn for \(what) yet; use \"top\", \"bottom\" or \"right\"")
                    continue
                }
                let direction = row || gradient ? "horizontal" : "vertical"
                for (k, given, drawn) in [("direction", legend.direction, direction), ("titleOrient", legend.titleOrient, row ? "left" : "top")] {
                    guard let given else { continue }
                    if maps {
                        log.error(legend.location, "\(legend.path).\(k)", "is not applied to map legends yet")
                    } else if given != drawn {
                        log.error(legend.location, "\(legend.path).\(k)", "\"\(given)\" is not drawn yet: a legend \(orient == .right ? "on the right" : "on the \(orient.rawValue)") is \(k == "direction" ? drawn : "titled on the \(drawn)") here")
                    }
                }
            }
        }
    }
}
