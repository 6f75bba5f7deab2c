import Testing
@testable import ChartKit

/// `day` and `hours`: parts of a date drawn as categories, as Vega-Lite's ordinal axes label them.
@Suite("Day and hour categories")
struct TimeUnitCategoryTests {
    static let data = #""data": {"values": [{"t": "2015/01/05 08:00:00", "n": 1}, {"t": "2015/01/04 13:30:00", "n": 2}, {"t": "2015/01/06 08:00:00", "n": 3}]}"#

    @Test("the day of the week and the hour become \"Mon\" and \"08:00\"; a day sort lists names in any case, in full or by initials")
    func categories() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "mark": "circle", "encoding": {"y": {"field": "t", "type": "ordinal", "timeUnit": "day", "sort": ["monday", "TUE", "sun"]}, "x": {"field": "t", "type": "ordinal", "timeUnit": "hours"}}}"#)
        let y = c.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }.sorted { $0.run.bounds.midY < $1.run.bounds.midY }.map(\.run.text)
        #expect(y == ["Mon", "Tue", "Sun"])
        let x = c.scene.texts.filter { $0.role == .axisLabel && $0.run.vAnchor == .top }.sorted { $0.run.bounds.midX < $1.run.bounds.midX }.map(\.run.text)
        #expect(x == ["08:00", "13:00"])
    }

    @Test("on a time axis (no type, or temporal) they are named: the type must be ordinal")
    func temporalNamed() {
        let e = TestSupport.decodeErrors(#"{\#(Self.data), "mark": "circle", "encoding": {"x": {"field": "t", "timeUnit": "hours"}, "y": {"field": "n", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "encoding.x.timeUnit" && $0.message.contains("\"type\": \"ordinal\"") })
    }
}
