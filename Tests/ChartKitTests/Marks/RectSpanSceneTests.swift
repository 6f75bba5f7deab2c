import Foundation
import Testing
@testable import ChartKit

/// Rects on continuous axes: each binned cell of a two-dimensional histogram is the box from
/// its bin's start to its end on x and on y, touching its neighbours, painted by its count.
@Suite("Rects spanning numbers")
struct RectSpanSceneTests {
    let engine = ChartEngine()

    static let spec = #"""
    {"data": {"values": [{"a": 1, "b": 1}, {"a": 1.5, "b": 1.2}, {"a": 3, "b": 9}]},
     "mark": "rect",
     "encoding": {"x": {"field": "a", "type": "quantitative", "bin": {"step": 1}},
                  "y": {"field": "b", "type": "quantitative", "bin": {"step": 2}},
                  "color": {"aggregate": "count", "type": "quantitative", "scale": {"scheme": "viridis"}}}}
    """#

    @Test("each bin pair is a box from start to end on both axes, painted by its count")
    func boxes() throws {
        let scene = try TestSupport.compile(Self.spec, engine: engine).scene
        let plot = try #require(scene.plotArea)
        var boxes: [(Rect, Color)] = []
        for case .rect(let r, let fill?, _, .bar) in scene.leaves { boxes.append((r, fill)) }
        #expect(boxes.count == 2, "\(boxes)")
        let sorted = boxes.sorted { $0.0.x < $1.0.x }
        guard sorted.count == 2 else { return }
        let (low, high) = (sorted[0].0, sorted[1].0)
        // Bins of x are one wide and of y two high: the boxes are as wide as a bin, as high as one, and touch nothing between.
        #expect(abs(low.width - high.width) < 0.01 && abs(low.height - high.height) < 0.01)
        #expect(low.height > 0 && low.width > 0 && low.maxY <= plot.maxY + 0.01)
        // The cell with two rows (count 2) takes the scale's top colour, the other its bottom.
        #expect(sorted[0].1.description == "#fde725" && sorted[1].1.description == "#440154", "\(sorted.map(\.1.description))")
    }

    @Test("a rect on numbers without an other end is refused by name")
    func noEnd() {
        let spec = Self.spec.replacingOccurrences(of: #", "bin": {"step": 2}"#, with: "")
        #expect(TestSupport.resolveErrors(spec).contains { $0.message.contains("y2") || $0.message.contains("binning") })
    }

    @Test("a rect on bands given x2 is refused at x2, not drawn as a plain cell")
    func bandEnd() {
        let spec = #"""
        {"data": {"values": [{"a": "p", "e": "q", "b": "u"}]}, "mark": "rect",
         "encoding": {"x": {"field": "a", "type": "nominal"}, "x2": {"field": "e"}, "y": {"field": "b", "type": "nominal"}}}
        """#
        #expect(TestSupport.resolveErrors(spec).first?.path == "encoding.x2")
    }

    @Test("a histogram on its side: bars from zero to each count across their bins on y, a pixel apart")
    func sideways() throws {
        let scene = try TestSupport.compile(#"{"data": {"values": [{"v": 1.2}, {"v": 1.7}, {"v": 2.4}, {"v": 3.1}, {"v": 3.3}, {"v": 3.9}]}, "width": 300, "height": 200, "mark": "bar", "encoding": {"y": {"field": "v", "bin": {"step": 1}}, "x": {"aggregate": "count"}}}"#).scene
        let plot = try #require(scene.plotArea)
        let bars = scene.bars.sorted { $0.rect.minY < $1.rect.minY }
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { abs($0.rect.minX - plot.minX) < 0.5 }, "from zero at the left")
        // Counts 3 (bin 3–4, top), 1 (2–3), 2 (1–2, bottom): widths in that proportion.
        #expect(abs(bars[0].rect.width / bars[2].rect.width - 1.5) < 0.01 && abs(bars[1].rect.width / bars[2].rect.width - 0.5) < 0.01)
        for (a, b) in zip(bars, bars.dropFirst()) { #expect(abs(b.rect.minY - a.rect.maxY - 1) < 0.01, "a pixel between bins") }
    }

    @Test("spans coloured by a field with missing values: the missing ones are the category null, first in the scale; a rect's stroke is drawn")
    func nullCategoryAndStroke() throws {
        let scene = try TestSupport.compile(##"""
        {"data": {"values": [{"a": 1, "b": 2, "c": 0, "d": 1}, {"a": 2, "b": 3, "c": 0, "d": 1, "k": true}, {"a": 3, "b": 4, "c": 0, "d": 1}]},
         "layer": [{"mark": {"type": "rect", "stroke": "#000"}, "encoding": {"x": {"field": "a", "type": "quantitative"}, "x2": {"field": "b"},
                    "y": {"field": "c", "type": "quantitative"}, "y2": {"field": "d"}, "fill": {"field": "k", "scale": {"range": ["black", "white"]}}}},
                   {"mark": "line", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "d", "type": "quantitative"}}}]}
        """##).scene
        let rects = scene.bars.sorted { $0.rect.minX < $1.rect.minX }
        #expect(rects.count == 3)
        #expect(rects[0].series == "null" && rects[1].series == "true")
        #expect(rects[0].fill == Color(r: 0, g: 0, b: 0) && rects[1].fill == Color(r: 1, g: 1, b: 1), "null takes the first colour")
        var stroked = 0
        for case .rect(_, _, let s?, .bar) in scene.leaves where s.color == Color(r: 0, g: 0, b: 0) { stroked += 1 }
        #expect(stroked == 3)
    }
}
