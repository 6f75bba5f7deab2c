import Testing
@testable import ChartKit

/// Records with nested objects: each nested value is a column named by its path, which is what
/// a Vega-Lite field with a dot reads ("record.low" is datum.record.low).
@Suite("Nested records")
struct NestedRecordTests {
    @Test("nested values become dotted columns a field can name")
    func dottedColumns() throws {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"week": "a", "record": {"low": 1, "high": {"max": 9}}}, {"week": "b", "record": {"low": 2, "high": {"max": 8}}}]},
         "mark": "bar", "encoding": {"x": {"field": "week", "type": "nominal"}, "y": {"field": "record.low", "type": "quantitative"}}}
        """#))
        let table = chart.layers[0].table
        #expect(table.columns.contains("record.low") && table.columns.contains("record.high.max"))
        #expect(chart.layers[0].y?.name == "record.low")
        let y = try #require(chart.layers[0].y)
        #expect((0..<table.rowCount).map { table[$0, y.column].number } == [1, 2])
    }

    @Test("a short array's items are columns \"a[0]\", \"a[1]\" (Vega-Lite's field \"a[1]\"); a long one is named as an error")
    func arrays() throws {
        let spec = #"{"data": {"values": [{"k": "p", "a": [1, 2, {"x": 5}]}, {"k": "q", "a": [3, 4]}]}, "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "a[1]", "type": "quantitative"}}}"#
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: spec, file: "t.json", baseDirectory: "."))
        let table = chart.layers[0].table
        #expect(table.columns == ["k", "a[0]", "a[1]", "a[2].x"])
        let y = try #require(chart.layers[0].y)
        #expect((0..<table.rowCount).map { table[$0, y.column].number } == [2, 4])
        let long = "[" + Array(repeating: "1", count: 65).joined(separator: ", ") + "]"
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"a": \#(long)}]}, "mark": "bar", "encoding": {"x": {"field": "a"}}}"#)
        #expect(errors.contains { $0.message.contains("found an array") })
    }
}
