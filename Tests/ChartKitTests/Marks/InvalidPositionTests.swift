import Testing
@testable import ChartKit

/// Rows with no position: symbols on continuous axes leave them out as Vega-Lite does (its
/// default `"invalid": "filter"`), counted in a warning; a line, area or bar keeps naming them.
@Suite("Rows without a position")
struct InvalidPositionTests {
    static let rows = #"[{"hp": 130, "mpg": 18}, {"hp": null, "mpg": 25}, {"hp": 95, "mpg": null}, {"hp": 88, "mpg": 27}]"#

    @Test("a scatter draws the rows that have both positions and counts the others in a warning")
    func scatterLeavesThemOut() throws {
        let c = try TestSupport.compile(#"{"data": {"values": \#(Self.rows)}, "mark": "point", "encoding": {"x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"}}}"#)
        #expect(c.scene.leaves.filter { if case .circle = $0 { return true }; return false }.count == 2)
        #expect(c.warnings == [#"mark: 2 of 4 rows have no value in "hp" (x) or "mpg" (y) and are left out, as Vega-Lite leaves them out"#])
    }

    @Test("a line with no x in a row is still an error at that row")
    func lineNamesIt() throws {
        #expect(throws: ChartError.self) {
            try TestSupport.compile(#"{"data": {"values": \#(Self.rows)}, "mark": "line", "encoding": {"x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"}}}"#)
        }
    }
}
