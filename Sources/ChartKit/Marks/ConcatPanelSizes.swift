// A panel's own plot size in `hconcat` (its `width`) and `vconcat` (its `height`): Vega-Lite
// sizes each view by its own width/height, its axes and title around it. Here the figure's
// room is laid out along the concatenation: a sized panel takes its plot size plus its own
// chrome (measured by compiling it once), and the panels without a size share the rest equally.

enum ConcatPanelSizes {
    /// The panels' rectangles, or nil when no panel gives its own size along the concatenation.
    static func rects(_ figure: Chart, in region: Rect, gap: Double, panel compilePanel: (Chart) -> CompiledChart) -> [Rect]? {
        guard let horizontal = [ConcatDirection.horizontal: true, .vertical: false][figure.concat ?? .wrapped] else { return nil }
        let asked = figure.panels.map { horizontal ? $0.spec.width?.value : $0.spec.height?.value }
        guard asked.contains(where: { $0 != nil }) else { return nil }
        var rects = FacetCompiler.gridRects(count: asked.count, columns: horizontal ? asked.count : 1, in: region, gap: gap)
        // Two rounds: a panel's chrome (axis labels, wrapped titles) changes a little with its size.
        for _ in 0..<2 {
            var lengths: [Double?] = []
            for (i, size) in asked.enumerated() {
                guard let size else { lengths.append(nil); continue }
                let compiled = compilePanel(ConcatCompiler.fitted(figure.panels[i], into: rects[i], figure: figure))
                let side = horizontal ? rects[i].width : rects[i].height
                let plot = compiled.scene.plotArea.map { horizontal ? $0.width : $0.height } ?? side
                lengths.append(max(10, side - plot + size))
            }
            rects = laid(lengths, in: region, gap: gap, horizontal: horizontal)
        }
        return rects
    }

    /// Rectangles one after another along the concatenation: given lengths kept, the rest of
    /// the room shared by the panels without one.
    static func laid(_ lengths: [Double?], in region: Rect, gap: Double, horizontal: Bool) -> [Rect] {
        let total = horizontal ? region.width : region.height
        let fixed = lengths.compactMap { $0 }.reduce(0, +)
        let free = lengths.filter { $0 == nil }.count
        let share = free == 0 ? 0 : max(10, (total - fixed - gap * Double(lengths.count - 1)) / Double(free))
        var at = horizontal ? region.x : region.y
        return lengths.map { length in
            let l = length ?? share
            defer { at += l + gap }
            return horizontal ? Rect(x: at, y: region.y, width: l, height: region.height)
                              : Rect(x: region.x, y: at, width: region.width, height: l)
        }
    }
}
