import Foundation
import Testing
@testable import ChartKit

/// Assertions on map scenes: what a designer checks by eye.
@Suite("Region map scenes")
struct RegionChartSceneTests {
    let engine = ChartEngine()

    static let mapExamples = ["energy-intensity-map.json", "carbon-footprint-policies.json",
                              "non-fossil-share-2030-map.json", "energy-intensity-vs-national-zh.json"]

    func example(_ name: String) throws -> CompiledChart {
        engine.compile(try engine.load(specFile: TestSupport.example(name)))
    }

    func points(_ path: [PathCommand]) -> [Point] {
        path.compactMap { if case .move(let p) = $0 { return p } else if case .line(let p) = $0 { return p } else { return nil } }
    }

    func rings(_ path: [PathCommand]) -> [[Point]] {
        var out: [[Point]] = []
        for c in path {
            switch c {
            case .move(let p): out.append([p])
            case .line(let p): out[out.count - 1].append(p)
            case .close: break
            }
        }
        return out
    }

    @Test("the threshold map: 34 regions, fills by class, the no-data style where data is missing")
    func thresholdMap() throws {
        let compiled = try example("energy-intensity-map.json")
        let scene = compiled.scene
        let regions = scene.regions
        #expect(regions.count == 34)
        #expect(Set(regions.map(\.mark.id)) == Set(RegionNames.china.map { "CN-\($0.code)" }))
        func region(_ id: String) throws -> (mark: RegionMark, fill: Color?, path: [PathCommand]) {
            try #require(regions.first { $0.mark.id == id })
        }
        #expect(try region("CN-HE").mark.legendClass == "≥ 15%")
        #expect(try region("CN-QH").mark.legendClass == "< 13%")
        #expect(try region("CN-LN").mark.legendClass == "14.5–15%")
        #expect(try region("CN-GS").mark.legendClass == "13–14%")
        #expect(try region("CN-HE").mark.value == 15)
        // One colour per class, darker as the class rises.
        let classes = ["< 13%", "13–14%", "14–14.5%", "14.5–15%", "≥ 15%"]
        var fillOf: [String: Color] = [:]
        for r in regions where !r.mark.noData {
            let c = try #require(r.mark.legendClass)
            if let seen = fillOf[c] { #expect(seen == r.fill) } else { fillOf[c] = r.fill }
        }
        let lightness = classes.map { fillOf[$0]!.lightness }
        for (a, b) in zip(lightness, lightness.dropFirst()) { #expect(b < a) }
        // No data: Taiwan, Hong Kong, Macao, with the style's fill, hatched, and in the legend.
        let style = try StyleLoader.load("ccnt")
        let missing = regions.filter(\.mark.noData).map(\.mark.id).sorted()
        #expect(missing == ["CN-HK", "CN-MO", "CN-TW"])
        for r in regions where r.mark.noData {
            #expect(r.fill == style.region.noDataColor)
            #expect(r.mark.legendClass == "No data")
        }
        let legend = scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend == classes + ["No data"])
        #expect(scene.texts.contains { $0.role == .legendTitle && $0.run.text == "Reduction vs 2020" })
        #expect(compiled.warnings.isEmpty)
    }

    @Test("every region lies inside the plot area, between the title block and the notes", arguments: RegionChartSceneTests.mapExamples)
    func insidePlot(name: String) throws {
        let scene = try example(name).scene
        let top = scene.texts.filter { $0.role == .subtitle || $0.role == .title }.map(\.run.bounds.maxY).max() ?? 0
        let bottom = scene.texts.filter { $0.role == .notes || $0.role == .source }.map(\.run.bounds.minY).min() ?? scene.height
        let style = try StyleLoader.load("ccnt")
        let plot = Rect(x: style.padding, y: top, width: scene.width - 2 * style.padding, height: bottom - top)
        for r in scene.regions {
            for p in points(r.path) {
                if !plot.containsPoint(p) {
                    Issue.record("\(r.mark.id) has \(p) outside \(plot)")
                    return
                }
            }
        }
    }

    @Test("labels overlap neither each other, nor the legend or the inset, and stay on the page", arguments: RegionChartSceneTests.mapExamples)
    func labelsApart(name: String) throws {
        let scene = try example(name).scene
        let labels = scene.texts.filter { if case .regionLabel = $0.role { return true } else { return false } }
        #expect(labels.count >= 15)
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        // Texts' logical boxes include line spacing; the letters sit inside the middle 64%.
        func ink(_ r: Rect) -> Rect { Rect(x: r.x, y: r.y + r.height * 0.18, width: r.width, height: r.height * 0.64) }
        let boxes = labels.map { ink($0.run.bounds) }
        for (i, a) in boxes.enumerated() {
            #expect(page.contains(a))
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b), "\(labels[i].run.text) overlaps another label") }
        }
        let legend = scene.texts.filter { if case .legendLabel = $0.role { return true } else { return false } }.map { ink($0.run.bounds) }
        let insets = scene.leaves.compactMap { n -> Rect? in if case .rect(let r, _, _, .inset) = n { return r } else { return nil } }
        let insetLabels = Set(scene.leaves.compactMap { n -> String? in
            if case .path(_, _, _, .region(let m)) = n, m.inInset { return m.id } else { return nil }
        })
        for (k, a) in boxes.enumerated() {
            for l in legend { #expect(!a.intersects(l)) }
            // Labels of the main map stay off the inset (the inset's own labels are inside it).
            if case .regionLabel(let id) = labels[k].role, !insetLabels.contains(id) {
                for i in insets { #expect(!i.intersects(a) || i.contains(a), "\(labels[k].run.text)") }
            }
        }
    }

    @Test("small regions get abbreviations or leader lines; leader lines start inside their region")
    func smallRegions() throws {
        let scene = try example("carbon-footprint-policies.json").scene
        let labels = Dictionary(scene.texts.compactMap { t -> (String, String)? in
            if case .regionLabel(let id) = t.role { return (id, t.run.text) } else { return nil }
        }, uniquingKeysWith: { a, _ in a })
        let leaders = Dictionary(scene.leaves.compactMap { n -> (String, [PathCommand])? in
            if case .path(let cmds, _, _, .leaderLine(let id)) = n { return (id, cmds) } else { return nil }
        }, uniquingKeysWith: { a, _ in a })
        for id in ["CN-BJ", "CN-TJ", "CN-SH", "CN-HK", "CN-MO"] {
            let region = RegionNames.china.first { "CN-\($0.code)" == id }!
            let text = try #require(labels[id], "\(id) has no label")
            #expect(text == region.abbreviation || leaders[id] != nil, "\(id): \(text)")
        }
        for (id, cmds) in leaders {
            guard case .move(let start) = cmds.first, let r = scene.regions.first(where: { $0.mark.id == id }) else { continue }
            #expect(PlaneGeometry.contains(start, rings: rings(r.path)), "\(id)'s leader starts outside it")
        }
        // Large regions are labelled inside, with their full names.
        for id in ["CN-XJ", "CN-XZ", "CN-NM", "CN-SC"] { #expect(leaders[id] == nil && labels[id] != nil) }
    }

    @Test("categories: the seed's provinces by status, the rest in the no-data style under its own label")
    func categories() throws {
        let scene = try example("carbon-footprint-policies.json").scene
        let regions = scene.regions
        let byId = Dictionary(uniqueKeysWithValues: regions.map { ($0.mark.id, $0) })
        #expect(byId["CN-XJ"]?.mark.category == "Work plan on labelling and certification issued")
        #expect(byId["CN-XJ"]?.fill == byId["CN-BJ"]?.fill)
        #expect(byId["CN-SC"]?.fill == byId["CN-SX"]?.fill)
        #expect(byId["CN-ZJ"]?.fill == byId["CN-CQ"]?.fill)
        #expect(byId["CN-XJ"]?.fill != byId["CN-SC"]?.fill && byId["CN-SC"]?.fill != byId["CN-ZJ"]?.fill)
        #expect(regions.filter { !$0.mark.noData }.count == 8)
        #expect(regions.filter(\.mark.noData).allSatisfy { $0.mark.legendClass == "Not named in the source" })
        let legend = scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend.last == "Not named in the source")
        #expect(legend.count == 4)
    }

    @Test("sequential: a gradient legend, darker fills for larger values; diverging: lightest at the midpoint")
    func continuous() throws {
        let seq = try example("non-fossil-share-2030-map.json").scene
        #expect(seq.leaves.contains { if case .gradient(_, _, .legendGradient) = $0 { return true } else { return false } })
        let qh = try #require(seq.regions.first { $0.mark.id == "CN-QH" }), sx = try #require(seq.regions.first { $0.mark.id == "CN-SX" })
        #expect(qh.mark.value == 55 && sx.mark.value == 18)
        #expect(qh.fill!.lightness < sx.fill!.lightness)
        #expect(seq.regions.filter { !$0.mark.noData }.count == 15)
        let div = try example("energy-intensity-vs-national-zh.json").scene
        let gansu = try #require(div.regions.first { $0.mark.id == "CN-GS" })  // 13.5, the midpoint
        for r in div.regions where !r.mark.noData && r.mark.id != "CN-GS" { #expect(r.fill!.lightness < gansu.fill!.lightness) }
        let tick = div.texts.filter { if case .legendLabel = $0.role { return true } else { return false } }.map(\.run.text)
        #expect(tick.prefix(3) == ["10%", "13.5%", "17%"])
        #expect(div.texts.contains { $0.role == .regionLabel(id: "CN-NM") && $0.run.text == "内蒙古" })
    }

    @Test("the inset: a framed box showing its area larger, marked on the map, over no region")
    func inset() throws {
        let compiled = try example("energy-intensity-vs-national-zh.json")
        let scene = compiled.scene
        let frame = try #require(scene.leaves.compactMap { n -> Rect? in if case .rect(let r, _, _, .inset) = n { return r } else { return nil } }.first)
        let inInset = scene.leaves.compactMap { n -> RegionMark? in if case .path(_, _, _, .region(let m)) = n, m.inInset { return m } else { return nil } }
        #expect(Set(inInset.map(\.id)).isSuperset(of: ["CN-SH", "CN-JS", "CN-ZJ", "CN-AH"]))
        for r in scene.regions { #expect(!PlaneGeometry.overlaps(rings(r.path), frame)) }
        let marker = try #require(scene.leaves.compactMap { n -> [PathCommand]? in if case .path(let c, _, _, .insetBounds) = n { return c } else { return nil } }.first)
        let box = PlaneGeometry.bounds([points(marker)])
        #expect(frame.width > box.width * 1.2)
        #expect(scene.texts.contains { $0.role == .insetTitle && $0.run.text == "长三角 Yangtze River Delta" })
        #expect(compiled.warnings.isEmpty)
    }

    @Test("any GeoJSON by path: holes stay holes, the key property matches, Mercator on request")
    func customGeoJSON() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/maps", withIntermediateDirectories: true)
        try #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "A", "name": "Ring"}, "geometry": {"type": "Polygon", "coordinates": [
            [[100, 30], [110, 30], [110, 40], [100, 40], [100, 30]], [[103, 33], [103, 37], [107, 37], [107, 33], [103, 33]]]}},
          {"type": "Feature", "properties": {"code": "B", "name": "Middle"}, "geometry": {"type": "Polygon", "coordinates": [
            [[103.5, 33.5], [106.5, 33.5], [106.5, 36.5], [103.5, 36.5], [103.5, 33.5]]]}},
          {"type": "Feature", "properties": {"code": "C", "name": "Islands"}, "geometry": {"type": "MultiPolygon", "coordinates": [
            [[[111, 30], [113, 30], [113, 32], [111, 32], [111, 30]]], [[[111, 36], [113, 36], [113, 38], [111, 38], [111, 36]]]]}}
        ]}
        """#.write(toFile: dir + "/maps/test.geojson", atomically: true, encoding: .utf8)
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"c": "A", "v": 1}, {"c": "C", "v": 3}]}, "map": {"source": "maps/test.geojson", "key": "code"},
         "projection": {"type": "mercator"}, "mark": {"type": "region", "labels": "short"},
         "encoding": {"region": {"field": "c"}, "color": {"field": "v", "type": "quantitative"}}}
        """#, file: dir + "/s.json", baseDirectory: dir)
        let scene = engine.compile(try ChartResolver.resolve(spec)).scene
        #expect(scene.regions.count == 3)
        let ring = try #require(scene.regions.first { $0.mark.name == "Ring" })
        let middle = try #require(scene.regions.first { $0.mark.name == "Middle" })
        #expect(middle.mark.noData)
        // The middle square sits in the ring's hole: its centre is not inside the ring.
        let c = PlaneGeometry.bounds([points(middle.path)])
        #expect(!PlaneGeometry.contains(Point(c.midX, c.midY), rings: rings(ring.path)))
        #expect(rings(ring.path).count == 2)
        #expect(rings(try #require(scene.regions.first { $0.mark.name == "Islands" }).path).count == 2)
        #expect(scene.texts.contains { $0.role == .regionLabel(id: "A") || $0.run.text == "Ring" })
    }

    @Test("a legend on top, at the bottom or on the right keeps clear of the map", arguments: ["top", "bottom", "right"])
    func legendOrient(orient: String) throws {
        let compiled = try TestSupport.compile("""
        {"data": {"csv": "data/non-fossil-share-2030.csv"}, "mark": "region", "style": "print",
         "encoding": {"region": {"field": "region"}, "color": {"field": "share", "legend": {"orient": "\(orient)", "title": "Share"}}}}
        """, engine: engine)
        let scene = compiled.scene
        let legend = scene.leaves.compactMap { n -> Rect? in
            switch n {
            case .gradient(let r, _, .legendGradient): return r
            case .rect(let r, _, _, .legendSwatch): return r
            case .text(let t, .legendLabel), .text(let t, .legendTitle): return t.bounds
            default: return nil
            }
        }
        #expect(legend.count >= 5)
        let box = legend.dropFirst().reduce(legend[0]) { $0.union($1) }
        let map = PlaneGeometry.bounds(scene.regions.map { points($0.path) })
        #expect(!box.intersects(map), "\(box) \(map)")
        switch orient {
        case "top": #expect(box.maxY <= map.minY)
        case "bottom": #expect(box.minY >= map.maxY)
        default: #expect(box.minX >= map.maxX)
        }
        // The print style: white no-data regions, gray classes.
        let style = try StyleLoader.load("print")
        #expect(scene.regions.filter(\.mark.noData).allSatisfy { $0.fill == style.region.noDataColor })
    }

    @Test("map spec mistakes are errors at their place", arguments: [
        (#"{"data": {"values": [{"r": "Hebei"}]}, "map": "china-provinces", "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "r"}}}"#, "map", "applies to maps"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "mark": "region", "encoding": {"color": {"field": "r"}}}"#, "encoding", "needs \"region\""),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "map": "china-provinses", "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "map", "did you mean \"china-provinces\"?"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "map": "nowhere/x.geojson", "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "map", "not found"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "mark": {"type": "region", "labels": "shrot"}, "encoding": {"region": {"field": "r"}}}"#, "mark.labels", "did you mean \"short\"?"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "mark": {"type": "region", "lables": "short"}, "encoding": {"region": {"field": "r"}}}"#, "mark.lables", "did you mean \"labels\"?"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "projection": {"type": "albers", "parallels": [25]}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "projection.parallels", "two latitudes"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "projection": {"type": "robinson"}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "projection.type", "is not one of"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "projection": {"rotate": [-105, 30]}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "projection.rotate", "about the poles"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "inset": {"bounds": [[123, 33], [118, 29]]}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "inset.bounds", "south-west corner first"),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "inset": {"title": "x"}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "inset", "needs \"bounds\""),
        (#"{"data": {"values": [{"r": "Hebei"}]}, "map": {"source": "china-provinces", "keys": "adcode"}, "mark": "region", "encoding": {"region": {"field": "r"}}}"#, "map.keys", "did you mean \"key\"?"),
        (#"{"data": {"values": [{"r": "Hebei", "v": 1}]}, "mark": "region", "encoding": {"region": {"field": "r"}, "x": {"field": "v", "type": "quantitative"}}}"#, "encoding.x", "does not apply to a region mark"),
        (#"{"data": {"values": [{"r": "Hebei", "v": 1}]}, "mark": "region", "encoding": {"region": {"field": "r"}}, "annotations": [{"type": "rule", "y": 1}]}"#, "annotations[0]", "apply to bar charts"),
    ])
    func mistakes(text: String, path: String, message: String) {
        var errors = TestSupport.decodeErrors(text, file: "test.json")
        if errors.isEmpty { errors = TestSupport.resolveErrors(text) }
        #expect(errors.contains { $0.path == path && $0.message.contains(message) && $0.location != nil }, "\(errors)")
    }
}
