import Testing
@testable import ChartKit

/// `"labels": true` on every mark of a layered chart, and the warnings for keys that cannot act.
@Suite("Value labels on every mark")
struct ValueLabelSceneTests {
    let engine = ChartEngine()

    func compile(_ text: String) throws -> CompiledChart { try TestSupport.compile(text, engine: engine) }

    @Test("a line's values sit just above their points, none overlapping another")
    func lineLabels() throws {
        let c = try compile(#"""
        {"data": {"values": [{"t": 2019, "v": 10}, {"t": 2020, "v": 30}, {"t": 2021, "v": 20}, {"t": 2022, "v": 45}]},
         "width": 600, "height": 360, "mark": {"type": "line", "point": true, "labels": true},
         "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}
        """#)
        let labels = c.scene.texts.filter { $0.role == .valueLabel }
        #expect(Set(labels.map(\.run.text)).isSubset(of: ["10", "30", "20", "45"]))
        #expect(labels.count >= 3)
        let points = c.scene.leaves.compactMap { n -> (Point, Double)? in
            if case .circle(let p, _, _, _, .point(_, let v)) = n { return (p, v) } else { return nil }
        }
        for l in labels {
            let point = try #require(points.first { Format.plain($0.1) == l.run.text })
            #expect(abs(l.run.position.x - point.0.x) < 0.01)
            #expect(l.run.bounds.maxY <= point.0.y - 4, "above its point")
        }
        for (i, a) in labels.enumerated() { for b in labels[(i + 1)...] { #expect(!a.run.bounds.intersects(b.run.bounds)) } }
    }

    @Test("stacked bars in a layer carry their values inside the segments that fit")
    func stackedSegments() throws {
        let c = try compile(#"""
        {"layers": [
          {"data": {"csv": "data/new-capacity.csv"}, "mark": {"type": "bar", "labels": true},
           "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "capacity", "type": "quantitative", "stack": true}, "color": {"field": "type"}}},
          {"data": {"csv": "data/new-capacity-renewable-share.csv"}, "mark": "line",
           "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "share", "type": "quantitative"}}}
        ], "resolve": {"scale": {"y": "independent"}}}
        """#)
        let labels = c.scene.texts.filter { $0.role == .valueLabel }
        let bars = c.scene.bars
        #expect(labels.count >= 30)
        for l in labels {
            #expect(bars.contains { $0.rect.contains(l.run.bounds) }, "\(l.run.text) inside its segment")
        }
        // 2022's wind segment (37.63 GW) is labelled.
        #expect(labels.contains { $0.run.text == "37.63" })
        // Segments too thin for their text (pumped storage) are left out, and the count is said.
        #expect(c.warnings.contains { $0.hasPrefix("layers[0].mark.labels: ") && $0.contains("value labels left out") })
    }

    @Test("stack with nothing to stack, and bar layers drawn over each other, are warnings")
    func silentStack() throws {
        let c = try compile(#"""
        {"data": {"values": [{"y": "2020", "a": 1, "b": 2}, {"y": "2021", "a": 2, "b": 2}]},
         "layer": [
          {"mark": "bar", "encoding": {"x": {"field": "y", "type": "nominal"}, "y": {"field": "a", "type": "quantitative", "stack": true}}},
          {"mark": "bar", "encoding": {"x": {"field": "y", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "stack": "normalize"}}}
         ]}
        """#)
        #expect(c.warnings.contains { $0.hasPrefix("layer[0].encoding.y.stack has nothing to stack") })
        #expect(c.warnings.contains { $0.hasPrefix("layer[1].encoding.y.stack has nothing to stack") })
        #expect(c.warnings.contains { $0.hasPrefix("layer[0], layer[1] are bar layers drawn over each other") })
        let single = try compile(#"{"data": {"values": [{"y": "2020", "a": 1}]}, "mark": "bar", "encoding": {"x": {"field": "y", "type": "nominal"}, "y": {"field": "a", "type": "quantitative", "stack": true}}}"#)
        #expect(single.warnings.contains { $0.hasPrefix("encoding.y.stack has nothing to stack") })
    }
}

/// Vega-Lite's circle and square marks, and points that share an x (a scatter).
@Suite("Circle and square marks")
struct ShapeMarkTests {
    @Test("circles and squares mark each row, several on one x; the legend shows their shape")
    func shapes() throws {
        let values = #"[{"t": 2019, "v": 10, "s": "a"}, {"t": 2019, "v": 15, "s": "b"}, {"t": 2020, "v": 30, "s": "a"}, {"t": 2020, "v": 25, "s": "b"}]"#
        let squares = try TestSupport.compile(#"{"data": {"values": \#(values)}, "mark": "square", "encoding": {"x": {"field": "t", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}"#)
        var rects: [Rect] = []
        for n in squares.scene.leaves { if case .rect(let r, _, _, .point) = n { rects.append(r) } }
        #expect(rects.count == 4)
        #expect(rects.allSatisfy { abs($0.width - $0.height) < 1e-9 })
        var swatches = 0
        for n in squares.scene.leaves { if case .rect(_, _, _, .legendSwatch) = n { swatches += 1 } }
        #expect(swatches == 2)
        let circles = try TestSupport.compile(#"{"data": {"values": \#(values)}, "mark": "circle", "encoding": {"x": {"field": "t", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        var dots: [Point] = []
        for n in circles.scene.leaves { if case .circle(let c, _, _, _, .point) = n { dots.append(c) } }
        #expect(dots.count == 4)
        #expect(Set(dots.map(\.x)).count == 2, "two rows on each year")
    }

    @Test("a line still takes one value per x and series")
    func lineDuplicates() {
        let e = TestSupport.resolveErrors(#"{"data": {"values": [{"t": 2019, "v": 1}, {"t": 2019, "v": 2}]}, "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.message.contains("appears twice") })
    }
}

@Suite("Tick marks")
struct TickMarkTests {
    @Test("a tick is a horizontal stroke three quarters of a band wide at each value, several per band")
    func ticks() throws {
        let c = try TestSupport.compile(#"""
        {"data": {"csv": "data/non-fossil-share.csv"}, "mark": {"type": "tick", "strokeWidth": 3},
         "encoding": {"x": {"field": "region", "type": "nominal"}, "y": {"field": "share", "type": "quantitative"}, "color": {"field": "year", "type": "ordinal"}}}
        """#)
        var strokes: [(PathCommand, PathCommand, Stroke)] = []
        for n in c.scene.leaves { if case .path(let cmds, nil, let s?, .point) = n, cmds.count == 2 { strokes.append((cmds[0], cmds[1], s)) } }
        #expect(strokes.count == 30)
        for (a, b, s) in strokes {
            guard case .move(let p) = a, case .line(let q) = b else { Issue.record("not a segment"); continue }
            #expect(p.y == q.y && q.x > p.x)
            #expect(s.width == 3)
        }
    }
}

@Suite("Point marks")
struct PointMarkTests {
    let values = #"[{"t": 2019, "v": 10}, {"t": 2020, "v": 30}]"#

    func circles(_ mark: String) throws -> [(fill: Color?, stroke: Stroke?)] {
        let c = try TestSupport.compile(#"{"data": {"values": \#(values)}, "mark": \#(mark), "encoding": {"x": {"field": "t", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        var out: [(Color?, Stroke?)] = []
        for n in c.scene.leaves { if case .circle(_, _, let f, let s, .point) = n { out.append((f, s)) } }
        return out
    }

    @Test("a point is an outline, as in Vega-Lite; filled true fills it; a circle is filled")
    func hollowByDefault() throws {
        let hollow = try circles(#""point""#)
        #expect(hollow.count == 2 && hollow.allSatisfy { $0.fill == nil && $0.stroke?.width == 2 })
        let filled = try circles(#"{"type": "point", "filled": true}"#)
        #expect(filled.allSatisfy { $0.fill != nil })
        let circle = try circles(#""circle""#)
        #expect(circle.allSatisfy { $0.fill != nil })
        let e = TestSupport.decodeErrors(#"{"data": {"values": \#(values)}, "mark": {"type": "bar", "filled": true}, "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "mark.filled" })
    }
}
