import Foundation
import Testing
@testable import ChartKit

@Suite("Styles")
struct StyleTests {
    @Test("ccnt is complete; print extends it and overrides colours only")
    func bundled() throws {
        let ccnt = try StyleLoader.load("ccnt")
        let print = try StyleLoader.load("print")
        #expect(ccnt.bar.color == Color(parsing: "#2a7f62"))
        #expect(print.bar.color == Color(parsing: "#4d4d4d"))
        #expect(print.title.font == ccnt.title.font)
        #expect(print.padding == ccnt.padding)
        // Grayscale-safe: every print colour is a gray.
        for c in print.category + [print.bar.color, print.rule.color] {
            #expect(abs(c.r - c.g) < 1e-9 && abs(c.g - c.b) < 1e-9)
        }
    }

    @Test("each bundled palette keeps its colours apart in grayscale", arguments: ["ccnt", "print"])
    func paletteLuminance(style: String) throws {
        let l = try StyleLoader.load(style).category.map(\.luminance).sorted()
        for (a, b) in zip(l, l.dropFirst()) { #expect(b - a > 0.05) }
    }

    @Test("a spec's config overrides single values for that chart")
    func configOverride() throws {
        let spec = try SpecDecoder.decode(text: ##"""
        {"config": {"bar": {"color": "#8c2d1f"}, "title": {"fontSize": 24}}, "data": {"values": [{"r": "A", "v": 1}]},
         "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}
        """##)
        let chart = try ChartResolver.resolve(spec)
        #expect(chart.style.bar.color == Color(parsing: "#8c2d1f"))
        #expect(chart.style.title.font.size == 24)
        #expect(chart.style.title.font.weight == 600)  // the rest of the title style stays
    }

    @Test("a bad value in config points at the spec's line and the style field")
    func configError() {
        let errors = TestSupport.resolveErrors("{\"config\": {\"bar\": {\"color\": \"teal-ish\"}},\n \"data\": {\"values\": [{\"r\": \"A\", \"v\": 1}]}, \"mark\": \"bar\", \"encoding\": {\"x\": {\"field\": \"r\"}, \"y\": {\"field\": \"v\"}}}")
        #expect(errors.count == 1)
        #expect(errors[0].location?.file == "test.json")
        #expect(errors[0].path == "bar.color")
        #expect(errors[0].message.contains("\"teal-ish\" is not a colour"))
    }

    @Test("a style file of one's own extends a bundled one; its errors point into it")
    func ownStyle() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ##"{"extends": "print", "bar": {"color": "#000000"}}"##.write(toFile: dir + "/house.json", atomically: true, encoding: .utf8)
        let style = try StyleLoader.load("house.json", base: dir)
        #expect(style.bar.color == .black)
        #expect(style.axis.gridDash == [2, 2])  // from print
        try "{\"extends\": \"ccnt\",\n \"bar\": {\"colour\": \"#000000\"}}".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        do {
            _ = try StyleLoader.load("bad.json", base: dir)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics[0].location?.file == dir + "/bad.json")
            #expect(error.diagnostics[0].location?.line == 2)
            #expect(error.diagnostics[0].message.contains("did you mean \"color\"?"))
        }
    }

    @Test("a style file is parsed once per process, and again when it changes")
    func cachedUntilChanged() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/house.json"
        try ##"{"extends": "ccnt", "bar": {"color": "#000000"}}"##.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try StyleLoader.load("house.json", base: dir).bar.color == .black)
        #expect(try StyleLoader.load("house.json", base: dir).bar.color == .black)
        try ##"{"extends": "ccnt", "bar": {"color": "#ffffff"}, "padding": 30}"##.write(toFile: file, atomically: true, encoding: .utf8)
        let changed = try StyleLoader.load("house.json", base: dir)
        #expect(changed.bar.color == .white)
        #expect(changed.padding == 30)
    }

    @Test("colours parse in the usual CSS forms")
    func colors() {
        #expect(Color(parsing: "#fff") == .white)
        #expect(Color(parsing: "#2A7F62")?.description == "#2a7f62")
        #expect(Color(parsing: "#00000080")?.a == 128.0 / 255)
        #expect(Color(parsing: "transparent")?.a == 0)
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "teal-ish") == nil)
    }
}
