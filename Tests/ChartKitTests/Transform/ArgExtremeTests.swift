import Testing
@testable import ChartKit

/// argmin and argmax: the first row of each group with the extreme value, missing left out.
@Suite("argmin and argmax")
struct ArgExtremeTests {
    static let films = #"[{"g": "a", "gross": 5, "budget": 1}, {"g": "a", "gross": 9, "budget": 2}, {"g": "b", "gross": null, "budget": 7}, {"g": "a", "gross": 9, "budget": 3}, {"g": "b", "gross": 4, "budget": 8}]"#

    @Test("in an aggregate transform the picked row's fields are columns \"alias.field\" (Vega-Lite's nested fields)")
    func transform() throws {
        let t = try TransformTests.table(Self.films, #"[{"aggregate": [{"op": "argmax", "field": "gross", "as": "top"}, {"op": "argmin", "field": "gross", "as": "low"}], "groupby": ["g"]}]"#, x: "g")
        #expect(t.columns == ["g", "top.g", "top.gross", "top.budget", "low.g", "low.gross", "low.budget"])
        // Ties go to the first row (budget 2, not 3); the missing gross of group b is left out.
        #expect(TransformTests.column(t, "top.budget") == ["2", "8"])
        #expect(TransformTests.column(t, "low.budget") == ["1", "8"])
        let j = try TransformTests.table(Self.films, #"[{"joinaggregate": [{"op": "argmax", "field": "gross", "as": "top"}], "groupby": ["g"]}]"#, x: "g")
        #expect(TransformTests.column(j, "top.budget") == ["2", "2", "8", "2", "8"])
    }

    @Test("an encoding's {\"argmax\": field} reads the channel's field at that row, titled as Vega-Lite titles it")
    func encoding() throws {
        let text = #"{"data": {"values": \#(Self.films)}, "mark": "bar", "encoding": {"y": {"field": "g", "type": "nominal"}, "x": {"aggregate": {"argmax": "gross"}, "field": "budget", "type": "quantitative"}}}"#
        let spec = try SpecDecoder.decode(text: text, file: "t.json", baseDirectory: "\(TestSupport.root)/examples")
        let layer = try ChartResolver.bind(spec, styleOverride: nil).layers[0]
        #expect(TransformTests.column(layer.table, "argmax_gross_budget") == ["2", "8"])
        #expect(layer.x?.title == "budget for max gross")
        let e = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"aggregate": {"max": "gross"}, "field": "b"}}}"#)
        #expect(e.contains { $0.path == "encoding.x.aggregate" && $0.message.contains("argmax") })
        let w = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"window": [{"op": "argmax", "field": "a", "as": "b"}]}], "mark": "bar", "encoding": {}}"#)
        #expect(w.contains { $0.path == "transform[0].window[0].op" })
    }
}
