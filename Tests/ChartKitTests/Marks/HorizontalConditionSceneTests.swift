import Testing
@testable import ChartKit

/// Colour conditions on the marks beside horizontal bars (VL's fruit chart: white labels on
/// long bars, black on short ones).
@Suite("Colour conditions beside horizontal bars")
struct HorizontalConditionSceneTests {
    @Test("each text takes the first condition its row passes, else the channel's value")
    func textColours() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"n": "a", "c": 21}, {"n": "b", "c": 5}]},
         "encoding": {"y": {"field": "n", "type": "nominal"}, "x": {"field": "c", "type": "quantitative"}},
         "layer": [{"mark": "bar"},
                   {"mark": {"type": "text", "align": "right"},
                    "encoding": {"text": {"field": "c", "type": "quantitative"},
                                 "color": {"condition": {"test": {"field": "c", "gt": 10}, "value": "white"}, "value": "black"}}}]}
        """#).scene
        let runs = scene.texts.filter { if case .textMark = $0.role { return true }; return false }.map(\.run)
        let byText = Dictionary(uniqueKeysWithValues: runs.map { ($0.text, $0.color) })
        #expect(byText["21"] == Color(parsing: "white"))
        #expect(byText["5"] == Color(parsing: "black"))
    }
}
