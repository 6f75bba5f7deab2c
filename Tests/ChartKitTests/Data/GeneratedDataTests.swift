import Testing
@testable import ChartKit

/// Data Vega-Lite generates or wraps: the sequence generator and values that are not records.
@Suite("Generated and wrapped data")
struct GeneratedDataTests {
    static func table(_ data: String, x: String) throws -> DataTable {
        let text = #"{"data": \#(data), "mark": "point", "encoding": {"x": {"field": "\#(x)", "type": "quantitative"}}}"#
        let spec = try SpecDecoder.decode(text: text, file: "t.json", baseDirectory: "\(TestSupport.root)/examples")
        return try ChartResolver.bind(spec, styleOverride: nil).layers[0].table
    }

    @Test("sequence: start + i·step below stop (d3.range, rounding included), in the column named by as")
    func sequence() throws {
        let t = try Self.table(#"{"sequence": {"start": 0, "stop": 0.5, "step": 0.1, "as": "x"}}"#, x: "x")
        #expect(t.columns == ["x"])
        // 3 × 0.1 is 0.30000000000000004 in JavaScript too.
        #expect(t.rows.map { $0[0] } == [0, 0.1, 0.2, 0.30000000000000004, 0.4].map(DataValue.number))
        #expect(try Self.table(#"{"sequence": {"start": 1, "stop": 4}}"#, x: "data").rows == [[.number(1)], [.number(2)], [.number(3)]])
        #expect(try Self.table(#"{"sequence": {"start": 5, "stop": 1, "step": -2}}"#, x: "data").rows == [[.number(5)], [.number(3)]])
        let e = TestSupport.decodeErrors(#"{"data": {"sequence": {"start": 0}}, "mark": "point", "encoding": {}}"#)
        #expect(e.contains { $0.path == "data.sequence" && $0.message.contains("needs \"stop\"") })
    }

    @Test("values that are numbers, strings or null are rows of one column \"data\", as Vega ingests them")
    func primitives() throws {
        let t = try Self.table(#"{"values": [1, 1, "2", null]}"#, x: "data")
        #expect(t.columns == ["data"])
        #expect(t.rows == [[.number(1)], [.number(1)], [.text("2")], [.missing]])
        #expect(try Self.table(#"{"values": [{"data": 3}, 4]}"#, x: "data").rows == [[.number(3)], [.number(4)]])
    }
}
