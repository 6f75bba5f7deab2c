// Vega-Lite's `offset` and `minExtent` of a y axis. `offset` moves the whole axis (ticks,
// labels, title) that many pixels away from the plot; `minExtent` is the least room its ticks
// and labels take, so the title sits at least that far out (Vega places the title at
// offset + max(minExtent, the labels' extent) + titlePadding). With Vega-Lite's default
// autosize the plot keeps its size and the figure grows by the difference.

extension AxisLook {
    /// The axis's distance from the plot's edge: `offset`, or 0.
    var offset: Double { spec?.more.offset ?? 0 }

    /// The room from the plot's edge to where the title starts, given what the ticks, labels
    /// and their padding measure.
    func room(_ measured: Double) -> Double {
        offset + max(spec?.more.minExtent ?? 0, measured)
    }
}
