import Testing
@testable import ChartKit

/// Object literals looked into at once (`{'cattle': '🐄'}[datum.animal]`), and a calculation's
/// read of a field the data lacks: a warning, and null as Vega's undefined.
@Suite("object lookups and unknown fields in calculate")
struct ExpressionObjectTests {
    @Test("a key's value; null when the object lacks the key", arguments: [
        ("{'x': 'ex', 'y': 'why'}[datum.s]", ExprValue.string("ex")), ("{'x': 1}['z']", .null),
        ("{a: 1, 'b': 2}.b", .number(2)), ("{2: 'two', 3: 'three'}[datum.a]", .string("two")),
        ("{'x': 1, 'x': 5}['x']", .number(5)), ("{}['x']", .null), ("{'x': 1 + 1}[datum.s] * 3", .number(6)),
    ])
    func lookup(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("objects hold constants and are read only where looked into")
    func objectErrors() {
        #expect(parseError("{'a': 1}")?.message.contains("read only when looked into") == true)
        #expect(parseError("{'a': datum.b}['a']")?.message.contains("must be constants") == true)
        #expect(parseError("{'a' 1}['a']")?.message.contains("expected \":\"") == true)
        #expect(parseError("{'a': 1")?.message.contains("never closed") == true)
    }

    @Test("calculate reading a missing field warns, naming it and the columns, and reads null")
    func unknownField() throws {
        let compiled = try TestSupport.compile(#"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 5}]},
         "transform": [{"calculate": "datum.first === datum.a ? 'first' : 'other'", "as": "end"}],
         "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "end"}}}
        """#)
        #expect(compiled.warnings.contains { $0.contains("transform[0].calculate") && $0.contains("unknown field datum.first (columns: a, b)") }, "\(compiled.warnings)")
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: #"{"data": {"values": [{"a": 1}]}, "transform": [{"calculate": "datum.first === datum.a ? 'first' : 'other'", "as": "end"}], "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "end"}}}"#, file: "test.json"))
        let t = chart.layers[0].table
        #expect(t.rows.map { $0[t.columnIndex("end")!] } == [.text("other")], "undefined === 1 is false")
    }
}
