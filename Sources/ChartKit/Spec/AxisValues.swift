import Foundation

// Vega-Lite's `axis.values`: the ticks (and their labels and grid lines) exactly where the spec
// lists them instead of the scale's nice ticks. Drawn on quantitative value axes; category and
// date axes refuse it by name (ChartResolver.checkAxisValues).

extension AxisDecoder {
    /// Numbers only: the value axes that draw them are numeric.
    static func tickValues(_ a: ObjectReader, log: DiagnosticLog) -> Located<[Double]>? {
        guard let items = a.array("values"), let n = a["values"] else { return nil }
        var values: [Double] = []
        for (i, item) in items.enumerated() {
            guard case .number(let v) = item.value else {
                log.error(item.location, "\(a.childPath("values"))[\(i)]", "must be a number: tick values are drawn on quantitative axes only so far, found \(item.kindName)")
                return nil
            }
            values.append(v)
        }
        return Located(values, at: n.location, path: a.childPath("values"))
    }
}

extension ValueAxis {
    /// The listed values inside the domain, in order: Vega draws no tick outside its scale.
    static func explicitTicks(_ values: [Double], domain: (Double, Double)) -> [Double] {
        let (lo, hi) = (min(domain.0, domain.1), max(domain.0, domain.1))
        let slack = (hi - lo) * 1e-9
        return values.filter { $0 >= lo - slack && $0 <= hi + slack }
    }
}

extension ChartResolver {
    /// `axis.values` on an axis that is not a quantitative value axis of a bar or layered chart.
    static func checkAxisValues(_ chart: Chart, log: DiagnosticLog) {
        let valueAxes = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart)
        for l in chart.layers {
            for f in [l.x, l.y].compactMap({ $0 }) {
                guard let v = f.channel.axis?.values else { continue }
                if valueAxes && f.type == .quantitative && f.channel.bin == nil { continue }
                log.error(v.location, v.path, "are drawn on quantitative value axes only so far; \(f.channel.path) is \(f.channel.bin != nil ? "binned" : f.type.rawValue)")
            }
        }
    }
}
