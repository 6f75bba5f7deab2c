// Annotations on a band (category) axis: a rule at a category's centre, a band from the start
// of one category's band to the end of another's, a target point above a category. Years on
// bar charts are categories, so "the 14th Five-Year Plan, 2021–2025" is a band from "2021" to
// "2025" and "2030 target" a point above "2030".

enum AnnotationPlacement {
    /// The index of the category an annotation value names ("2025" or 2025), or nil.
    static func category(_ v: AnnotationValue, in categories: [String]) -> Int? {
        let key: String
        switch v {
        case .number(let n): key = Format.plain(n)
        case .text(let s): key = s
        }
        return categories.firstIndex(of: key)
    }

    /// The first and last category indices an annotation covers, in axis order.
    static func categoryRange(_ a: AnnotationSpec, in categories: [String]) -> (Int, Int) {
        let i = category(a.value, in: categories) ?? 0
        let j = a.value2.flatMap { category($0, in: categories) } ?? i
        return (min(i, j), max(i, j))
    }

    /// Pixel span along the category axis from the start of band `i` to the end of band `j`,
    /// padding included so adjacent periods meet.
    static func span(from i: Int, to j: Int, band: BandScale) -> (Double, Double) {
        let half = (band.step - band.bandwidth) / 2
        let start = (band(band.domain[i]) ?? band.range.0) - half
        let end = (band(band.domain[j]) ?? band.range.0) + band.bandwidth + half
        return (start, end)
    }

    /// A target point's label: left of it, above or below (ending at it), right of it, then
    /// below or above starting at it; the first place inside the plot that hits nothing. When
    /// there is none the label still stands beside its point (a target without its words is
    /// worse than an overlap), and a warning says so.
    static func placePointLabel(_ label: String, _ ls: TextStyle, at c: Point, plot: Rect, obstacles: inout RectIndex, builder b: SceneBuilder,
                                annotation a: AnnotationSpec, warnings: inout [String]) -> TextRun {
        let candidates = [
            b.text(label, ls, at: Point(c.x - 9, c.y), h: .end, v: .middle),
            b.text(label, ls, at: Point(c.x, c.y - 9), h: .end, v: .bottom),
            b.text(label, ls, at: Point(c.x, c.y + 9), h: .end, v: .top),
            b.text(label, ls, at: Point(c.x + 9, c.y), h: .start, v: .middle),
            b.text(label, ls, at: Point(c.x, c.y + 9), h: .start, v: .top),
            b.text(label, ls, at: Point(c.x, c.y - 9), h: .start, v: .bottom),
        ]
        let free = candidates.first { !obstacles.intersectsAny($0.bounds) && plot.insetBy(-2).contains($0.bounds) }
        if free == nil {
            warnings.append("\(a.path).label \"\(Quote.short(a.label ?? ""))\" finds no free place beside its point and overlaps other marks or labels")
        }
        let run = free ?? candidates[0]
        obstacles.insert(run.bounds)
        return run
    }

    /// Draws one category-axis annotation (bands are drawn under the bars elsewhere; here
    /// their labels) and returns its label, placed where it hits nothing.
    static func drawOnCategories(_ a: AnnotationSpec, color: Color?, categories: [String], band: BandScale, valueScale: LinearScale,
                                 vertical: Bool, plot: Rect, style: Style, obstacles: inout RectIndex, builder b: SceneBuilder,
                                 warnings: inout [String]) -> [(TextRun, Role)] {
        let (i, j) = categoryRange(a, in: categories)
        let center = band.center(categories[i]) ?? plot.x
        switch a.kind {
        case .rule:
            let line: [PathCommand] = vertical ? [.move(Point(center, plot.y)), .line(Point(center, plot.maxY))]
                                               : [.move(Point(plot.x, center)), .line(Point(plot.maxX, center))]
            b.add(.path(line, fill: nil, stroke: a.ruleStroke(color, style: style),
                        role: .rule(value: Double(i))))
            guard let label = a.label, !label.isEmpty else { return [] }
            var ls = style.rule.label
            if let color { ls.color = color }
            let (run, _) = BarChartCompiler.placeAnnotationLabel(label, ls, at: center, vertical: !vertical, plot: plot, outsideWidth: 0,
                                                                 obstacles: obstacles, builder: b)
            obstacles.insert(run.bounds)
            return [(run, .ruleLabel)]
        case .band:
            guard let label = a.label, !label.isEmpty else { return [] }
            var ls = style.band.label
            if let color { ls.color = color }
            let (p0, p1) = span(from: i, to: j, band: band)
            // The period's name at the top of its shading, inside it.
            let run = vertical
                ? b.text(label, ls, at: Point((p0 + p1) / 2, plot.y + 3), h: .middle, v: .top, wrap: max(20, p1 - p0 - 4), align: .middle)
                : b.text(label, ls, at: Point(plot.maxX - 3, (p0 + p1) / 2), h: .end, v: .middle)
            obstacles.insert(run.bounds)
            return [(run, .bandLabel)]
        case .text:
            guard let y = a.pointY, let callout = a.callout else { return [] }
            let run = Callout.draw(callout, at: Point(center, valueScale(y)), color: color, style: style, plot: plot, obstacles: &obstacles,
                                   builder: b, path: a.path, warnings: &warnings)
            return [(run, .callout)]
        case .point:
            guard let y = a.pointY else { return [] }
            let c = Point(center, valueScale(y))
            // Hollow: a target, not a measurement.
            b.add(.circle(center: c, radius: style.line.pointRadius + 2.5, fill: style.haloColor,
                          stroke: Stroke(color: color ?? style.rule.color, width: 2, dash: []), role: .annotationPoint(value: y)))
            obstacles.insert(Rect(x: c.x - 6, y: c.y - 6, width: 12, height: 12))
            guard let label = a.label, !label.isEmpty else { return [] }
            var ls = style.rule.label
            if let color { ls.color = color }
            let run = placePointLabel(label, ls, at: c, plot: plot, obstacles: &obstacles, builder: b, annotation: a, warnings: &warnings)
            return [(run, .annotationPointLabel)]
        }
    }
}
