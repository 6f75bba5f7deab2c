import Foundation

// log, pow, sqrt and symlog scales are drawn by the value axes of bar and layered charts
// (ValueAxis); a category, date or binned axis, or a rect or map chart, would draw them
// linearly, so there they are refused by name.

extension ChartResolver {
    static func checkScaleTypes(_ chart: Chart, log: DiagnosticLog) {
        let valueAxes = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart)
        for l in chart.layers {
            for f in [l.x, l.y].compactMap({ $0 }) {
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
        }
    }
}
