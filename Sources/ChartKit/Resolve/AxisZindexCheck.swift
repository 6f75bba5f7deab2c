// An axis's `zindex` above 0 draws the axis over the marks (wheat_wages's y axis and its grid
// over the bars). On charts with a shared x axis (CartesianCompiler) the ticks, labels and
// domains are drawn after the marks already, so the y axis's grid is what moves over them and
// an x axis (no grid there) is drawn as asked. Other charts draw their grids under the marks:
// refused there by the zindex's path.

enum AxisZindexCheck {
    static func check(_ chart: Chart, cartesian: Bool, log: DiagnosticLog) {
        var named = Set<String>()
        for layer in chart.layers {
            for field in [layer.x, layer.y].compactMap({ $0 }) {
                guard let z = field.channel.axis?.zindex, !cartesian, !named.contains(z.path) else { continue }
                named.insert(z.path)
                log.error(z.location, z.path, "above 0 (the axis over the marks) is drawn on charts with a shared x axis and a quantitative y so far")
            }
        }
    }
}
