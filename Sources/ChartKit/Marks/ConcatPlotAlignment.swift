// Side-by-side panels with their plots level. Vega-Lite sizes each view's plot and hangs its
// axes and title around it, so the plots of an hconcat of equal heights start and end at the
// same heights, whatever each panel's axes take: the ages written between a population
// pyramid's halves (a panel without an x axis) stand level with the bars beside them. Here
// each panel's room is trimmed so its plot spans the row's common top and bottom: the lowest
// plot top and the highest plot bottom of the panels, measured by compiling each once (the
// chrome above and below a plot does not change with its height).

enum ConcatPlotAlignment {
    /// `rects` (one row of panels) trimmed so that every panel's plot spans the same heights;
    /// unchanged when a panel asks for its own height or has no plot.
    static func levelled(_ rects: [Rect], figure: Chart, panel compilePanel: (Chart) -> CompiledChart) -> [Rect] {
        guard figure.concat == .horizontal, rects.count > 1, figure.panels.allSatisfy({ $0.spec.height == nil }) else { return rects }
        var plots: [Rect] = []
        for (panel, rect) in zip(figure.panels, rects) {
            guard let plot = compilePanel(ConcatCompiler.fitted(panel, into: rect, figure: figure)).scene.plotArea else { return rects }
            plots.append(plot)
        }
        let top = plots.map(\.y).max()!, bottom = plots.map(\.maxY).min()!
        guard bottom - top >= 10 else { return rects }
        return zip(rects, plots).map { rect, plot in
            let above = top - plot.y, below = plot.maxY - bottom
            return Rect(x: rect.x, y: rect.y + above, width: rect.width, height: max(10, rect.height - above - below))
        }
    }
}
