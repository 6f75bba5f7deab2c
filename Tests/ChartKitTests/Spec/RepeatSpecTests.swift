import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's repeat, expanded as Vega-Lite's own normalizer expands it (the expected specs are
/// those of its gallery's `*_normalized.vl.json`, without the names and `align` it adds), and
/// the general `concat` with `columns` it becomes.
@Suite("Repeat and concat")
struct RepeatSpecTests {
    /// A node's JSON without locations, keys in order, to compare with a spec written out.
    static func plain(_ n: JSONNode) -> String {
        switch n.value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let v): return Format.plain(v)
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map(plain).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { "\"\($0.key)\":\(plain($0.value))" }.joined(separator: ",") + "}"
        }
    }

    static func expanded(_ text: String) throws -> (String, [Diagnostic]) {
        let log = DiagnosticLog()
        let out = RepeatExpander.expand(try JSONParser.parse(text, file: "r.json"), log: log)
        return (out.map(plain) ?? "nil", log.diagnostics)
    }

    static func same(_ a: String, _ b: String) throws -> Bool {
        try plain(JSONParser.parse(a, file: "a")) == plain(JSONParser.parse(b, file: "b"))
    }

    @Test("a list of fields becomes a concat in rows of `columns` (Vega-Lite's repeat_histogram)")
    func list() throws {
        let (out, problems) = try Self.expanded(#"""
        {"repeat": ["Horsepower", "Acceleration"], "columns": 2,
         "spec": {"data": {"url": "data/cars.json"}, "mark": "bar",
                  "encoding": {"x": {"field": {"repeat": "repeat"}, "bin": true}, "y": {"aggregate": "count"}}}}
        """#)
        #expect(problems.isEmpty)
        #expect(try Self.same(out, #"""
        {"concat": [
           {"data": {"url": "data/cars.json"}, "mark": "bar", "encoding": {"x": {"field": "Horsepower", "bin": true}, "y": {"aggregate": "count"}}},
           {"data": {"url": "data/cars.json"}, "mark": "bar", "encoding": {"x": {"field": "Acceleration", "bin": true}, "y": {"aggregate": "count"}}}],
         "columns": 2}
        """#))
    }

    @Test("row and column fields make a grid, row by row; a panel's size makes the figure's (Vega-Lite's repeat_splom)")
    func grid() throws {
        let (out, problems) = try Self.expanded(#"""
        {"title": "Cars", "repeat": {"row": ["a", "b"], "column": ["c", "d", "e"]},
         "spec": {"width": 150, "height": 100, "mark": "point",
                  "encoding": {"x": {"field": {"repeat": "column"}}, "y": {"field": {"repeat": "row"}}}}}
        """#)
        #expect(problems.isEmpty)
        func panel(_ x: String, _ y: String) -> String { #"{"mark": "point", "encoding": {"x": {"field": "\#(x)"}, "y": {"field": "\#(y)"}}}"# }
        let panels = [panel("c", "a"), panel("d", "a"), panel("e", "a"), panel("c", "b"), panel("d", "b"), panel("e", "b")]
        #expect(try Self.same(out, #"{"title": "Cars", "width": 490, "height": 220, "concat": [\#(panels.joined(separator: ","))], "columns": 3}"#))
    }

    @Test("a layer repeat is one view with a layer per field (Vega-Lite's repeat_layer)")
    func layers() throws {
        let (out, problems) = try Self.expanded(#"""
        {"data": {"url": "data/movies.json"}, "repeat": {"layer": ["US Gross", "Worldwide Gross"]},
         "spec": {"mark": "line", "encoding": {"x": {"field": "IMDB Rating"}, "y": {"aggregate": "mean", "field": {"repeat": "layer"}}}}}
        """#)
        #expect(problems.isEmpty)
        #expect(try Self.same(out, #"""
        {"data": {"url": "data/movies.json"}, "layer": [
           {"mark": "line", "encoding": {"x": {"field": "IMDB Rating"}, "y": {"aggregate": "mean", "field": "US Gross"}}},
           {"mark": "line", "encoding": {"x": {"field": "IMDB Rating"}, "y": {"aggregate": "mean", "field": "Worldwide Gross"}}}]}
        """#))
    }

    @Test("a reference to what the repeat does not repeat, a repeat without a spec and a bad list are named")
    func errors() throws {
        var (_, problems) = try Self.expanded(#"{"repeat": ["a"], "spec": {"mark": "bar", "encoding": {"x": {"field": {"repeat": "row"}}}}}"#)
        #expect(problems.map(\.message) == [#"{"repeat": …} here must name what this repeat repeats: "repeat""#])
        #expect(problems.first?.location?.line == 1)
        // Decoding stops there: no "field must be a string" for every panel after it.
        let e = try #require(throws: ChartError.self) {
            try SpecDecoder.decode(text: #"{"repeat": ["a", "b"], "spec": {"mark": "bar", "encoding": {"x": {"field": {"repeat": "row"}}}}}"#)
        }
        #expect(e.diagnostics.allSatisfy { $0.message.hasPrefix("{\"repeat\": …} here must name") }, "\(e.diagnostics)")
        (_, problems) = try Self.expanded(#"{"repeat": ["a"]}"#)
        #expect(problems.first?.message.contains("a repeat needs \"spec\"") == true)
        (_, problems) = try Self.expanded(#"{"repeat": {"rows": ["a"]}, "spec": {}}"#)
        #expect(problems.first?.path == "repeat.rows")
        (_, problems) = try Self.expanded(#"{"repeat": [3], "spec": {}}"#)
        #expect(problems.first?.path == "repeat[0]")
    }

    @Test("a repeated spec renders a panel per field in rows of `columns`, each with its own y axis")
    func renders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("repeat-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "year,a,b,c\n2020,1,100,5\n2021,2,300,6\n".write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"url": "d.csv"}, "repeat": ["a", "b", "c"], "columns": 2,
         "spec": {"mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": {"repeat": "repeat"}, "type": "quantitative"}}}}
        """#, file: dir + "/r.json", baseDirectory: dir)
        #expect(spec.concat?.direction == .wrapped)
        #expect(spec.concat?.columns == 2)
        let chart = try ChartResolver.resolve(spec)
        #expect(chart.panels.count == 3)
        #expect(chart.panels.map { $0.layers[0].y?.name } == ["a", "b", "c"])
        // hconcat keeps its one row: `columns` belongs to concat.
        #expect(throws: ChartError.self) {
            try SpecDecoder.decode(text: #"{"columns": 2, "hconcat": [{"mark": "bar"}]}"#)
        }
    }

    @Test("concatenated panels share one colour scale (ascending) and one legend, as in Vega-Lite")
    func sharedColours() throws {
        let c = try TestSupport.compile(#"""
        {"hconcat": [
          {"data": {"values": [{"k": "a", "s": "USA", "v": 1}, {"k": "b", "s": "Japan", "v": 2}]}, "mark": "bar",
           "encoding": {"x": {"field": "k"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}},
          {"data": {"values": [{"k": "a", "s": "Europe", "v": 1}, {"k": "b", "s": "USA", "v": 2}]}, "mark": "bar",
           "encoding": {"x": {"field": "k"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}]}
        """#)
        var swatches: [String: Color] = [:], count = 0
        for case .rect(_, let fill, _, .legendSwatch(let label)) in c.scene.leaves {
            swatches[label] = fill
            count += 1
        }
        #expect(count == 3, "one legend of three values")
        #expect(Set(swatches.keys) == ["Europe", "Japan", "USA"])
        // Every bar of a value has the legend's colour of it, in both panels.
        let usa = c.scene.bars.filter { $0.series == "USA" }
        #expect(usa.count == 2)
        #expect(usa.allSatisfy { $0.fill == swatches["USA"] })
    }
}
