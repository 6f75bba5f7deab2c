import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `interpolate`, checked against what d3-shape's curves draw for the same points.
@Suite("Line interpolation")
struct InterpolationTests {
    let points = [Point(0, 0), Point(10, 10), Point(20, 5), Point(30, 5)]

    @Test("linear joins the points; the steps change level before, halfway or after each x")
    func steps() {
        #expect(Interpolation.linear.path(points) == [.move(points[0]), .line(points[1]), .line(points[2]), .line(points[3])])
        let after = Interpolation.stepAfter.path(Array(points.prefix(2)))
        #expect(after == [.move(Point(0, 0)), .line(Point(10, 0)), .line(Point(10, 10))])
        let before = Interpolation.stepBefore.path(Array(points.prefix(2)))
        #expect(before == [.move(Point(0, 0)), .line(Point(0, 10)), .line(Point(10, 10))])
        let mid = Interpolation.step.path(Array(points.prefix(2)))
        #expect(mid == [.move(Point(0, 0)), .line(Point(5, 0)), .line(Point(5, 10)), .line(Point(10, 10))])
    }

    @Test("monotone passes through every point and never overshoots a flat stretch (d3.curveMonotoneX)")
    func monotone() throws {
        let path = Interpolation.monotone.path(points)
        #expect(path.compactMap(\.end) == points)
        // Between the two equal values the curve stays level: both control points at y 5.
        guard case .curve(let c1, let c2, _) = try #require(path.last) else { Issue.record("not a curve"); return }
        #expect(c1.y == 5 && c2.y == 5)
        // d3: at the peak (10, 10) the tangent is flat (slope3 = 0); the start's is one-sided,
        // slope2 = (3 · 1 - 0) / 2 = 1.5.
        guard case .curve(let a, let b, _) = path[1] else { Issue.record("not a curve"); return }
        #expect(abs(a.x - 10.0 / 3) < 1e-9 && abs(a.y - 5) < 1e-9)
        #expect(abs(b.x - 20.0 / 3) < 1e-9 && abs(b.y - 10) < 1e-9)
    }

    @Test("basis, cardinal and natural splines follow d3's control points")
    func splines() throws {
        let basis = Interpolation.basis.path(Array(points.prefix(3)))
        #expect(basis.first == .move(Point(0, 0)) && basis.last == .line(Point(20, 5)))
        #expect(basis[1] == .line(Point(10.0 / 6, 10.0 / 6)))
        let cardinal = Interpolation.cardinal.path(Array(points.prefix(3)))
        guard case .curve(let c1, let c2, let end) = cardinal[1] else { Issue.record("not a curve"); return }
        // k = 1/6 at tension 0; the first piece's start tangent is one-sided.
        #expect(c1 == Point(0, 0) && end == Point(10, 10))
        #expect(abs(c2.x - (10 + (0 - 20) / 6.0)) < 1e-9 && abs(c2.y - (10 + (0 - 5) / 6.0)) < 1e-9)
        #expect(Interpolation.linearClosed.path(points).last == .close)
        let natural = Interpolation.natural.path(points)
        #expect(natural.compactMap(\.end) == points)
    }

    @Test("a line and an area take the mark's interpolation; config.area.interpolate is a default")
    func scene() throws {
        let data = #"{"values": [{"x": 1, "y": 1}, {"x": 2, "y": 3}, {"x": 3, "y": 2}]}"#
        func paths(_ mark: String, config: String = "{}") throws -> [[PathCommand]] {
            let spec = #"{"data": \#(data), "mark": \#(mark), "config": \#(config), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#
            return try TestSupport.compile(spec).scene.leaves.compactMap {
                if case .path(let c, _, _, .line) = $0 { return c }
                if case .path(let c, _, _, .area) = $0 { return c }
                return nil
            }
        }
        let step = try #require(try paths(#"{"type": "line", "interpolate": "step-after"}"#).first)
        #expect(step.count == 5)  // a move, then two lines per step
        let area = try #require(try paths(#""area""#, config: #"{"area": {"interpolate": "monotone"}}"#).first)
        #expect(area.contains { if case .curve = $0 { return true }; return false })
        let own = try #require(try paths(#"{"type": "area", "interpolate": "linear"}"#, config: #"{"area": {"interpolate": "monotone"}}"#).first)
        #expect(!own.contains { if case .curve = $0 { return true }; return false })
        let e = TestSupport.decodeErrors(#"{"data": \#(data), "mark": {"type": "line", "interpolate": "bundle"}, "encoding": {}}"#)
        #expect(e.contains { $0.path == "mark.interpolate" && $0.message.contains("not drawn yet") })
    }

    @Test("a missing value breaks a line (Vega-Lite's default); \"invalid\": \"filter\" joins the values around it")
    func invalid() throws {
        let data = #"{"values": [{"x": 1, "y": 1}, {"x": 2, "y": 3}, {"x": 3, "y": null}, {"x": 4, "y": 2}, {"x": 5, "y": 4}]}"#
        func moves(_ mark: String, config: String = "{}") throws -> Int {
            let spec = #"{"data": \#(data), "mark": \#(mark), "config": \#(config), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#
            return try TestSupport.compile(spec).scene.leaves.reduce(0) { n, node in
                guard case .path(let c, _, _, .line) = node else { return n }
                return n + c.filter { if case .move = $0 { return true }; return false }.count
            }
        }
        #expect(try moves(#""line""#) == 2)
        #expect(try moves(#"{"type": "line", "invalid": "filter"}"#) == 1)
        #expect(try moves(#""line""#, config: #"{"mark": {"invalid": "filter"}}"#) == 1)
        #expect(try moves(#""line""#, config: #"{"mark": {"invalid": null}}"#) == 1)  // "show": the gap at zero
        let e = TestSupport.decodeErrors(#"{"data": \#(data), "mark": "line", "config": {"mark": {"invalid": "join"}}, "encoding": {}}"#)
        #expect(e.contains { $0.path == "config.mark.invalid" })
    }
}
