import Foundation
import Testing
@testable import ChartKit

@Suite("Colour scale null: values drawn as colours")
struct ValuesAsColorsSceneTests {
    func spec(_ mark: String, colors: [String] = ["red", "green", "#0000ff"], legend: String = "") -> String {
        let rows = colors.enumerated().map { #"{"c": "\#($1)", "b": \#($0 + 1)}"# }.joined(separator: ",")
        return """
        {"data": {"values": [\(rows)]}, "mark": "\(mark)",
         "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"field": "c", "type": "nominal", "scale": null\(legend)}}}
        """
    }

    @Test("each bar takes the colour its value names, and there is no legend")
    func bars() throws {
        let scene = try TestSupport.compile(spec("bar")).scene
        let fills = Dictionary(uniqueKeysWithValues: scene.bars.map { ($0.category, $0.fill?.description) })
        #expect(fills == ["red": "#ff0000", "green": "#008000", "#0000ff": "#0000ff"])
        #expect(!scene.texts.contains { if case .legendLabel = $0.role { return true } else { return false } })
    }

    @Test("a value that is no colour, scale null on x and on marks that use a palette are errors naming the key")
    func errors() {
        #expect(TestSupport.resolveErrors(spec("bar", colors: ["red", "tomatoish"])).contains { $0.path == "encoding.color.scale" })
        #expect(TestSupport.resolveErrors(spec("line")).contains { $0.path == "encoding.color.scale" })
        let x = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": null}}}"#)
        #expect(x.contains { $0.path == "encoding.x.scale" })
    }
}
