import Testing
@testable import ChartKit

/// A channel with a time unit and no title is titled as Vega-Lite titles it: "date (year-month)".
@Suite("Time unit titles")
struct TimeUnitTitleTests {
    @Test("parts joined by dashes, in Vega-Lite's order", arguments: [
        ("yearmonth", "year-month"), ("yearmonthdate", "year-month-date"), ("monthdate", "month-date"),
        ("month", "month"), ("hours", "hours"), ("day", "day"), ("dayofyear", "dayofyear"), ("yearquarter", "year-quarter"),
        ("utcyearmonth", "year-month"),
    ])
    func parts(unit: String, expected: String) {
        #expect(EncodingTransforms.unitParts(unit) == expected)
    }

    @Test("the axis title of a time-unit channel")
    func axisTitle() throws {
        let c = try TestSupport.compile(#"""
        {"data": {"values": [{"d": "2020-01-05", "v": 1}, {"d": "2020-02-05", "v": 2}]}, "mark": "line",
         "encoding": {"x": {"field": "d", "timeUnit": "yearmonth", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(c.scene.texts.contains { $0.role == .axisTitle && $0.run.text == "d (year-month)" })
    }
}
