import Foundation

// log, pow, sqrt and symlog scales are drawn by the value axes of bar and layered charts
// (ValueAxis); a category, date or binned axis, or a rect or map chart, would draw them
// linearly, so there they are refused by name.

extension ChartResolver {
    static func checkScaleTypes(_ chart: Chart, log: DiagnosticLog) {
        let valueAxes = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart)
        for l in chart.layers {
            for f in [l.x, l.y].compactMap({ $0 }) {
                if let t = f.channel.scale?.type, ["band", "point"].contains(t.value) {
                    checkDiscrete(t, field: f, layer: l, chart: chart, log: log)
                    continue
                }
                if let p = f.channel.scale?.padding, !(valueAxes && f.type == .quantitative && f.channel.bin == nil) {
                    log.error(p.location, p.path, "is drawn on quantitative value axes only so far (pixels beyond the data); \(f.channel.path) is \(f.channel.bin != nil ? "binned" : f.type.rawValue)")
                }
                if let t = f.channel.scale?.type, ["threshold", "quantize", "quantile"].contains(t.value) {
                    log.error(t.location, t.path, "\"\(t.value)\" cuts values into colour classes; on a position it is not drawn yet")
                    continue
                }
                guard let t = f.channel.scale?.type, SpecDecoder.transformScaleTypes.contains(t.value) else { continue }
                if valueAxes && f.type == .quantitative && f.channel.bin == nil { continue }
                log.error(t.location, t.path, "\"\(t.value)\" scales are drawn on quantitative value axes only so far; \(f.channel.path) is \(f.channel.bin != nil ? "binned" : f.type.rawValue)")
            }
            for f in [l.color, l.size, l.opacity, l.shape].compactMap({ $0 }) {
                if let t = f.channel.scale?.type, ["band", "point"].contains(t.value) {
                    log.error(t.location, t.path, "\"\(t.value)\" scales place categories on x or y; \(f.channel.path) takes \"ordinal\" for categories")
                }
            }
        }
    }

    /// "band" (the default of categories on x and y) and "point" (categories at points, no
    /// bands: PointScale): on a field of categories; a point scale on a layered chart's x.
    private static func checkDiscrete(_ t: Located<String>, field f: Field, layer: ResolvedLayer, chart: Chart, log: DiagnosticLog) {
        guard f.type.isDiscrete else {
            log.error(t.location, t.path, "\"\(t.value)\" scales place categories; \(f.channel.path) is \(f.type.rawValue) (give \"type\": \"ordinal\" or \"nominal\")")
            return
        }
        guard t.value == "point" else {
            if let p = f.channel.scale?.padding { log.error(p.location, p.path, "on a band scale the style sets the gaps between bands") }
            return
        }
        if !(CartesianModel.handles(chart) && layer.x.map { $0.channel.path == f.channel.path } == true) {
            log.error(t.location, t.path, "\"point\" is drawn on the x axis of a layered or line chart so far")
        }
    }
}
