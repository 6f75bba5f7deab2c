import Foundation

// Region maps (choropleths): one filled path per feature of the map, coloured by the value
// matched to it; optional labels; an optional inset showing a smaller area at a larger scale;
// a classed or gradient legend. The map is projected, fitted to the plot area with padding
// (aspect kept), and the legend and inset go into corners the map leaves empty, or beside it.

enum RegionChartCompiler {
    /// True when the chart draws a map (its resolve and compile stages are this compiler's).
    static func handles(_ chart: Chart) -> Bool {
        chart.layers.contains { $0.mark.type == .region }
    }

    /// Loads the map of a spec with a region mark; reports a map given to any other chart.
    static func loadMap(_ spec: ChartSpec, log: DiagnosticLog) -> GeoMap? {
        guard spec.layers.contains(where: { $0.mark.type == .region }) else {
            if let m = spec.map, !spec.layers.contains(where: { $0.mark.type == .geoshape }) || m.source != nil || m.inset != nil {
                let key = m.source != nil ? "map" : (m.projection != nil ? "projection" : "inset")
                log.error(m.source?.location ?? m.location, key, "applies to maps; use \"mark\": \"region\" to draw one")
            }
            return nil
        }
        let source = spec.map?.source
        do {
            return try MapLoader.load(source?.value ?? MapLoader.defaultName, baseDirectory: spec.baseDirectory, paths: spec.paths,
                                      location: source?.location, path: source?.path ?? "map")
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }

    static func validate(_ chart: Chart) throws(ChartError) {
        let log = DiagnosticLog()
        if chart.layers.count > 1 {
            let other = chart.layers.first { $0.mark.type != .region } ?? chart.layers[1]
            log.error(other.mark.location, other.mark.path, "a map draws a single region layer; put other charts in a spec of their own")
        } else {
            _ = RegionModel.build(chart, layer: chart.layers[0], log: log)
        }
        try log.throwIfAny()
    }

    /// A feature on the page: its polygons' rings, thinned to page resolution.
    struct PageFeature {
        var polygons: [[[Point]]]
        var rings: [[Point]] { polygons.flatMap { $0 } }
        var bounds: Rect
        var area: Double
        /// The index of the polygon with the largest area.
        var largest: Int
    }

    /// Outlines are simplified to within this distance (in chart units) before drawing: under a
    /// pixel at 2× (the bundled map's 0.01° steps are about a tenth of a pixel on an 800-wide
    /// map of China, so most of its points would fall on the same pixel). Halves the points, and
    /// the time cairo takes to draw the borders.
    static let thinning = 0.35

    static func compile(_ chart: Chart, measurer: TextMeasurer) -> CompiledChart {
        let log = DiagnosticLog()
        let layer = chart.layers.first { $0.mark.type == .region }!
        let model = RegionModel.build(chart, layer: layer, log: log)!
        let style = chart.style
        let b = SceneBuilder(measurer: measurer)
        var warnings: [String] = []
        var region = ChartFrame.layout(chart, legend: nil, into: b)

        // Project every feature once onto the unit plane.
        let projection = model.projection
        var unit: [[[[Point]]]] = []
        var unitBounds: [ProjectedBounds] = []
        var all = ProjectedBounds()
        unit.reserveCapacity(model.map.features.count)
        for f in model.map.features {
            var fb = ProjectedBounds()
            let polys = f.polygons.map { pg in
                pg.rings.map { ring in
                    ring.map { pt -> Point in
                        let (x, y) = projection.project(lon: pt.lon, lat: pt.lat)
                        fb.add(x, y)
                        return Point(x, y)
                    }
                }
            }
            unit.append(polys)
            unitBounds.append(fb)
            all.add(fb)
        }
        if all.isEmpty { all.add(0, 0); all.add(1, 1) }

        // Fills.
        var fills: [(color: Color, legendClass: String?, noData: Bool)] = []
        for k in model.map.features.indices { fills.append(model.fill(k, noDataColor: style.region.noDataColor)) }
        let anyNoData = fills.contains { $0.noData }

        // The legend, measured.
        var legend: MapLegend?
        if let content = model.legend {
            let noData = anyNoData ? model.noDataLabel.map { LegendItem(label: $0, color: style.region.noDataColor) } : nil
            legend = MapLegend(content: content, title: model.legendTitle, noData: noData, style: style,
                               gradientLength: model.colorField?.channel.legend?.gradientLength)
        }
        let orient = model.colorField?.channel.legend?.orient
        var legendPlacement: (MapLegend.Arrangement, Point)?
        if let l = legend {
            switch orient {
            case let o?:
                legendPlacement = l.reserve(o, in: &region, measurer: measurer)
                if o == .none { legend = nil }
            case nil:
                break  // placed below, where the map leaves room
            }
        }
        region.height = max(1, region.height)
        region.width = max(1, region.width)

        // Fit, then find room for the inset and (when placed automatically) the legend.
        let insetSpec = chart.spec.map?.inset
        let legendSize = legend.map { $0.size(.column, measurer: measurer) }
        var arranged = arrange(unit: unit, all: all, area: region, style: style, inset: insetSpec, projection: projection,
                               legendSize: legendPlacement == nil ? legendSize : nil, reserveRight: 0)
        if legendPlacement == nil, let ls = legendSize, arranged.legendRect == nil {
            // No empty corner: the legend goes beside the map, which shrinks to make room.
            let gap = style.legend.itemGap
            arranged = arrange(unit: unit, all: all, area: region, style: style, inset: insetSpec, projection: projection,
                               legendSize: nil, reserveRight: ls.width + gap)
            let x = min(arranged.mapRect.maxX + gap, region.maxX - ls.width)
            arranged.legendRect = Rect(x: x, y: max(region.y, arranged.mapRect.maxY - ls.height), width: ls.width, height: ls.height)
        }
        if arranged.insetOverlaps { warnings.append("the inset covers part of the map; make it smaller with \"inset\": {\"size\": …}") }
        if let factor = arranged.insetZoom, factor < 1.2 {
            warnings.append("the inset shows its area at \(String(format: "%.1f", factor))× the map's scale; choose smaller \"bounds\" or a larger \"size\"")
        }
        let page = arranged.page

        // Regions.
        var regionNodes: [SceneNode] = []
        let stroke = style.region.strokeWidth > 0 ? Stroke(color: style.region.stroke, width: style.region.strokeWidth) : nil
        func mark(_ k: Int, inset: Bool) -> RegionMark {
            let d = model.data[k]
            return RegionMark(id: model.ids[k], name: model.names[k], value: d?.value, category: d?.category,
                              legendClass: fills[k].legendClass, noData: fills[k].noData, inInset: inset)
        }
        for (k, f) in page.enumerated() where !f.polygons.isEmpty {
            regionNodes.append(.path(path(f.polygons), fill: fills[k].color, stroke: stroke, role: .region(mark(k, inset: false))))
            if fills[k].noData, let h = hatch(f.rings, style) { regionNodes.append(h) }
        }
        b.add(.group(regionNodes, clip: nil))

        // The inset's area marked on the map.
        if let outline = arranged.insetOutline {
            b.add(.path(path([[outline]]), fill: nil, stroke: Stroke(color: style.region.leaderColor, width: 0.9), role: .insetBounds))
        }

        // Labels.
        var obstacles: [Rect] = []
        if let r = arranged.insetRect { obstacles.append(r.expanded(by: 2)) }
        if let r = arranged.legendRect { obstacles.append(r.expanded(by: 2)) }
        if let kind = layer.mark.region?.labels {
            var requests: [RegionLabelRequest] = []
            for (k, f) in page.enumerated() where !f.polygons.isEmpty {
                guard let (text, abbreviation) = labelText(model, k, kind: kind) else { continue }
                requests.append(RegionLabelRequest(feature: k, id: model.ids[k], text: text, abbreviation: abbreviation,
                                                   rings: f.rings, mainRings: f.polygons[f.largest], area: f.area, fill: fills[k].color,
                                                   halo: fills[k].noData && style.region.noDataHatch.a > 0 ? style.region.noDataColor : nil))
            }
            let land = page.map(\.rings)
            let placed = RegionLabeler.place(requests, style: style, bounds: region, obstacles: obstacles, land: land,
                                             builder: b, warnings: &warnings)
            for p in placed {
                if let (a, c) = p.leader {
                    b.add(.path([.move(a), .line(c)], fill: nil, stroke: Stroke(color: style.region.leaderColor, width: 0.7), role: .leaderLine(id: p.id)))
                }
            }
            for p in placed { b.add(p.run, .regionLabel(id: p.id)) }
        }

        // The inset: the regions in its box at its own scale, labelled where they fit.
        if let frame = arranged.insetRect, let innerFit = arranged.insetFit, let ib = arranged.insetBounds {
            let background = style.haloColor
            b.add(.rect(frame, fill: background, stroke: nil, role: .inset))
            var nodes: [SceneNode] = []
            var insetPage: [(Int, PageFeature)] = []
            for (k, polys) in unit.enumerated() where !polys.isEmpty {
                let fb = unitBounds[k]
                guard fb.maxX >= ib.minX, fb.minX <= ib.maxX, fb.maxY >= ib.minY, fb.minY <= ib.maxY else { continue }
                let f = pageFeature(polys, innerFit)
                insetPage.append((k, f))
                nodes.append(.path(path(f.polygons), fill: fills[k].color, stroke: stroke, role: .region(mark(k, inset: true))))
                if fills[k].noData, let h = hatch(f.rings, style) { nodes.append(h) }
            }
            b.add(.group(nodes, clip: frame))
            b.add(.rect(frame, fill: nil, stroke: Stroke(color: style.region.leaderColor, width: 0.9), role: .inset))
            var titleBox: Rect?
            var titleRun: TextRun?
            if let title = insetSpec?.title, !title.isEmpty {
                var ts = style.region.label
                ts.font.weight = 600
                var run = b.text(title, ts, at: Point(frame.x + 4, frame.y + 3))
                run.halo = background
                titleRun = run
                titleBox = run.bounds.expanded(by: 2)
            }
            if let kind = layer.mark.region?.labels {
                var requests: [RegionLabelRequest] = []
                for (k, f) in insetPage {
                    guard let (text, abbreviation) = labelText(model, k, kind: kind) else { continue }
                    requests.append(RegionLabelRequest(feature: k, id: model.ids[k], text: text, abbreviation: abbreviation,
                                                       rings: f.rings, mainRings: f.polygons[f.largest], area: f.area, fill: fills[k].color,
                                                   halo: fills[k].noData && style.region.noDataHatch.a > 0 ? style.region.noDataColor : nil))
                }
                var ignored: [String] = []
                let placed = RegionLabeler.place(requests, style: style, bounds: frame.insetBy(2), obstacles: titleBox.map { [$0] } ?? [],
                                                 land: insetPage.map(\.1.rings), builder: b, within: true, warnings: &ignored)
                for p in placed {
                    if let (a, c) = p.leader {
                        b.add(.path([.move(a), .line(c)], fill: nil, stroke: Stroke(color: style.region.leaderColor, width: 0.7), role: .leaderLine(id: p.id)))
                    }
                }
                for p in placed { b.add(p.run, .regionLabel(id: p.id)) }
            }
            if let titleRun { b.add(titleRun, .insetTitle) }
        }

        // The legend.
        if let legend {
            if let (arrangement, origin) = legendPlacement {
                legend.draw(arrangement, at: origin, into: b)
            } else if let r = arranged.legendRect {
                legend.draw(.column, at: Point(r.x, r.y), into: b)
            }
        }

        let scene = Scene(width: chart.width, height: chart.height, background: style.background, nodes: b.nodes, title: chart.spec.title)
        return CompiledChart(scene: scene, warnings: warnings)
    }

    /// The text and abbreviation of a region's label, or nil for no label.
    static func labelText(_ model: RegionModel, _ k: Int, kind: RegionLabelKind) -> (String, String?)? {
        let region = model.index.regions[k]
        let f = model.map.features[k]
        switch kind {
        case .short:
            return (region?.name ?? f.text("name") ?? model.names[k], region?.abbreviation)
        case .zh:
            return (region?.zhShort ?? f.text("name_zh_short") ?? f.text("name_zh") ?? model.names[k], region?.zhAbbreviation)
        case .code:
            return (region?.code ?? model.ids[k], nil)
        case .value:
            guard let d = model.data[k] else { return nil }
            if let v = d.value { return (model.valueFormat.string(v), nil) }
            return d.category.map { ($0, nil) }
        }
    }

    /// Hatching over a region without data; nil when the style has none.
    static func hatch(_ rings: [[Point]], _ style: Style) -> SceneNode? {
        guard style.region.noDataHatch.a > 0 else { return nil }
        let segments = PlaneGeometry.hatch(rings, spacing: hatchSpacing)
        guard !segments.isEmpty else { return nil }
        var cmds: [PathCommand] = []
        cmds.reserveCapacity(segments.count * 2)
        for (a, c) in segments { cmds.append(.move(a)); cmds.append(.line(c)) }
        return .path(cmds, fill: nil, stroke: Stroke(color: style.region.noDataHatch, width: 0.6), role: .decoration)
    }

    static let hatchSpacing = 3.5

    static func path(_ polygons: [[[Point]]]) -> [PathCommand] {
        var cmds: [PathCommand] = []
        cmds.reserveCapacity(polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count + 1 } })
        for pg in polygons {
            for ring in pg where ring.count > 2 {
                cmds.append(.move(ring[0]))
                for p in ring.dropFirst() { cmds.append(.line(p)) }
                cmds.append(.close)
            }
        }
        return cmds
    }

    /// A feature's projected polygons placed on the page by `fit`.
    static func pageFeature(_ polys: [[[Point]]], _ fit: MapFit) -> PageFeature {
        var best = 0, bestArea = -1.0, total = 0.0
        let pagePolys = polys.map { $0.map { ring in PlaneGeometry.simplify(ring.map { fit.apply($0.x, $0.y) }, tolerance: thinning) } }
        for (k, pg) in pagePolys.enumerated() {
            let a = PlaneGeometry.area(pg)
            total += a
            if a > bestArea { bestArea = a; best = k }
        }
        return PageFeature(polygons: pagePolys, bounds: PlaneGeometry.bounds(pagePolys.flatMap { $0 }), area: total, largest: best)
    }

    // MARK: Arrangement

    struct Arranged {
        var fit: MapFit
        var mapRect: Rect
        var page: [PageFeature]
        var insetRect: Rect?
        var insetFit: MapFit?
        var insetBounds: ProjectedBounds?
        var insetOutline: [Point]?
        var insetOverlaps = false
        var insetZoom: Double?
        var legendRect: Rect?
    }

    /// Fits the map into `area` (less a column on the right), then puts the inset and the
    /// legend (when `legendSize` is given) where they cover no region.
    static func arrange(unit: [[[[Point]]]], all: ProjectedBounds, area: Rect, style: Style, inset: InsetSpec?,
                        projection: Projection, legendSize: (width: Double, height: Double)?, reserveRight: Double) -> Arranged {
        var mapArea = area
        mapArea.width = max(1, area.width - reserveRight)
        let fit = MapFit.fit(bounds: all, into: mapArea, padding: style.region.padding)
        let mapRect = fit.rect(of: all)
        var page: [PageFeature] = []
        page.reserveCapacity(unit.count)
        for polys in unit { page.append(pageFeature(polys, fit)) }
        var out = Arranged(fit: fit, mapRect: mapRect, page: page)

        func free(_ r: Rect) -> Bool {
            guard area.contains(r) else { return false }
            let probe = r.expanded(by: 3)
            for f in page where f.bounds.intersects(probe) {
                if PlaneGeometry.overlaps(f.rings, probe) { return false }
            }
            if let i = out.insetRect, i.expanded(by: 6).intersects(r) { return false }
            return true
        }
        func corners(_ size: (Double, Double), order: [InsetPosition]) -> [Rect] {
            let (w, h) = size
            var rects: [Rect] = []
            for box in [mapRect, area] {
                for p in order {
                    let x = (p == .bottomLeft || p == .topLeft) ? box.minX : box.maxX - w
                    let y = (p == .topLeft || p == .topRight) ? box.minY : box.maxY - h
                    rects.append(Rect(x: x, y: y, width: w, height: h))
                }
            }
            return rects
        }

        if let inset {
            // The inset's box, sampled along its edges so a conic projection's curved sides count.
            var outline: [GeoPoint] = []
            let sw = inset.southWest, ne = inset.northEast
            for k in 0...16 { outline.append(GeoPoint(lon: sw.lon + (ne.lon - sw.lon) * Double(k) / 16, lat: sw.lat)) }
            for k in 1...16 { outline.append(GeoPoint(lon: ne.lon, lat: sw.lat + (ne.lat - sw.lat) * Double(k) / 16)) }
            for k in 1...16 { outline.append(GeoPoint(lon: ne.lon - (ne.lon - sw.lon) * Double(k) / 16, lat: ne.lat)) }
            for k in 1...16 { outline.append(GeoPoint(lon: sw.lon, lat: ne.lat - (ne.lat - sw.lat) * Double(k) / 16)) }
            var ib = ProjectedBounds()
            let projected = outline.map { pt -> Point in
                let (x, y) = projection.project(lon: pt.lon, lat: pt.lat)
                ib.add(x, y)
                return Point(x, y)
            }
            out.insetOutline = projected.map { fit.apply($0.x, $0.y) }
            out.insetBounds = ib
            let aspect = (ib.maxX - ib.minX) / max(1e-12, ib.maxY - ib.minY)
            let requested = inset.position ?? .bottomRight
            let order = [requested] + InsetPosition.allCases.filter { $0 != requested }
            let sizes = inset.size.map { [$0] } ?? [0.3, 0.26, 0.22, 0.18]
            var chosen: Rect?
            search: for s in sizes {
                var w = s * mapRect.width, h = w / aspect
                if h > 0.5 * mapRect.height { h = 0.5 * mapRect.height; w = h * aspect }
                for r in corners((w, h), order: order) where free(r) {
                    chosen = r
                    break search
                }
            }
            if chosen == nil {
                let s = sizes.last!
                var w = s * mapRect.width, h = w / aspect
                if h > 0.5 * mapRect.height { h = 0.5 * mapRect.height; w = h * aspect }
                chosen = corners((w, h), order: order)[0]
                out.insetOverlaps = true
            }
            let frame = chosen!
            out.insetRect = frame
            let innerFit = MapFit.fit(bounds: ib, into: frame, padding: 0)
            out.insetFit = innerFit
            out.insetZoom = innerFit.scale / fit.scale
        }

        if let legendSize {
            for r in corners((legendSize.width, legendSize.height), order: [.bottomLeft, .bottomRight, .topLeft, .topRight]) where free(r) {
                out.legendRect = r
                break
            }
        }
        return out
    }
}
