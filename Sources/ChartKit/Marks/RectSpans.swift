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

// A histogram on its side: bars whose y is binned (bin start in y, end in y2) and whose x is
// a count or other number. Vega-Lite draws each from zero to x across its bin; here the layer
// gets an x2 of zeros, so it is a span on both axes, drawn as the binned bars of a vertical
// histogram are, with the bins a pixel apart along y.
enum SidewaysBins {
    static let zeroName = "__zero"

    /// A bar layer with a binned y and a plain quantitative x.
    static func applies(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .bar && layer.y?.channel.bin != nil && layer.y2 != nil && layer.x?.type == .quantitative
            && layer.x?.channel.bin == nil && layer.x2 == nil
    }

    /// Gives such layers their x2 at zero.
    static func spanFromZero(_ layers: inout [ResolvedLayer]) {
        for i in layers.indices where applies(layers[i]) {
            var layer = layers[i]
            layer.table = layer.table.setting(zeroName, Array(repeating: DataValue.number(0), count: layer.table.rowCount))
            guard let column = layer.table.columnIndex(zeroName), let x = layer.x else { continue }
            layer.x2 = Field(name: zeroName, column: column, type: .quantitative, channel: ChannelSpec(location: x.channel.location, path: "\(x.channel.path)2"))
            layers[i] = layer
        }
    }

    /// Whether a span layer's bins run along y (a pixel apart there, not along x).
    static func binnedAlongY(_ layer: ResolvedLayer) -> Bool {
        layer.x2?.name == zeroName
    }
}
