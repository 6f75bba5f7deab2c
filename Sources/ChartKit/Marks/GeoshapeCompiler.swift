import Foundation

// Vega-Lite's geoshape mark: each row draws its geometry (the row's own feature, or the
// GeoJSON field of the `shape` channel) through the view's projection, fitted to the view as
// Vega-Lite fits it (the projection's `fit` to the data, size [width, height]). Rows without
// a geometry, or without a number for a quantitative colour, are dropped as Vega-Lite's
// compiled filters drop them. Areas are filled (the colour scale's colour, else the mark's),
// lines and points stroked; the colour legend is the one maps and heatmaps draw.

struct GeoshapeModel {
    var rows: [(row: Int, shape: GeoShape)]
    var colors: ValueColors?
    var fill: Color
    /// `mark.filled` (true unless the spec says false): areas filled, else only outlined.
    var filled: Bool
    var stroke: Stroke?
    var parts: [CompositePart]

    static func build(_ chart: Chart, log: DiagnosticLog) -> GeoshapeModel? {
        guard let layer = chart.layers.first(where: { $0.mark.type == .geoshape }) else { return nil }
        if chart.layers.count > 1 {
            let other = chart.layers.first { $0.mark.type != .geoshape } ?? chart.layers[1]
            log.error(other.mark.location, other.mark.path, "layers over a geoshape map are not drawn yet; draw the map alone")
            return nil
        }
        guard undrawnChannels(layer, log: log), let parts = projection(chart, layer: layer, log: log) else { return nil }
        let table = layer.table
        let geometry: Int
        if let s = layer.shape {
            geometry = s.column
        } else if let g = table.columnIndex("geometry") {
            geometry = g
        } else {
            log.error(layer.mark.location, layer.mark.path, "a geoshape mark draws geographic features: read TopoJSON data (\"format\": {\"type\": \"topojson\", \"feature\": …}) or name a GeoJSON field in \"shape\": {\"field\": …, \"type\": \"geojson\"}")
            return nil
        }
        var colors: ValueColors?
        if let c = layer.color {
            guard c.type == .quantitative else {
                log.error(c.channel.location, c.channel.path, "colours geoshapes by numbers only yet (\"type\": \"quantitative\"); \"\(c.name)\" is \(c.type.rawValue)")
                return nil
            }
            guard let built = ValueColors.build(layer, style: chart.style, log: log) else { return nil }
            colors = built
        }
        var rows: [(row: Int, shape: GeoShape)] = []
        for (i, row) in table.rows.enumerated() {
            guard let shape = GeoShapeCells.shape(row[geometry]) else {
                if case .missing = row[geometry] { continue }  // no feature matched: Vega-Lite's isValid filter
                log.rowError(table.rowLocations[i], "row \(i + 1): \"\(table.columns[geometry])\" is not a geographic feature")
                return nil
            }
            if let colors, colors.rowColors[i] == nil { continue }
            rows.append((i, shape))
        }
        let props = layer.mark.props
        let base = props.fill ?? layer.mark.color.flatMap { Color(parsing: $0.value) } ?? chart.style.category.first ?? Color(parsing: "#4c78a8")!
        let opacity = layer.mark.opacity ?? 1
        var stroke = props.stroke.map { Stroke(color: $0.withAlpha($0.a * opacity), width: layer.mark.strokeWidth ?? 1) }
        // `"filled": false`: outlines in the mark's colour (Vega-Lite strokes what it does not fill).
        let filled = layer.mark.filled ?? true
        if !filled && stroke == nil { stroke = Stroke(color: base.withAlpha(base.a * opacity), width: layer.mark.strokeWidth ?? 1) }
        return GeoshapeModel(rows: rows, colors: colors, fill: base.withAlpha(base.a * opacity), filled: filled, stroke: stroke, parts: parts)
    }

    /// Channels a geoshape does not draw (positions come from the geometry) are named.
    static func undrawnChannels(_ layer: ResolvedLayer, log: DiagnosticLog) -> Bool {
        let fields: [(String, Field?)] = [("x", layer.x), ("y", layer.y), ("x2", layer.x2), ("y2", layer.y2), ("xOffset", layer.xOffset),
                                          ("yOffset", layer.yOffset), ("detail", layer.detail), ("text", layer.text), ("size", layer.size),
                                          ("strokeDash", layer.strokeDash), ("order", layer.order), ("opacity", layer.opacity)]
        var ok = true
        for case (let name, let f?) in fields {
            log.error(f.channel.location, f.channel.path, "is not drawn on a geoshape mark yet (it draws \"shape\" and \"color\"; \(name) from a field is not applied)")
            ok = false
        }
        return ok
    }

