import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `labelOverlap`, and field predicates as tests of axis conditions, asserted on
/// the compiled scene.
@Suite("Axis labelOverlap and field predicates")
struct LabelOverlapSceneTests {
    func labels(_ scene: Scene) -> [TextRun] { scene.texts.filter { $0.role == .axisLabel }.map(\.run) }

    func overlapping(_ runs: [TextRun]) -> Bool {
        zip(runs, runs.dropFirst()).contains { a, b in
            let p = a.bounds, q = b.bounds
            return p.x < q.maxX && q.x < p.maxX && p.y < q.maxY && q.y < p.maxY
        }
    }

    /// A heatmap of 40 ordinal columns with long upright labels: too many to write them all.
    func heatmap(_ axis: String) throws -> Scene {
        let values = (0..<40).map { #"{"c": "column \#($0)", "r": "R", "v": \#($0)}"# }.joined(separator: ",")
        return try TestSupport.compile("""
            {"data": {"values": [\(values)]}, "mark": "rect", "width": 300, "height": 60,
             "encoding": {"x": {"field": "c", "type": "ordinal", "sort": null, "axis": \(axis)},
                          "y": {"field": "r", "type": "nominal"}, "color": {"field": "v", "type": "quantitative"}}}
            """).scene
    }

    /// Points on a log x from 1 to a million, labelled in a large font.
    func logLine(_ axis: String) throws -> Scene {
        try TestSupport.compile("""
            {"data": {"values": [{"x": 1, "y": 1}, {"x": 1000000, "y": 2}]}, "mark": "point", "width": 260, "height": 100,
             "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"type": "log"}, "axis": \(axis)},
                          "y": {"field": "y", "type": "quantitative"}}}
            """).scene
    }

    @Test("labelOverlap false writes every category label of a band axis; the default thins them")
    func bandAxis() throws {
        let axis = #"{"labelAngle": 0"#
        let thinned = labels(try heatmap(axis + "}")).filter { $0.text.hasPrefix("column") }
        #expect(thinned.count < 40)
        let all = labels(try heatmap(axis + #", "labelOverlap": false}"#)).filter { $0.text.hasPrefix("column") }
        #expect(all.count == 40)
        // parity keeps every other label, then every fourth…: a power of two apart.
        let parity = labels(try heatmap(axis + #", "labelOverlap": "parity"}"#)).filter { $0.text.hasPrefix("column") }
        let every = 40 / parity.count
        #expect(every & (every - 1) == 0)
        #expect(parity.first?.text == "column 0")
    }

    @Test("a log axis drops overlapping labels greedily by default; false keeps them all, overlapping")
    func logAxis() throws {
        let big = #""labelFontSize": 22"#
        let greedy = labels(try logLine("{\(big)}")).filter { !$0.text.isEmpty && $0.vAnchor == .top }
        #expect(!overlapping(greedy))
        let all = labels(try logLine("{\(big), \"labelOverlap\": false}")).filter { !$0.text.isEmpty && $0.vAnchor == .top }
        #expect(all.count > greedy.count)
        #expect(overlapping(all))
        let parity = labels(try logLine("{\(big), \"labelOverlap\": true}")).filter { !$0.text.isEmpty && $0.vAnchor == .top }
        #expect(!overlapping(parity))
        #expect(parity.first?.text == all.first?.text)
    }

    @Test("a field predicate on the tick's value chooses a label's colour; null leaves the others out")
    func fieldPredicate() throws {
        let scene = try TestSupport.compile("""
            {"data": {"values": [{"a": "A", "b": 1}, {"a": "B", "b": 2}, {"a": "C", "b": 3}]}, "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal",
                                "axis": {"labelColor": {"condition": {"test": {"field": "value", "oneOf": ["B", "C"]}, "value": "red"},
                                                        "value": null}}},
                          "y": {"field": "b", "type": "quantitative"}}}
            """).scene
        let written = labels(scene).filter { ["A", "B", "C"].contains($0.text) }
        #expect(written.map(\.text) == ["B", "C"])
        #expect(written.allSatisfy { $0.color == Color(parsing: "red") })
    }

    @Test("a predicate on another field than value or label, and a bad labelOverlap, are errors naming them")
    func refusals() {
        func errors(_ axis: String) -> [Diagnostic] {
            TestSupport.decodeErrors("""
                {"data": {"values": [{"a": "A", "b": 1}]}, "mark": "bar",
                 "encoding": {"x": {"field": "a", "type": "nominal", "axis": \(axis)}, "y": {"field": "b", "type": "quantitative"}}}
                """)
        }
        let other = errors(#"{"labelColor": {"condition": {"test": {"field": "a", "equal": "A"}, "value": "red"}, "value": "black"}}"#)
        #expect(!other.isEmpty)
        #expect(other.allSatisfy { $0.path.hasPrefix("encoding.x.axis.labelColor.condition.test") })
        #expect(errors(#"{"labelOverlap": "all"}"#).map(\.path) == ["encoding.x.axis.labelOverlap"])
    }
}
