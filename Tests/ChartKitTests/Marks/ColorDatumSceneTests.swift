import Foundation
import Testing
@testable import ChartKit

/// A `datum` on a colour channel of a data layer is a constant in the colour scale: the
/// layer's marks take that category's colour and the legend lists it, untitled.
@Suite("Colour datums")
struct ColorDatumSceneTests {
    let engine = ChartEngine()

    static let spec = #"""
    {"data": {"values": [{"t": 1, "a": 1, "b": 3}, {"t": 2, "a": 2, "b": 1}]},
     "encoding": {"x": {"field": "t", "type": "quantitative"}},
     "layer": [{"mark": {"type": "line", "stroke": "white", "strokeWidth": 4}, "encoding": {"y": {"field": "a", "type": "quantitative"}}},
               {"mark": "line", "encoding": {"y": {"field": "a", "type": "quantitative"}, "stroke": {"datum": "A", "type": "nominal"}}},
               {"mark": "line", "encoding": {"y": {"field": "b", "type": "quantitative"}, "color": {"datum": "B"}}}]}
    """#

    @Test("each datum is a category of one scale, in layer order; layers without one stay out of the legend")
    func oneScale() throws {
        let scene = try TestSupport.compile(Self.spec, engine: engine).scene
        let palette = try StyleLoader.load("ccnt").category
        var strokes: [String: Color] = [:]
        for case .path(_, _, let s?, .line(let name?, _)) in scene.leaves { strokes[name] = s.color }
        #expect(strokes["A"] == palette[0] && strokes["B"] == palette[1], "\(strokes)")
        let labels = scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(labels == ["A", "B"])
        #expect(!scene.texts.contains { $0.role == .legendTitle })
    }

    @Test("a datum that is not a category is an error naming it")
    func refused() {
        let bad = Self.spec.replacingOccurrences(of: #""datum": "B""#, with: #""datum": [1]"#)
        #expect(TestSupport.decodeErrors(bad).contains { $0.path == "layer[2].encoding.color.datum" }, "\(TestSupport.decodeErrors(bad))")
    }

    @Test("an xOffset datum per layer sets repeated bar layers side by side in each band, in layer order, without an overlap warning")
    func offsetDatums() throws {
        let spec = #"""
        {"data": {"values": [{"k": "a", "u": 1, "w": 2}, {"k": "b", "u": 3, "w": 4}]},
         "repeat": {"layer": ["w", "u"]},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": {"repeat": "layer"}, "type": "quantitative"},
                                               "color": {"datum": {"repeat": "layer"}}, "xOffset": {"datum": {"repeat": "layer"}}}}}
        """#
        let c = try TestSupport.compile(spec, engine: engine)
        let bars = c.scene.bars
        #expect(bars.count == 4)
        for k in ["a", "b"] {
            let pair = bars.filter { $0.category == k }
            let w = try #require(pair.first { $0.series == "w" }), u = try #require(pair.first { $0.series == "u" })
            #expect(w.rect.maxX <= u.rect.minX + 0.01, "w (the first layer) left of u in band \(k)")
            #expect(abs(w.rect.width - u.rect.width) < 0.01)
        }
        #expect(!c.warnings.contains { $0.contains("drawn over each other") }, "\(c.warnings)")
    }
}
