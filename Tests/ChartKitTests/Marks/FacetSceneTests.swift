import Testing
@testable import ChartKit

/// Small multiples (`facet`, `columns`, `spec`): shared scales, one legend, outer axes.
@Suite("Small multiples")
struct FacetSceneTests {
    let engine = ChartEngine()

    @Test("31 provinces in rows of 6: a panel each, one legend, shared scales, axis words on the outer edge only")
    func provinces() throws {
        let c = engine.compile(try engine.load(specFile: TestSupport.example("province-small-multiples.json")))
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let titles = c.scene.texts.filter { $0.role == .title }.map(\.run.text)
        #expect(titles.count == 32, "the figure's title and 31 panel titles")
        #expect(Array(titles.dropFirst().prefix(3)) == ["Anhui", "Beijing", "Chongqing"], "ascending, as Vega-Lite orders a facet")
        let legend = c.scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend == ["Solar", "Wind"], "the colour domain ascending over all panels, as Vega-Lite sorts it (the data lists Wind first)")
        // Value-axis labels only in the first column (6 rows), time labels only under the
        // bottom panel of each column (6 columns).
        let valueLabels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.text == "200" }
        #expect(valueLabels.count == 6)
        let yearLabels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.text == "2020" }
        #expect(yearLabels.count == 6)
        // Two lines a panel.
        var lines = 0
        for n in c.scene.leaves { if case .path(_, _, .some, .line) = n { lines += 1 } }
        #expect(lines == 62)
    }

    @Test("a series missing from one panel keeps the others' colours")
    func sharedColours() throws {
        let c = try TestSupport.compile(#"""
        {"data": {"values": [{"p": "A", "t": 2020, "s": "x", "v": 1}, {"p": "A", "t": 2021, "s": "x", "v": 2},
                             {"p": "A", "t": 2020, "s": "y", "v": 3}, {"p": "A", "t": 2021, "s": "y", "v": 4},
                             {"p": "B", "t": 2020, "s": "y", "v": 5}, {"p": "B", "t": 2021, "s": "y", "v": 6}]},
         "facet": {"field": "p"}, "spec": {"mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}}
        """#)
        var colours: [String: Set<Color>] = [:]
        for n in c.scene.leaves { if case .path(_, _, let stroke?, .line(let s?, _)) = n { colours[s, default: []].insert(stroke.color) } }
        #expect(colours["y"]?.count == 1, "series y has one colour in both panels")
    }

    @Test("facet mistakes are named at their place")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"facet": {"row": {"field": "a"}, "field": "b"}, "spec": {"mark": "bar"}}"#)
        #expect(e.contains { $0.path == "facet.field" && $0.message.contains("cannot stand beside \"row\"/\"column\"") })
        e = TestSupport.decodeErrors(#"{"facet": {"field": "a"}, "mark": "bar"}"#)
        #expect(e.contains { $0.path == "mark" && $0.message.contains("belongs in \"spec\"") })
        #expect(e.contains { $0.message.contains("a facet needs \"spec\"") })
        e = TestSupport.decodeErrors(#"{"columns": 3, "mark": "bar", "data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a"}}}"#)
        #expect(e.contains { $0.path == "columns" && $0.message.contains("belongs to a facet") })
        let r = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "v": 1}]}, "facet": {"field": "provnce"}, "spec": {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "v", "type": "quantitative"}}}}"#)
        #expect(r.contains { $0.path == "facet.field" && $0.message.contains("is not a column") })
    }
}

/// `resolve` on figures: facets share scales unless told otherwise, concatenations do not.
@Suite("Figure resolve")
struct FigureResolveSceneTests {
    let engine = ChartEngine()

    /// The top tick label of each panel's y axis, left to right.
    func topTicks(_ scene: Scene, panels: Int) -> [String] {
        let labels = scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }
        let byPanel = Dictionary(grouping: labels) { Int(($0.run.position.x / (scene.width / Double(panels))).rounded(.down)) }
        return byPanel.keys.sorted().compactMap { k in byPanel[k]!.min { $0.run.position.y < $1.run.position.y }?.run.text }
    }

    static let data = #""data": {"values": [{"g": "a", "x": "p", "y": 10}, {"g": "b", "x": "p", "y": 100}]}"#

    @Test("a facet with an independent y gives each panel its own axis, written on every panel")
    func independentFacet() throws {
        let shared = try TestSupport.compile(#"{\#(Self.data), "width": 600, "facet": {"field": "g"}, "spec": {"mark": "bar", "encoding": {"x": {"field": "x"}, "y": {"field": "y", "type": "quantitative"}}}}"#, engine: engine).scene
        #expect(topTicks(shared, panels: 2) == ["100"])     // one axis, on the left panel
        let own = try TestSupport.compile(#"{\#(Self.data), "width": 600, "facet": {"field": "g"}, "resolve": {"scale": {"y": "independent"}}, "spec": {"mark": "bar", "encoding": {"x": {"field": "x"}, "y": {"field": "y", "type": "quantitative"}}}}"#, engine: engine).scene
        #expect(topTicks(own, panels: 2) == ["10", "100"])
    }

    @Test("concatenated panels share a y scale when resolve says so")
    func sharedConcat() throws {
        func spec(_ resolve: String) -> String {
            #"{\#(Self.data), "width": 600, \#(resolve) "hconcat": [{"mark": "bar", "encoding": {"x": {"field": "g"}, "y": {"field": "y", "type": "quantitative"}}}, {"data": {"values": [{"g": "c", "y": 5}]}, "mark": "bar", "encoding": {"x": {"field": "g"}, "y": {"field": "y", "type": "quantitative"}}}]}"#
        }
        let own = try TestSupport.compile(spec(""), engine: engine).scene
        #expect(topTicks(own, panels: 2) == ["100", "5.0"])
        let shared = try TestSupport.compile(spec(#""resolve": {"scale": {"y": "shared"}},"#), engine: engine).scene
        #expect(topTicks(shared, panels: 2) == ["100", "100"])
        let e = TestSupport.decodeErrors(spec(#""resolve": {"legend": {"color": "shared"}},"#))
        #expect(e.contains { $0.path == "resolve.legend" && $0.message.contains("not supported yet") })
    }
}

/// Small multiples coloured by a number share one colour scale and one legend (Vega-Lite's
/// facets): a value has the same colour in every panel.
@Suite("Small multiples of maps")
struct FacetValueColorSceneTests {
    static func spec(_ extra: String = "") -> String {
        #"""
        {"data": {"values": [{"region": "Hebei", "y": "2020", "v": 3}, {"region": "Hebei", "y": "2025", "v": 9},
                             {"region": "Qinghai", "y": "2020", "v": 1}, {"region": "Qinghai", "y": "2025", "v": 3}]},
         "facet": {"field": "y", "type": "nominal"},
         "spec": {"mark": "region", "encoding": {"region": {"field": "region"}, "color": {"field": "v", "type": "quantitative"\#(extra)}}}}
        """#
    }

    func fills(_ scene: Scene) -> [Double: Set<String>] {
        var out: [Double: Set<String>] = [:]
        for case .path(_, let fill?, _, .region(let r)) in scene.leaves {
            if let v = r.value { out[v, default: []].insert(fill.description) }
        }
        return out
    }

    @Test("the value 3 is one colour in both panels, 9 the darkest, 1 the lightest; one gradient legend")
    func shared() throws {
        let scene = try TestSupport.compile(Self.spec()).scene
        let f = fills(scene)
        #expect(f[3]?.count == 1, "Hebei 2020 and Qinghai 2025 (both 3) in one colour: \(f)")
        #expect(Set([f[1], f[3], f[9]].compactMap { $0?.first }).count == 3)
        let gradients = scene.leaves.filter { if case .gradient(_, _, .legendGradient) = $0 { return true } else { return false } }
        #expect(gradients.count == 1)
    }

    @Test("a quantile scale, which depends on each panel's rows, is refused by name")
    func quantile() {
        let errors = TestSupport.resolveErrors(Self.spec(#", "scale": {"type": "quantile"}"#))
        #expect(errors.contains { $0.path == "spec.encoding.color.scale.type" && $0.message.contains("quantile") }, "\(errors)")
    }
}