    /// The projection's parts; only d3's albersUsa is drawn yet.
    static func projection(_ chart: Chart, layer: ResolvedLayer, log: DiagnosticLog) -> [CompositePart]? {
        guard let p = chart.spec.map?.projection else {
            log.error(layer.mark.location, layer.mark.path, "needs a \"projection\": Vega-Lite's default (equalEarth) is not drawn yet; \"projection\": {\"type\": \"albersUsa\"} is")
            return nil
        }
        guard p.type == .albersUsa else {
            log.error(p.location, "projection.type", "\"\(p.type?.rawValue ?? "equalEarth")\" is not drawn on geoshape marks yet (drawn: \"albersUsa\")")
            return nil
        }
        if p.centralMeridian != nil || p.parallels != nil {
            // d3's albersUsa fixes each part's rotation and parallels: it takes neither.
            log.error(p.location, p.centralMeridian != nil ? "projection.rotate" : "projection.parallels",
                      "does not apply to \"albersUsa\", whose three parts have their own (d3's composite)")
            return nil
        }
        return AlbersUsa.parts
    }

    /// A row's fill; nil when the mark is not filled (its colour goes to the outline).
    func fill(row: Int) -> Color? { filled ? colors?.rowColors[row] ?? fill : nil }

    func stroke(row: Int) -> Stroke? {
        guard !filled, var s = stroke, let c = colors?.rowColors[row] else { return stroke }
        s.color = c
        return s
    }
}

enum GeoshapeCompiler {
    static func handles(_ chart: Chart) -> Bool {
        chart.layers.contains { $0.mark.type == .geoshape }
    }

    static func validate(_ chart: Chart) throws(ChartError) {
        let log = DiagnosticLog()
        _ = GeoshapeModel.build(chart, log: log)
        try log.throwIfAny()
    }

    static func compile(_ chart: Chart, measurer: TextMeasurer) -> CompiledChart {
        let model = GeoshapeModel.build(chart, log: DiagnosticLog())!
        let style = chart.style
        let b = SceneBuilder(measurer: measurer)
        var region = ChartFrame.layout(chart, legend: nil, into: b)
        let placement = model.colors?.mapLegend(style: style).flatMap { legend, orient in
            legend.reserve(orient, in: &region, measurer: measurer).map { (legend, $0) }
        }
        let projected = model.rows.map { ProjectedShape($0.shape, parts: model.parts) }
        var bounds = ProjectedBounds()
        for p in projected { p.addBounds(to: &bounds) }
        let fit = GeoFit(bounds: bounds, into: region)
        for (k, p) in projected.enumerated() {
            let row = model.rows[k].row
            draw(p, fit: fit, fill: model.fill(row: row), stroke: model.stroke(row: row), row: row, into: b)
        }
        if let (legend, (arrangement, origin)) = placement { _ = legend.draw(arrangement, at: origin, into: b) }
        var scene = Scene(width: chart.width, height: chart.height, background: style.background, nodes: b.nodes, title: chart.spec.title)
        scene.plotArea = region
        return CompiledChart(scene: scene, warnings: [])
    }

    /// Areas filled (and stroked when the mark has a stroke), lines and points stroked as d3
    /// draws them (a point is a small circle, d3's pointRadius 4.5).
    static func draw(_ p: ProjectedShape, fit: GeoFit, fill: Color?, stroke: Stroke?, row: Int, into b: SceneBuilder) {
        if !p.rings.isEmpty {
            var cmds: [PathCommand] = []
            for r in p.rings {
                cmds.append(.move(fit.apply(r[0])))
                for q in r.dropFirst() { cmds.append(.line(fit.apply(q))) }
                cmds.append(.close)
            }
            b.add(.path(cmds, fill: fill, stroke: stroke, role: .geoshape(row: row)))
        }
        if !p.lines.isEmpty {
            var cmds: [PathCommand] = []
            for l in p.lines {
                cmds.append(.move(fit.apply(l[0])))
                for q in l.dropFirst() { cmds.append(.line(fit.apply(q))) }
            }
            b.add(.path(cmds, fill: nil, stroke: stroke ?? fill.map { Stroke(color: $0, width: 1) }, role: .geoshape(row: row)))
        }
        for q in p.points {
            b.add(.circle(center: fit.apply(q), radius: 4.5, fill: fill, stroke: stroke, role: .geoshape(row: row)))
        }
    }
}
