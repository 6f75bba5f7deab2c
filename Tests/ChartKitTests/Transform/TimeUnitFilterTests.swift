import Testing
@testable import ChartKit

/// Field predicates with a timeUnit, as Vega-Lite compiles them: the truncated date against
/// each value read as a date (a number below 10,000 being that unit of 2012, or the year).
@Suite("Filters with a time unit")
struct TimeUnitFilterTests {
    static let dates = #"[{"d": "2005-12-31", "v": 1}, {"d": "2006-03-01", "v": 2}, {"d": "2007-11-30", "v": 3}, {"d": "2008-01-01", "v": 4}, {"d": null, "v": 5}, {"d": "2019-07-04", "v": 6}]"#

    func kept(_ predicate: String) throws -> [String?] {
        TransformTests.column(try TransformTests.table(Self.dates, #"[{"filter": \#(predicate)}]"#, x: "v"), "v")
    }

    @Test("year: a range of years keeps both ends whole; one open end; equal; oneOf")
    func years() throws {
        // line_conditional_axis: {"timeUnit": "year", "range": [2006, 2007]} keeps 2006 and 2007.
        #expect(try kept(#"{"field": "d", "timeUnit": "year", "range": [2006, 2007]}"#) == ["2", "3"])
        // joinaggregate_residual_graph: [null, 2019] keeps every year up to 2019 (the missing date fails).
        #expect(try kept(#"{"field": "d", "timeUnit": "year", "range": [null, 2008]}"#) == ["1", "2", "3", "4"])
        #expect(try kept(#"{"field": "d", "timeUnit": "year", "equal": 2019}"#) == ["6"])
        #expect(try kept(#"{"field": "d", "timeUnit": "year", "oneOf": [2005, 2008]}"#) == ["1", "4"])
        #expect(try kept(#"{"field": "d", "timeUnit": "year", "gte": "2007-01-01"}"#) == ["3", "4", "6"])
    }

    @Test("month and yearmonth: month numbers are of 2012; dates and DateTime objects compare with the truncated month")
    func months() throws {
        #expect(try kept(#"{"field": "d", "timeUnit": "month", "equal": 1}"#) == ["4"])
        #expect(try kept(#"{"field": "d", "timeUnit": "month", "range": [3, 7]}"#) == ["2", "6"])
        #expect(try kept(#"{"field": "d", "timeUnit": "yearmonth", "lt": {"year": 2007, "month": 11}}"#) == ["1", "2"])
        #expect(try kept(#"{"not": {"field": "d", "timeUnit": "yearmonth", "equal": "2006-03-01"}}"#) == ["1", "3", "4", "5", "6"])
    }

    @Test("a value that is not a date, or an unknown unit, is an error at its place")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"filter": {"field": "d", "timeUnit": "year", "equal": "soon"}}], "mark": "point", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].filter.equal" && $0.message.contains("must be a date") })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"filter": {"field": "d", "timeUnit": "hours", "equal": 3}}], "mark": "point", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].filter.timeUnit" && $0.message.contains("not a time unit") })
    }
}

/// An aggregate's count written as Vega-Lite writes it, and encoding aggregates in facets.
@Suite("Counts and facet grouping")
struct CountAndFacetGroupingTests {
    @Test("count with field \"*\" counts every row, missing values included")
    func countStar() throws {
        let t = try TransformTests.table(TransformTests.groups, #"[{"aggregate": [{"op": "count", "field": "*", "as": "n"}], "groupby": ["a"]}]"#)
        #expect(TransformTests.column(t, "n") == ["4", "2"])
    }

    @Test("an encoding aggregate in a faceted view groups by the facet field too: each panel sums its own rows")
    func facetGroups() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"y": 2021, "k": "a", "v": 1}, {"y": 2022, "k": "a", "v": 2}, {"y": 2022, "k": "a", "v": 5}, {"y": 2021, "k": "b", "v": 4}]},
         "mark": "bar", "encoding": {"column": {"field": "y", "type": "ordinal"}, "x": {"field": "k", "type": "nominal"},
                                     "y": {"aggregate": "sum", "field": "v", "type": "quantitative"}}}
        """#, file: "t.json", baseDirectory: "\(TestSupport.root)/examples")
        let chart = try ChartResolver.resolve(spec)
        #expect(chart.panels.map(\.spec.title) == ["2021", "2022"])
        let sums = chart.panels.map { TransformTests.column($0.layers[0].table, "sum_v") }
        #expect(sums == [["1", "4"], ["7"]])
    }
}
