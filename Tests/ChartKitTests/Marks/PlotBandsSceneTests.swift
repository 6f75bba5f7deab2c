import Testing
@testable import ChartKit

/// Rects from x to x2 with no y: bands the plot's full height at each row (Vega-Lite's meaning),
/// such as periods shaded behind a time series.
@Suite("Bands across the plot")
struct PlotBandsSceneTests {
    static let spec = #"""
    {"width": 400, "height": 200,
     "data": {"values": [{"year": 2010, "v": 1}, {"year": 2015, "v": 5}, {"year": 2020, "v": 3}]},
     "layer": [
       {"data": {"values": [{"from": 2011, "to": 2015, "plan": "12th FYP"}, {"from": 2016, "to": 2020, "plan": "13th FYP"}]},
        "mark": "rect",
        "encoding": {"x": {"field": "from", "type": "temporal"}, "x2": {"field": "to"}, "color": {"field": "plan", "type": "nominal"}}},
       {"mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"value": "#333"}}}
     ]}
    """#

    func bands(_ scene: Scene) -> [(rect: Rect, fill: Color?)] {
        scene.leaves.compactMap { if case .rect(let r, let fill, _, .band) = $0 { return (r, fill) } else { return nil } }
    }

    func tickX(_ scene: Scene, _ text: String) -> Double? {
        scene.texts.first { $0.role == .axisLabel && $0.run.text == text }?.run.bounds.midX
    }

    @Test("each row's band runs from x to x2 on the time axis and fills the plot's height")
    func spans() throws {
        let scene = try TestSupport.compile(Self.spec).scene
        let plot = try #require(scene.plotArea)
        let drawn = bands(scene)
        #expect(drawn.count == 2)
        for b in drawn { #expect(abs(b.rect.minY - plot.y) < 0.01 && abs(b.rect.height - plot.height) < 0.01) }
        // The second band starts at 2016 and ends at 2020, where those ticks stand.
        let second = try #require(drawn.max { $0.rect.minX < $1.rect.minX })
        let x2016 = try #require(tickX(scene, "2016")), x2020 = try #require(tickX(scene, "2020"))
        #expect(abs(second.rect.minX - x2016) < 0.5 && abs(second.rect.maxX - x2020) < 0.5)
        // Two plans, two colours; the legend lists the plans and not the uncoloured line.
        #expect(drawn[0].fill != drawn[1].fill)
        let legend = scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend == ["12th FYP", "13th FYP"])
    }

    @Test("the axis title comes from the layer with a y, not the band's fields")
    func titles() throws {
        let scene = try TestSupport.compile(Self.spec).scene
        let titles = scene.texts.filter { $0.role == .axisTitle }.map(\.run.text)
        #expect(titles.contains("year") && titles.contains("v") && !titles.contains("from"))
    }

    @Test("a band alone, with no layer giving y, is an error that says what to add")
    func alone() {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 2}]}, "mark": "rect", "encoding": {"x": {"field": "a", "type": "quantitative"}, "x2": {"field": "b"}}}"#)
        #expect(errors.contains { $0.message.contains("add a layer with a y") })
    }
}
