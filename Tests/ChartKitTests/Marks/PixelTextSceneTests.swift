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
}
