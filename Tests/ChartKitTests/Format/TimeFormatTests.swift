import Testing
@testable import ChartKit

@Suite("Date formats")
struct TimeFormatTests {
    static func date(_ s: String) -> TemporalValue { TemporalValue.parse(s)! }

    // Expected strings from Python's strftime (same meaning as d3-time-format's directives
    // for these), run once: datetime.date(2009, 6, 1).strftime("%m/%d|%b %Y|…").
    @Test("d3-time-format directives write calendar dates", arguments: [
        ("2009-06-01", "%m/%d|%b %Y|%B %-d|%a %A|%j|%U|%W|%G|%u|%w|%y", "06/01|Jun 2009|June 1|Mon Monday|152|22|22|2009|1|1|09"),
        ("2023-01-01", "%m/%d|%b %Y|%B %-d|%a %A|%j|%U|%W|%G|%u|%w|%y", "01/01|Jan 2023|January 1|Sun Sunday|001|01|00|2022|7|0|23"),
        ("2021-01-03", "%j|%U|%W|%G", "003|01|00|2020"),
        ("2020-12-31", "%j|%U|%W|%G|%a", "366|52|52|2020|Thu"),
        ("2012-02-29", "%x|%e|%q", "02/29/2012|29|1"),
        ("2023-06-30", "%Y年%m月%d日", "2023年06月30日"),
        ("2023-06-30", "Q%q %Y, 100%%", "Q2 2023, 100%"),
    ])
    func directives(day: String, spec: String, expected: String) throws {
        #expect(try TimeFormat(spec).string(Self.date(day)) == expected)
    }

    @Test("a time of day, an unknown directive or a lone % is refused with the reason")
    func refused() {
        for (spec, words) in [("%H:%M", "time of day"), ("%k", "not a d3-time-format directive"), ("%Y %", "lone")] {
            #expect(throws: TimeFormatError.self) { try TimeFormat(spec) }
            do { _ = try TimeFormat(spec) } catch { #expect(error.message.contains(words), "\(spec): \(error.message)") }
        }
    }

    @Test("a % followed by a letter makes a date format; a number format's % ends its type")
    func telling() {
        #expect(TimeFormat.looksLikeTimeFormat("%Y"))
        #expect(TimeFormat.looksLikeTimeFormat("%-m/%d"))
        #expect(!TimeFormat.looksLikeTimeFormat(".0%"))
        #expect(!TimeFormat.looksLikeTimeFormat(".1f% of GDP"))
        #expect(!TimeFormat.looksLikeTimeFormat(",.0f GW"))
    }

    // Vega-Lite's defaults: vega-time's timeUnitSpecifier with VEGALITE_TIMEFORMAT's overrides.
    @Test("a time unit's labels follow Vega-Lite's default format", arguments: [
        ("year", "%Y"), ("month", "%b"), ("yearmonth", "%b %Y"), ("yearmonthdate", "%b %d, %Y"),
        ("monthdate", "%b %d"), ("quarter", "Q%q"), ("yearquarter", "%Y Q%q"), ("date", "%d"), ("day", "%a"),
        ("utcyearmonth", "%b %Y"), ("dayofyear", "%j"), ("yearquartermonth", "%Y Q%q %b"),
    ])
    func unitDefaults(unit: String, expected: String) {
        #expect(TemporalLabels.specifier(timeUnit: unit) == expected)
    }

    @Test("axis.format writes a time axis and a date band axis; a bad date format is named where written")
    func onAxes() throws {
        let data = #""data": {"values": [{"d": "2009-06-01", "v": 1}, {"d": "2009-07-15", "v": 2}, {"d": "2009-08-30", "v": 3}]}"#
        let line = try TestSupport.compile(#"{\#(data), "mark": "line", "encoding": {"x": {"field": "d", "type": "temporal", "axis": {"format": "%m/%d"}}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let lineLabels = line.scene.texts.filter { $0.role == .axisLabel }.map(\.run.text)
        let dates = lineLabels.filter { $0.contains("/") }
        #expect(dates.count >= 4 && dates.contains("06/01") && dates.allSatisfy { $0.count == 5 }, "\(lineLabels)")
        let bars = try TestSupport.compile(#"{\#(data), "mark": "bar", "encoding": {"x": {"field": "d", "timeUnit": "yearmonth", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let barLabels = bars.scene.texts.filter { $0.role == .axisLabel }.map(\.run.text)
        #expect(["Jun 2009", "Jul 2009", "Aug 2009"].allSatisfy(barLabels.contains), "\(barLabels)")
        let e = TestSupport.decodeErrors(#"{\#(data), "mark": "line", "encoding": {"x": {"field": "d", "type": "temporal", "axis": {"format": "%H:%M"}}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(e.first?.path == "encoding.x.axis.format")
        #expect(e.first?.message.contains("time of day") == true)
        // A date format where no date is written is named, not read as a number format ("1400%Y").
        let misplaced = TestSupport.resolveErrors(#"{\#(data), "mark": "bar", "encoding": {"x": {"field": "v", "type": "ordinal", "axis": {"format": "%b"}}, "y": {"field": "v", "type": "quantitative", "axis": {"format": "%Y"}}}}"#)
        #expect(misplaced.contains { $0.path == "encoding.y.axis.format" && $0.message.contains("is quantitative") }, "\(misplaced)")
        #expect(misplaced.contains { $0.path == "encoding.x.axis.format" && $0.message.contains("not dates") }, "\(misplaced)")
    }
}
