import Testing
@testable import ChartKit

/// Vega-Lite's `"invalid": "show"` (or null): rows with no value are drawn where the scale puts
/// zero, and lines join through them; other modes are drawn where they change nothing or
/// where they are the behaviour here, and named otherwise.
@Suite("Invalid-data modes")
struct InvalidShowTests {
    static let rows = #"[{"hp": 130, "mpg": 18}, {"hp": null, "mpg": 25}, {"hp": 95, "mpg": null}, {"hp": 88, "mpg": 27}]"#

    static func spec(_ mark: String, x: String = #"{"field": "hp", "type": "quantitative"}"#, config: String = "{}") -> String {
        #"{"data": {"values": \#(rows)}, "mark": \#(mark), "config": \#(config), "encoding": {"x": \#(x), "y": {"field": "mpg", "type": "quantitative"}}}"#
    }

    static func circles(_ c: CompiledChart) -> [Point] {
        c.scene.leaves.compactMap { n -> Point? in if case .circle(let p, _, _, _, .point) = n { return p }; return nil }
    }

    @Test("null draws a row with no x at the x scale's zero and one with no y at the y scale's zero, without a warning")
    func scatterShowsThem() throws {
        let c = try TestSupport.compile(Self.spec(#""point""#, config: #"{"mark": {"invalid": null}}"#))
        let points = Self.circles(c)
        #expect(points.count == 4)
        #expect(c.warnings.isEmpty)
        let xZero = try #require(c.scene.texts.first { $0.role == .axisLabel && $0.run.vAnchor == .top && $0.run.text == "0" }).run.bounds.midX
        let yZero = try #require(c.scene.texts.first { $0.role == .axisLabel && $0.run.hAnchor == .end && $0.run.text == "0" }).run.bounds.midY
        #expect(points.contains { abs($0.x - xZero) < 0.5 })
        #expect(points.contains { abs($0.y - yZero) < 0.5 })
    }

    @Test("\"show\" joins a line through its missing value, drawn at zero")
    func lineJoins() throws {
        let data = #"{"values": [{"x": 1, "y": 1}, {"x": 2, "y": 3}, {"x": 3, "y": null}, {"x": 4, "y": 2}]}"#
        let spec = #"{"data": \#(data), "mark": {"type": "line", "invalid": "show"}, "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#
        let paths = try TestSupport.compile(spec).scene.leaves.compactMap { n -> [PathCommand]? in if case .path(let c, _, _, .line) = n { return c }; return nil }
        #expect(paths.count == 1)
        #expect(paths.first?.filter { if case .move = $0 { return true }; return false }.count == 1)
        #expect(paths.first?.count == 4)
    }

    @Test("\"show\" on a scale without zero (the domain's minimum) is named, as is a mode a mark does not draw yet")
    func namedWhenNotDrawn() {
        let noZero = TestSupport.resolveErrors(Self.spec(#"{"type": "point", "invalid": "show"}"#, x: #"{"field": "hp", "type": "quantitative", "scale": {"zero": false}}"#))
        #expect(noZero.contains { $0.path == "mark.invalid" && $0.message.contains("minimum") })
        let hidden = TestSupport.resolveErrors(Self.spec(#"{"type": "point", "invalid": "break-paths-show-domains"}"#))
        #expect(hidden.contains { $0.path == "mark.invalid" && $0.message.contains("not drawn yet") })
        let bad = TestSupport.decodeErrors(Self.spec(#""point""#, config: #"{"mark": {"invalid": "hide"}}"#))
        #expect(bad.contains { $0.path == "config.mark.invalid" && $0.message.contains("must be null or one of") })
    }

    @Test("a mode draws as the default where they agree: \"break-paths-filter-domains\" on symbols is \"filter\"; any mode without missing values")
    func agreeingModes() throws {
        let c = try TestSupport.compile(Self.spec(#"{"type": "point", "invalid": "break-paths-filter-domains"}"#))
        #expect(Self.circles(c).count == 2)
        let full = #"{"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 1}]}, "mark": {"type": "point", "invalid": "break-paths-show-domains"}, "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}"#
        #expect(Self.circles(try TestSupport.compile(full)).count == 2)
    }
}
