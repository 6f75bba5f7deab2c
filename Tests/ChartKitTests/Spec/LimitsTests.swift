import Foundation
import Testing
@testable import ChartKit

/// Every limit gives a message naming it and its place; diagnostics stay readable.
@Suite("Limits and diagnostics")
struct LimitsTests {
    let bar = #""data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}"#

    @Test("parse positions stay exact on a long minified line")
    func columnsOnOneLine() {
        // 20,000 members on one line, then an error at its end: the column must be exact.
        let members = (0..<20_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let text = "{" + members + ",}"
        do {
            _ = try JSONParser.parse(text, file: "m.json")
            Issue.record("accepted a trailing comma")
        } catch {
            #expect(error.location.line == 1)
            #expect(error.location.column == text.count, "column \(error.location.column) of \(text.count)")
        }
        // Characters, not bytes: a CJK title before the error.
        do {
            _ = try JSONParser.parse("{\"title\": \"能源强度\", x}", file: "m.json")
        } catch {
            #expect(error.location.column == 19)
        }
    }

    @Test("invalid UTF-8 in a string and full-width punctuation are named where they are")
    func utf8AndFullWidth() {
        var bytes = Array("{\"title\": \"ab".utf8) + [0xE8, 0x28] + Array("\"}".utf8)
        do { _ = try JSONParser.parse(bytes: bytes, file: "u.json"); Issue.record("accepted invalid UTF-8") } catch {
            #expect(error.description == "u.json:1:14: byte 0xE8 inside a string is not UTF-8 (save the file as UTF-8)")
        }
        bytes = Array("{\"title\": \"Hebei\"，\"width\": 3}".utf8)
        do { _ = try JSONParser.parse(bytes: bytes, file: "f.json"); Issue.record("accepted a full-width comma") } catch {
            #expect(error.description.contains("f.json:1:18: unexpected '，' (U+FF0C, a full-width ','; JSON needs the ASCII ',')"))
        }
        do { _ = try JSONParser.parse("{“title”: 1}", file: "q.json") } catch {
            #expect(error.description.contains("'“' (U+201C, a full-width '\"'; JSON needs the ASCII '\"')"))
        }
    }

    @Test("strings, notes and annotations over their limits are errors naming the limit")
    func specLimits() {
        let long = String(repeating: "碳", count: Limits.stringLength + 1)
        var e = TestSupport.decodeErrors("{\"title\": \"\(long)\", \(bar)}").map(\.description)
        #expect(e == ["spec.json:1:11: title is 1001 characters long; the limit is 1000 (\"\(String(repeating: "碳", count: 30))… (1001 characters)\")"])
        let notes = (0...Limits.notes).map { "\"n\($0)\"" }.joined(separator: ",")
        e = TestSupport.decodeErrors("{\"notes\": [\(notes)], \(bar)}").map(\.description)
        #expect(e.first?.contains("notes has 21 paragraphs; the limit is 20") == true)
        let annotations = Array(repeating: #"{"type": "rule", "y": 1}"#, count: Limits.annotations + 1).joined(separator: ",")
        e = TestSupport.decodeErrors("{\"annotations\": [\(annotations)], \(bar)}").map(\.description)
        #expect(e.first?.contains("annotations has 20001 entries; the limit is 20000") == true)
        // A megabyte-long unknown key is named by a prefix, without a slow "did you mean".
        let key = String(repeating: "k", count: 1_000_000)
        e = TestSupport.decodeErrors("{\"\(key)\": 1, \(bar)}").map(\.description)
        #expect(e.count == 1 && e[0].count < 800, "\(e.first?.count ?? 0) characters")
    }

    @Test("a category cell over the length limit, and too many series, are errors")
    func dataLimits() {
        let long = String(repeating: "x", count: Limits.cellLength + 1)
        let e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "\#(long)", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(e.map(\.message).first?.contains("column \"a\", row 1: the value is 1001 characters long; the limit is 1000") == true)
        let rows = (0...Limits.series).map { #"{"t": 2020, "v": 1, "s": "s\#($0)"}"# }.joined(separator: ",")
        let s = TestSupport.resolveErrors(#"{"data": {"values": [\#(rows)]}, "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}"#)
        #expect(s.map(\.message).contains { $0.contains("has more than 1000 distinct values, the limit for the series of one layer") })
    }

    @Test("row errors are capped per column and counted; each error is printed once; a spec prints at most 20")
    func capped() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ("year,v\n" + (0..<100).map { "\(2000 + $0),n/a" }.joined(separator: "\n")).write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let spec = try SpecDecoder.decode(text: #"{"layers": [{"mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}, {"mark": "point", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}], "data": {"csv": "bad.csv"}}"#, file: "s.json", baseDirectory: dir)
        do {
            _ = try ChartResolver.resolve(spec)
            Issue.record("resolved a column of text as numbers")
        } catch {
            let lines = error.capped().diagnostics.map(\.description)
            // Two layers share the column: its errors appear once, not twice.
            #expect(lines.count == 6, "\(lines)")
            #expect(lines.last?.hasSuffix("bad.csv: … and 95 more rows of column \"v\" that are not numbers") == true)
        }
        let many = ChartError((0..<50).map { Diagnostic(at: SourceLocation(file: "s.json", line: $0 + 1, column: 1), "problem") })
        let capped = many.capped().diagnostics.map(\.description)
        #expect(capped.count == 21 && capped.last == "s.json: … and 30 more errors (fix these first)")
        #expect(cappedWarnings(Array(repeating: "same", count: 5) + (0..<30).map { "w\($0)" }).count == 21)
    }

    @Test("a chart over its time budget is an error naming the budget")
    func budget() {
        let renderer = ChartRenderer(timeout: 0)
        do {
            _ = try renderer.render(specFile: TestSupport.example("figure2.json"), formats: [.svg])
            Issue.record("a zero budget was met")
        } catch {
            #expect(error.description.contains("figure2.json took longer than its time budget of 0 s (--timeout)"))
        }
        #expect((try? ChartRenderer(timeout: nil).render(specFile: TestSupport.example("figure2.json"), formats: [.svg])) != nil)
    }
}
