import Testing
@testable import ChartKit

/// Vega-Lite's trail mark: a line drawn as a filled band whose width at each point comes from
/// the size scale (Vega-Lite's range 1 to 4 px, zero included), with a legend of strokes.
@Suite("Trail marks")
struct TrailSceneTests {
    static let data = #"{"values": [{"t": 1, "v": 10, "w": 0}, {"t": 2, "v": 20, "w": 50}, {"t": 3, "v": 15, "w": 100}]}"#

    static func spec(_ mark: String = #""trail""#, config: String = "{}") -> String {
        #"{"data": \#(data), "mark": \#(mark), "config": \#(config), "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, "size": {"field": "w", "type": "quantitative"}}}"#
    }

    static func trails(_ c: CompiledChart) -> [(cmds: [PathCommand], fill: Color?, stroke: Stroke?)] {
        c.scene.leaves.compactMap { n in if case .path(let cmds, let fill, let stroke, .line) = n { return (cmds, fill, stroke) }; return nil }
    }

    @Test("each segment is a closed filled shape, as wide at each end as the size scale says")
    func widths() throws {
        let c = try TestSupport.compile(Self.spec())
        let trail = try #require(Self.trails(c).first)
        #expect(Self.trails(c).count == 1)
        #expect(trail.fill != nil && trail.stroke == nil)
        #expect(trail.cmds.filter { $0 == .close }.count == 2)
        // Each segment: move to one edge at its start, line to the same edge at its end, half
        // circle round the end, line back to the other edge at the start, half circle, close.
        func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }
        var segments: [[PathCommand]] = [[]]
        for cmd in trail.cmds { if cmd == .close { segments.append([]) } else { segments[segments.count - 1].append(cmd) } }
        let widths = segments.filter { !$0.isEmpty }.map { seg -> (Double, Double) in
            let start = distance(seg[0].end!, seg[4].end!), end = distance(seg[1].end!, seg[3].end!)
            return (start, end)
        }
        // w = 0, 50, 100 on the range 1..4 with zero in the domain: 1, 2.5 and 4 px.
        #expect(widths.count == 2)
        #expect(abs(widths[0].0 - 1) < 1e-9 && abs(widths[0].1 - 2.5) < 1e-9)
        #expect(abs(widths[1].0 - 2.5) < 1e-9 && abs(widths[1].1 - 4) < 1e-9)
    }

    @Test("the size legend shows strokes of the scale's widths")
    func legend() throws {
        let c = try TestSupport.compile(Self.spec())
        let widths = c.scene.leaves.compactMap { n -> Double? in
            if case .path(_, nil, let stroke?, .legendSwatch(_)) = n { return stroke.width }; return nil
        }
        #expect(widths.count >= 3)
        #expect(widths.first == 1)
        #expect(widths.last.map { abs($0 - 4) < 1e-9 } == true)
    }

    @Test("config.trail styles trails and config.line does not; a size field on a line is still refused")
    func config() throws {
        let red = try TestSupport.compile(Self.spec(config: ##"{"trail": {"color": "#ff0000"}, "line": {"color": "#0000ff"}}"##))
        #expect(Self.trails(red).first?.fill == Color(parsing: "#ff0000"))
        let e = TestSupport.resolveErrors(Self.spec(#""line""#))
        #expect(e.contains { $0.path == "encoding.size" && $0.message.contains("line") })
    }

    @Test("a line's own keys (interpolation, points, dashes) are left with a warning, as Vega-Lite's trail has none")
    func lineOnlyKeys() throws {
        let c = try TestSupport.compile(Self.spec(#"{"type": "trail", "interpolate": "step", "point": true, "strokeDash": [4, 2]}"#))
        #expect(Set(c.warnings.compactMap { w in ["mark.interpolate", "mark.point", "mark.strokeDash"].first { w.hasPrefix($0) } }).count == 3)
        #expect(!c.scene.leaves.contains { if case .circle(_, _, _, _, .point) = $0 { return true }; return false })
    }
}
