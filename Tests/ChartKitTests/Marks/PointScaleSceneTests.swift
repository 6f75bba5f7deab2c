import Testing
@testable import ChartKit

/// Vega-Lite's point scale on x: categories at points a step apart, `padding` steps from the
/// ends; bars from x to x2 run between two points (a histogram of uneven bins).
@Suite("Point scales")
struct PointScaleSceneTests {
    static func spec(_ scale: String) -> String {
        #"""
        {"width": {"step": 40}, "height": 100,
         "data": {"values": [{"s": "0", "e": "10", "v": 20}, {"s": "10", "e": "25", "v": 50}, {"s": "25", "e": "∞", "v": 30}]},
         "mark": "bar",
         "encoding": {"x": {"field": "s", "type": "ordinal", "sort": null, "scale": \#(scale)}, "x2": {"field": "e"},
                      "y": {"field": "v", "type": "quantitative"}}}
        """#
    }

    @Test("padding 0: four points over 3 steps of 40 px; each bar from its start's point to its end's, touching the next")
    func spans() throws {
        let scene = try TestSupport.compile(Self.spec(#"{"type": "point", "padding": 0}"#)).scene
        let plot = try #require(scene.plotArea)
        #expect(abs(plot.width - 120) < 0.5, "step × (points − 1): \(plot.width)")
        let bars = scene.bars.sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.count == 3)
        #expect(abs(bars[0].rect.minX - plot.minX) < 0.5 && abs(bars[2].rect.maxX - plot.maxX) < 0.5)
        for (a, b) in zip(bars, bars.dropFirst()) { #expect(abs(a.rect.maxX - b.rect.minX) < 0.01, "no gap between spans") }
        #expect(bars.allSatisfy { abs($0.rect.width - 40) < 0.5 })
    }

    @Test("the default padding is half a step at each end")
    func defaultPadding() throws {
        let scene = try TestSupport.compile(Self.spec(#"{"type": "point"}"#)).scene
        let plot = try #require(scene.plotArea)
        #expect(abs(plot.width - 160) < 0.5)
        #expect(abs((scene.bars.map(\.rect.minX).min() ?? 0) - plot.minX - 20) < 0.5)
    }

    @Test("a point scale on numbers or on colour is an error naming it")
    func refused() {
        let numbers = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 2}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"type": "point"}}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(numbers.contains { $0.path == "encoding.x.scale.type" && $0.message.contains("place categories") })
        let color = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 2}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "color": {"field": "a", "scale": {"type": "band"}}}}"#)
        #expect(color.contains { $0.path == "encoding.color.scale.type" })
    }
}
