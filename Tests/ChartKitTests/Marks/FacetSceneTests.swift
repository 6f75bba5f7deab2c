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
        #expect(legend == ["Wind", "Solar"])
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
         "facet": {"field": "p"}, "spec": {"mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v"}, "color": {"field": "s"}}}}
        """#)
        var colours: [String: Set<Color>] = [:]
        for n in c.scene.leaves { if case .path(_, _, let stroke?, .line(let s?, _)) = n { colours[s, default: []].insert(stroke.color) } }
        #expect(colours["y"]?.count == 1, "series y has one colour in both panels")
    }

    @Test("facet mistakes are named at their place")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"facet": {"row": {"field": "a"}}, "spec": {"mark": "bar"}}"#)
        #expect(e.contains { $0.path == "facet.row" && $0.message.contains("not supported yet") })
        e = TestSupport.decodeErrors(#"{"facet": {"field": "a"}, "mark": "bar"}"#)
        #expect(e.contains { $0.path == "mark" && $0.message.contains("belongs in \"spec\"") })
        #expect(e.contains { $0.message.contains("a facet needs \"spec\"") })
        e = TestSupport.decodeErrors(#"{"columns": 3, "mark": "bar", "data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a"}}}"#)
        #expect(e.contains { $0.path == "columns" && $0.message.contains("belongs to a facet") })
        let r = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "v": 1}]}, "facet": {"field": "provnce"}, "spec": {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "v"}}}}"#)
        #expect(r.contains { $0.path == "facet.field" && $0.message.contains("is not a column") })
    }
}
