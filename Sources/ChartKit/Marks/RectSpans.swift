// Rects on continuous axes: a rect whose x runs to x2 and whose y runs to y2 on numbers (a
// two-dimensional histogram's bins, which binning gives as start and end columns). Vega-Lite
// draws each as the box between those four values, with no spacing between neighbours; here
// it is a bar of the Cartesian chart spanning x to x2 and y2 to y, coloured by its value
// (ValueColors) or series. Rects on bands (heatmaps of categories) stay with RectCompiler.

enum RectSpans {
    /// The layer is a rect spanning numbers on both axes.
    static func applies(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .rect && layer.x?.type == .quantitative && layer.x2 != nil
            && layer.y?.type == .quantitative && layer.y2 != nil
    }

    /// Space between neighbouring boxes: a bar's bins stand a pixel apart (Vega-Lite's
    /// binSpacing), rects touch.
    static func defaultSpacing(_ mark: MarkType) -> Double {
        mark == .rect ? 0 : 1
    }
}
