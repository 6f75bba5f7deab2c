import Testing
@testable import ChartKit

/// Text placed by mark.x and mark.y alone over a layered chart (a regression's R²): at the
/// plot's pixel position, taking no part in the axes.
@Suite("Text placed in pixels")
struct PixelTextSceneTests {
    @Test("\"x\": \"width\", \"y\": -5, right-aligned: the words end at the plot's right edge, 5 px above its top; the axes ignore them")
    func corner() throws {
        let data = #""data": {"values": [{"a": 1, "b": 2}, {"a": 3, "b": 4}]}"#
        let points = #"{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let words = #"{"mark": {"type": "text", "x": "width", "y": -5, "align": "right"}, "encoding": {"text": {"field": "b", "type": "nominal"}}}"#
        let c = try TestSupport.compile(#"{\#(data), "layer": [\#(points), \#(words)]}"#)
        let plot = try #require(c.scene.plotArea)
        let notes = c.scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(notes.map(\.run.text) == ["2", "4"])  // one per row
        for n in notes {
            #expect(abs(n.run.bounds.maxX - plot.maxX) < 0.5)
            #expect(abs(n.run.bounds.midY - (plot.minY - 5)) < 0.5)
        }
        let alone = try TestSupport.compile(#"{\#(data), "layer": [\#(points)]}"#)
        #expect(alone.scene.texts.filter { $0.role == .axisLabel }.map(\.run.text) == c.scene.texts.filter { $0.role == .axisLabel }.map(\.run.text))
    }

    @Test("text at each row's x with \"y\": -5 stands over its column, in room left above the plot; layers named alike get no legend")
    func overColumns() throws {
        let spec = #"""
        {"title": "Weather", "data": {"values": [{"d": "Mon", "lo": 1, "hi": 5}, {"d": "Tue", "lo": 2, "hi": 6}]},
         "encoding": {"x": {"field": "d", "type": "ordinal"}, "y": {"type": "quantitative", "title": "Temperature"}},
         "layer": [{"mark": "bar", "encoding": {"y": {"field": "lo"}, "y2": {"field": "hi"}}},
                   {"mark": {"type": "bar", "size": 4}, "encoding": {"y": {"field": "lo"}, "y2": {"field": "hi"}}},
                   {"mark": {"type": "text", "y": -5, "baseline": "bottom"}, "encoding": {"text": {"field": "d"}}}]}
        """#
        let c = try TestSupport.compile(spec)
        let plot = try #require(c.scene.plotArea)
        let words = c.scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(words.map(\.run.text) == ["Mon", "Tue"])
        for (w, bar) in zip(words, c.scene.bars.prefix(2)) {
            #expect(abs(w.run.bounds.midX - bar.rect.midX) < 0.5, "over its column")
            #expect(abs(w.run.bounds.maxY - (plot.minY - 5)) < 1, "its baseline 5 px above the plot")
        }
        let title = try #require(c.scene.texts.first { $0.run.text == "Weather" })
        #expect(words.allSatisfy { $0.run.bounds.minY >= title.run.bounds.maxY }, "room above the plot, under the title")
        #expect(!c.scene.texts.contains { if case .legendLabel = $0.role { return true }; return false }, "two layers titled alike: no legend")
    }
}
