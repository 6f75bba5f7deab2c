import Testing
@testable import ChartKit

/// Bars with x and no y span the plot's height from zero to their value (Vega-Lite's meaning),
/// and further bar layers of a horizontal chart overlay the first: a bullet chart.
@Suite("Bars without y, overlaid bar layers")
struct BarsWithoutYSceneTests {
    static let bullet = #"""
    {"data": {"values": [{"target": 14, "range": 20, "actual": 12.5, "p": "Hebei"}, {"target": 10, "range": 15, "actual": 11, "p": "Qinghai"}]},
     "encoding": {"x": {"type": "quantitative"}},
     "layer": [
       {"mark": {"type": "bar", "color": "#ddd"}, "encoding": {"x": {"field": "range"}}},
       {"mark": {"type": "bar", "color": "steelblue", "size": 10}, "encoding": {"x": {"field": "actual"}}},
       {"mark": {"type": "tick", "color": "black"}, "encoding": {"x": {"field": "target"}}}
     ]}
    """#

    func bars(_ scene: Scene) -> [(rect: Rect, value: Double)] { scene.bars.map { ($0.rect, $0.value) } }

    @Test("one view: a plot 20 px high, the range bar filling it, the measure 10 px thick over it, from zero")
    func singleView() throws {
        let spec = Self.bullet.replacingOccurrences(of: #""data""#, with: #""transform": [{"filter": "datum.p == 'Hebei'"}], "data""#)
        let scene = try TestSupport.compile(spec).scene
        let plot = try #require(scene.plotArea)
        #expect(abs(plot.height - 20) < 0.5, "Vega-Lite's discrete height: \(plot)")
        let drawn = bars(scene)
        let range = try #require(drawn.first { $0.value == 20 }), actual = try #require(drawn.first { $0.value == 12.5 })
        #expect(abs(range.rect.height - plot.height) < 0.5 && abs(range.rect.minY - plot.minY) < 0.5)
        #expect(abs(actual.rect.height - 10) < 0.5 && abs(actual.rect.midY - plot.midY) < 0.5)
        #expect(abs(range.rect.minX - plot.minX) < 0.5 && abs(actual.rect.minX - plot.minX) < 0.5, "both from zero at the left")
        #expect(abs(actual.rect.width / range.rect.width - 12.5 / 20) < 0.01, "on one scale")
        // The overlay is drawn after the range (later layers on top).
        let order = scene.leaves.compactMap { n -> Double? in if case .rect(_, _, _, .bar(_, _, let v)) = n { return v } else { return nil } }
        #expect(order == [20, 12.5])
    }

    @Test("a row facet of bullets: each row its own x with resolve x independent, panels 20 px high")
    func facetIndependentX() throws {
        let spec = Self.bullet.replacingOccurrences(of: #""encoding": {"x": {"type": "quantitative"}},"#, with: "")
            .replacingOccurrences(of: #""layer": ["#, with: #""facet": {"row": {"field": "p", "header": {"labelAngle": 0}}}, "resolve": {"scale": {"x": "independent"}}, "spec": {"encoding": {"x": {"type": "quantitative"}}, "layer": ["#)
            + "}"
        let scene = try TestSupport.compile(spec).scene
        let drawn = bars(scene).filter { $0.value == 20 || $0.value == 15 }
        #expect(drawn.count == 2)
        // Independent x: each range bar reaches near its own axis's end (a shared one would
        // make 15 three quarters of 20).
        let widths = drawn.map(\.rect.width)
        #expect(widths.min()! / widths.max()! > 0.9, "\(drawn.map(\.rect))")
        #expect(drawn.allSatisfy { abs($0.rect.height - 20) < 0.5 })
        // No legend naming the layers in each panel.
        #expect(!scene.texts.contains { if case .legendLabel = $0.role { return true } else { return false } })
    }
}
