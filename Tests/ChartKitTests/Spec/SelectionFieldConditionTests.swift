import Testing
@testable import ChartKit

/// A field condition on a selection param: a file has no selection, and Vega-Lite's empty
/// selection selects every row unless `"empty": false`.
@Suite("Field conditions on a selection")
struct SelectionFieldConditionTests {
    func decode(_ condition: String) throws -> ChartSpec {
        try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": 1, "b": 2, "o": "x"}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"condition": CONDITION, "value": "grey"}}}
        """#.replacingOccurrences(of: "CONDITION", with: condition), file: "test.json")
    }

    @Test("an empty selection selects every row: the channel is the condition's field, with a warning")
    func everyRow() throws {
        let spec = try decode(#"{"param": "brush", "field": "o", "type": "nominal"}"#)
        let layer = try #require(spec.layers.first)
        #expect(layer.encoding.color?.field?.value == "o")
        #expect(layer.mark.color == nil, "the unselected value applies to no row")
        #expect(spec.warnings.contains { $0.contains("encoding.color.condition.param") && $0.contains("every row is drawn by the condition's field \"o\"") }, "\(spec.warnings)")
    }

    @Test("\"empty\": false selects no row: the channel's value")
    func noRow() throws {
        let spec = try decode(#"{"param": "brush", "empty": false, "field": "o", "type": "nominal"}"#)
        let layer = try #require(spec.layers.first)
        #expect(layer.encoding.color?.field == nil)
        #expect(layer.mark.color?.value == "grey")
        #expect(spec.warnings.contains { $0.contains("no row is (\"empty\": false)") })
    }

    @Test("a field condition on a test is refused by name")
    func onTest() {
        let e = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a"}, "color": {"condition": {"test": "datum.a > 0", "field": "a"}, "value": "grey"}}}"#)
        #expect(e.contains { $0.path == "encoding.color.condition.field" }, "\(e)")
    }
}
