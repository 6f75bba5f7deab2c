// The facet header's title (FacetHeader): above the panels of a column or wrapped facet,
// centred over them; left of the panels of a row facet, turned to read upwards and centred
// beside them, as Vega-Lite places it. It takes its room from the panels' region.

enum FacetHeaderLayout {
    /// Room between the header title and the panels.
    static let gap = 6.0

    /// Draws the header title into `b` and returns the region left for the panels.
    static func place(_ header: FacetHeader?, in region: Rect, style: Style, into b: SceneBuilder) -> Rect {
        guard let header, let title = header.title else { return region }
        let ts = style.axis.title
        let gap = header.titlePadding ?? Self.gap
        if header.kind == .row {
            let run = b.text(title, ts, at: Point(region.x, region.midY), h: .middle, v: .top, angle: -90)
            b.add(run, .axisTitle)
            let used = run.size.height + gap
            return Rect(x: region.x + used, y: region.y, width: max(10, region.width - used), height: region.height)
        }
        let run = b.text(title, ts, at: Point(region.midX, region.y), h: .middle, v: .top)
        b.add(run, .axisTitle)
        let used = run.size.height + gap
        return Rect(x: region.x, y: region.y + used, width: region.width, height: max(10, region.height - used))
    }
}
