// Text and symbols stacked along x over stacked bars: Vega-Lite's `"stack"` on a text layer's x,
// its `detail` (or colour) splitting each category's pile as the bars' colour does. Each mark
// stands in the segment its row makes in the pile, at `bandPosition` along it: 0 at the
// segment's start, 1 at its end (Vega-Lite's place for a stacked mark that is not a bar), 0.5
// in its middle, where a segment's label goes (stacked_bar_h_normalized_labeled). A mark whose
// category and series name a segment of the bars, stacked the same way, takes that segment, so
// labels sit on the bars as drawn whatever order the stack piles in; others pile in data order.

enum HorizontalStacks {
    /// The stacked layers' marks moved to their places in the piles; `shown` is each bar
    /// datum's (start, end) as drawn.
    static func place(_ layers: inout [HorizontalLayer], bars: BarModel, shown: [Int: (Double, Double)]) {
        var segments: [String: (Double, Double)] = [:]
        for (i, d) in bars.data.enumerated() {
            if let s = d.series, let span = shown[i] { segments[key(d.category, s)] = span }
        }
        for l in layers.indices {
            guard let mode = layers[l].stack else { continue }
            let useBars = bars.stack == mode
            let along = layers[l].layer.x?.channel.bandPosition?.value ?? 1
            let own = piles(layers[l].marks, mode: mode)
            for m in layers[l].marks.indices {
                let mark = layers[l].marks[m]
                let span = (useBars ? mark.stackKey.flatMap { segments[key(mark.category, $0)] } : nil) ?? own[m]
                layers[l].marks[m].value = span.0 + (span.1 - span.0) * along
            }
        }
    }

    /// Each mark's (start, end) in its category's own pile, in data order: positive values
    /// upwards from zero, negative ones downwards; shares of the category's total when
    /// normalized (of its positive total, as the bars' normalize).
    static func piles(_ marks: [HorizontalMark], mode: StackMode) -> [(Double, Double)] {
        var totals: [String: Double] = [:]
        for m in marks where m.value > 0 { totals[m.category, default: 0] += m.value }
        var top: [String: Double] = [:], bottom: [String: Double] = [:]
        return marks.map { m in
            var v = m.value.isFinite ? m.value : 0
            if mode == .normalize { v = totals[m.category].map { $0 > 0 ? v / $0 : 0 } ?? 0 }
            if v >= 0 {
                let s = top[m.category, default: 0]
                top[m.category] = s + v
                return (s, s + v)
            }
            let s = bottom[m.category, default: 0]
            bottom[m.category] = s + v
            return (s, s + v)
        }
    }

    private static func key(_ category: String, _ series: String) -> String { category + "\u{1F}" + series }
}
