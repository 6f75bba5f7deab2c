import Foundation
import Testing
@testable import ChartKit

@Suite("Log, pow and symlog scales")
struct ScaleTransformTests {
    @Test("log ticks as d3 chooses them: 1…9 of each decade when few decades, the powers alone when many")
    func logTicks() {
        let t = LogTicks(base: 10)
        #expect(t.nice((0.26, 64)) == (0.1, 100))
        let few = t.ticks((0.1, 100), count: 10)
        #expect(few.count == 28)
        #expect(few.prefix(3) == [0.1, 0.2, 0.3])
        #expect(t.ticks((0.001, 10000), count: 5) == [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000])
    }

    @Test("Vega labels about `count` log ticks: with ten over three decades, 1, 2 and 3 of each")
    func logLabels() {
        let t = LogTicks(base: 10)
        let shown = t.ticks((0.1, 100), count: 10).filter { t.labelled($0, domain: (0.1, 100), count: 10) }
        #expect(shown == [0.1, 0.2, 0.3, 1, 2, 3, 10, 20, 30, 100])
    }

    @Test("a log scale places each decade the same distance apart; sqrt and symlog bend as their functions do")
    func mapping() {
        let log = LinearScale(domain: (1, 1000), range: (0, 300), transform: .log(base: 10))
        #expect(abs(log(10) - 100) < 1e-9)
        #expect(abs(log(100) - 200) < 1e-9)
        #expect(log(0) == 0)  // no zero on a log scale: the range's start, as Vega-Lite's bars
        let sqrt = LinearScale(domain: (0, 100), range: (0, 10), transform: .pow(exponent: 0.5))
        #expect(abs(sqrt(25) - 5) < 1e-9)
        let symlog = LinearScale(domain: (-10, 10), range: (-1, 1), transform: .symlog(constant: 1))
        #expect(abs(symlog(0)) < 1e-12)
        #expect(abs(symlog(10) - 1) < 1e-12)
    }
}

@Suite("Log axes in charts")
struct LogAxisSceneTests {
    func scene(_ scale: String, extra: String = "") throws -> Scene {
        let spec = """
        {"data": {"values": [{"t": 1, "v": 0.3}, {"t": 2, "v": 4}, {"t": 3, "v": 60}]},
         "mark": "line", "height": 200,
         "encoding": {"x": {"field": "t", "type": "quantitative"},
                      "y": {"field": "v", "type": "quantitative", "scale": \(scale)\(extra)}}}
        """
        return try TestSupport.compile(spec).scene
    }

    func labelY(_ s: Scene, _ text: String) -> Double? {
        s.texts.first { $0.role == .axisLabel && $0.run.text == text && $0.run.hAnchor == .end }?.run.position.y
    }

    @Test("y on a log scale: decades equally spaced, domain niced to 0.1–100, 5 of a decade unlabelled")
    func logY() throws {
        let s = try scene(#"{"type": "log"}"#)
        let y01 = try #require(labelY(s, "0.1")), y1 = try #require(labelY(s, "1"))
        let y10 = try #require(labelY(s, "10")), y100 = try #require(labelY(s, "100"))
        #expect(abs((y01 - y1) - (y1 - y10)) < 0.01)
        #expect(abs((y1 - y10) - (y10 - y100)) < 0.01)
        // 3 is a labelled tick, which the greedy labelOverlap of a log axis drops here: it
        // would overlap 2 (Vega-Lite's default); with labelOverlap false it is written.
        #expect(labelY(s, "3") == nil)
        #expect(labelY(try scene(#"{"type": "log"}"#, extra: #", "axis": {"labelOverlap": false}"#), "3") != nil)
        #expect(labelY(s, "5") == nil)
        #expect(labelY(s, "0") == nil)
    }

    @Test("the log base: ticks at powers of 2")
    func base2() throws {
        let s = try scene(#"{"type": "log", "base": 2}"#)
        for label in ["0.25", "1", "4", "16", "64"] { #expect(labelY(s, label) != nil, "\(label)") }
    }

    @Test("scale parameters of another type warn; log scales on colour are errors naming the key")
    func misuse() {
        let colour = TestSupport.decodeErrors("""
        {"data": {"values": [{"a": 1}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "color": {"field": "a", "type": "quantitative", "scale": {"type": "log"}}}}
        """)
        #expect(colour.contains { $0.path == "encoding.color.scale.type" })
        let temporal = TestSupport.resolveErrors("""
        {"data": {"values": [{"d": "2020-01-01", "v": 1}, {"d": "2021-01-01", "v": 2}]}, "mark": "line",
         "encoding": {"x": {"field": "d", "type": "temporal", "scale": {"type": "log"}}, "y": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(temporal.contains { $0.path == "encoding.x.scale.type" })
    }
}

@Suite("Axis values")
struct AxisValuesSceneTests {
    func spec(_ yType: String, values: String) -> String {
        """
        {"data": {"values": [{"c": "a", "v": 1}, {"c": "b", "v": 5}]}, "mark": "bar",
         "encoding": {"x": {"field": "c", "type": "nominal"},
                      "y": {"field": "v", "type": "\(yType)", "axis": {"values": \(values)}}}}
        """
    }

    @Test("the value axis ticks and labels only the listed values inside its domain")
    func listed() throws {
        let scene = try TestSupport.compile(spec("quantitative", values: "[1, 2.5, 4, 99]")).scene
        // Labels in the format of the scale's own ticks (step 0.5 here), as Vega writes them.
        let labels = scene.texts.filter { $0.role == .axisLabel && !["a", "b"].contains($0.run.text) }.map(\.run.text)
        #expect(labels.sorted() == ["1.0", "2.5", "4.0"])
    }

    @Test("values on a category axis, and values that are not numbers, are errors naming the key")
    func refused() {
        #expect(TestSupport.resolveErrors(spec("nominal", values: "[1, 2]")).contains { $0.path == "encoding.y.axis.values" })
        #expect(TestSupport.decodeErrors(spec("quantitative", values: #"["a"]"#)).contains { $0.path == "encoding.y.axis.values[0]" })
    }
}
