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

/// `format.parse` on rows written in the spec, and d3 date patterns.
@Suite("Inline values with format.parse")
struct InlineParseTests {
    @Test("values take format.parse as a file does; a date pattern rewrites each cell as the project writes dates")
    func parse() throws {
        let t = try GeneratedDataTests.table(#"{"values": [{"y": "2010", "d": "07.03.2011", "m": "Mar 09", "v": "4"}, {"y": "1999", "d": "29.02.2012", "m": "Dec 70", "v": "5"}], "format": {"parse": {"y": "date:'%Y'", "d": "date:'%d.%m.%Y'", "m": "date:\"%b %y\"", "v": "number"}}}"#, x: "v")
        #expect(TransformTests.column(t, "y") == ["2010", "1999"])
        #expect(TransformTests.column(t, "d") == ["2011-03-07", "2012-02-29"])
        // %y: 69–99 are the 1900s, the rest the 2000s (d3's rule).
        #expect(TransformTests.column(t, "m") == ["2009-03", "1970-12"])
        #expect(t.rows.map { $0[3] } == [.number(4), .number(5)])
    }

    @Test("a cell that does not match, a time directive and a pattern without a year are errors at their places")
    func mistakes() {
        let e = TestSupport.resolveErrors(#"{"data": {"values": [{"d": "2011/03/07"}], "format": {"parse": {"d": "date:'%d.%m.%Y'"}}}, "mark": "point", "encoding": {"x": {"field": "d", "type": "temporal"}}}"#)
        #expect(e.contains { $0.message.contains("does not match the date pattern \"%d.%m.%Y\"") })
        var d = TestSupport.decodeErrors(#"{"data": {"values": [], "format": {"parse": {"d": "date:'%Y %H:%M'"}}}, "mark": "point", "encoding": {}}"#)
        #expect(d.contains { $0.path == "data.format.parse.d" && $0.message.contains("%H") })
        d = TestSupport.decodeErrors(#"{"data": {"values": [], "format": {"parse": {"d": "date:'%m-%d'"}}}, "mark": "point", "encoding": {}}"#)
        #expect(d.contains { $0.message.contains("has no year") })
    }
}
