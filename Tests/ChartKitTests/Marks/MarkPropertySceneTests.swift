import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite mark properties: text placement and font, symbol paint, overlays, clipping, and
/// the config's mark defaults and named styles.
@Suite("Mark properties")
struct MarkPropertySceneTests {
    static let data = #"{"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}]}"#

    func words(_ textMark: String, config: String = "{}") throws -> [TextRun] {
        let spec = #"""
        {"data": \#(Self.data), "config": \#(config), "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}},
         "layer": [{"mark": "bar"}, {"mark": \#(textMark), "encoding": {"text": {"field": "b", "type": "quantitative"}}}]}
        """#
        return try TestSupport.compile(spec).scene.texts.filter { if case .textMark = $0.role { return true }; return false }.map(\.run)
    }

    @Test("text align, baseline, dx and font props place and set the words (layer_bar_labels)")
    func textPlacement() throws {
        let runs = try words(#"{"type": "text", "align": "left", "baseline": "middle", "dx": 3, "fontSize": 17, "fontWeight": "bold", "fontStyle": "italic"}"#)
        #expect(runs.count == 2)
        for r in runs {
            #expect(r.hAnchor == .start && r.vAnchor == .middle)
            #expect(r.font.size == 17 && r.font.weight == 700 && r.font.italic)
        }
        let centred = try words(#""text""#)
        #expect(centred.allSatisfy { $0.hAnchor == .middle && $0.vAnchor == .middle })
        // dx moves the words right of the bar's end.
        #expect(zip(runs, centred).allSatisfy { abs($0.position.x - $1.position.x - 3) < 1e-9 })
        let turned = try words(#"{"type": "text", "angle": 90, "baseline": "alphabetic", "align": "right"}"#)
        #expect(turned.allSatisfy { $0.angle == 90 && $0.vAnchor == .baseline && $0.hAnchor == .end })
    }

    @Test("config.text and named styles are defaults under the mark's own properties")
    func configDefaults() throws {
        let runs = try words(#""text""#, config: ##"{"text": {"align": "left", "fontWeight": "bold", "color": "#404040"}}"##)
        let grey = Color(parsing: "#404040")
        #expect(runs.count == 2)
        for r in runs { #expect(r.hAnchor == .start && r.font.weight == 700 && r.color == grey) }
        let own = try words(#"{"type": "text", "align": "right"}"#, config: #"{"text": {"align": "left"}}"#)
        #expect(own.allSatisfy { $0.hAnchor == .end })
        let styled = try words(#"{"type": "text", "style": "label"}"#, config: #"{"style": {"label": {"baseline": "top", "align": "left"}}, "text": {"align": "right"}}"#)
        #expect(styled.allSatisfy { $0.vAnchor == .top && $0.hAnchor == .start })
        let e = TestSupport.decodeErrors(#"{"config": {"text": {"align": "middle"}}, "data": \#(Self.data), "mark": "text", "encoding": {}}"#)
        #expect(e.contains { $0.path == "config.text.align" })
    }

    @Test("a property Vega-Lite ignores on a mark kind is a warning; one not drawn here an error")
    func placement() throws {
        let spec = try SpecDecoder.decode(text: #"{"data": \#(Self.data), "mark": {"type": "bar", "align": "left"}, "encoding": {}}"#)
        #expect(spec.warnings.contains { $0.hasPrefix("mark.align ") })
        let e = TestSupport.resolveErrors(#"{"data": \#(Self.data), "mark": {"type": "bar", "fillOpacity": 0.5}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "mark.fillOpacity" && $0.message.contains("not drawn") })
    }

    static let series = #"{"values": [{"x": 1, "y": 1}, {"x": 2, "y": 3}, {"x": 3, "y": 5}]}"#

    func leaves(_ mark: String) throws -> [SceneNode] {
        let spec = #"{"data": \#(Self.series), "mark": \#(mark), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 4]}}}}"#
        return try TestSupport.compile(spec).scene.leaves
    }

    @Test("a line's point overlay takes its own paint: filled false with a white fill (line_overlay_stroked)")
    func pointOverlay() throws {
        let dots = try leaves(#"{"type": "line", "point": {"filled": false, "fill": "white", "size": 100}}"#).compactMap { n -> (Double, Color?, Stroke?)? in
            if case .circle(_, let r, let f, let s, .point) = n { return (r, f, s) }
            return nil
        }
        #expect(dots.count == 3)
        #expect(dots.allSatisfy { abs($0.0 - (100 / Double.pi).squareRoot()) < 1e-9 && $0.1 == .white && $0.2?.width == 2 })
    }

    @Test("an area's line overlay strokes its top edge; the area under it is lightened to 0.7")
    func lineOverlay() throws {
        let nodes = try leaves(##"{"type": "area", "line": {"color": "#ff0000"}}"##)
        let line = nodes.compactMap { n -> Stroke? in if case .path(_, nil, let s, .line) = n { return s }; return nil }
        #expect(line.count == 1 && line[0].color == Color(parsing: "#ff0000"))
        let fills = nodes.compactMap { n -> Color? in if case .path(_, let f, _, .area) = n { return f }; return nil }
        #expect(fills.count == 1 && abs(fills[0].a - 0.7) < 1e-9)
    }

    @Test("clip cuts a layer's marks at the plot; without it they may cross the edge")
    func clip() throws {
        func clips(_ mark: String) throws -> [Rect?] {
            let spec = #"{"data": \#(Self.series), "layer": [{"mark": \#(mark), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 4]}}}}]}"#
            let scene = try TestSupport.compile(spec).scene
            return scene.nodes.compactMap { n -> Rect?? in
                guard case .group(let children, let clip) = n, children.contains(where: { if case .path(_, _, _, .area) = $0 { return true }; return false }) else { return nil }
                return .some(clip)
            }
        }
        #expect(try clips(#"{"type": "area", "clip": true}"#).first??.height ?? 0 > 0)
        #expect(try clips(#""area""#).first == .some(nil))
    }

    @Test("symbols take stroke, strokeWidth and size")
    func symbols() throws {
        let dots = try leaves(#"{"type": "circle", "stroke": "black", "strokeWidth": 1.5, "size": 64}"#).compactMap { n -> (Double, Stroke?)? in
            if case .circle(_, let r, _, let s, .point) = n { return (r, s) }
            return nil
        }
        #expect(dots.count == 3 && dots.allSatisfy { abs($0.0 - (64 / Double.pi).squareRoot()) < 1e-9 && $0.1 == Stroke(color: .black, width: 1.5) })
    }

    @Test("bar corners: cornerRadiusEnd rounds the value's end, a corner's own radius wins, clamped to half the side")
    func corners() throws {
        func bars(_ mark: String, horizontal: Bool = false) throws -> [[PathCommand]] {
            let (cat, val) = horizontal ? ("y", "x") : ("x", "y")
            let spec = #"{"data": \#(Self.data), "mark": \#(mark), "encoding": {"\#(cat)": {"field": "a", "type": "nominal"}, "\#(val)": {"field": "b", "type": "quantitative"}}}"#
            return try TestSupport.compile(spec).scene.leaves.compactMap { if case .path(let c, _, _, .bar) = $0 { return c }; return nil }
        }
        func curves(_ c: [PathCommand]) -> Int { c.filter { if case .curve = $0 { return true }; return false }.count }
        let end = try bars(#"{"type": "bar", "cornerRadiusEnd": 4}"#)
        #expect(end.count == 2 && end.allSatisfy { curves($0) == 2 })
        // The two curves are at the top: every curve ends within 4 px of the bar's top.
        for c in end {
            let top = c.compactMap(\.end).map(\.y).min()!
            #expect(c.allSatisfy { if case .curve(_, _, let p) = $0 { return p.y <= top + 4 + 1e-9 }; return true })
        }
        let horizontal = try bars(#"{"type": "bar", "cornerRadiusEnd": 4}"#, horizontal: true)
        for c in horizontal {
            let right = c.compactMap(\.end).map(\.x).max()!
            #expect(c.allSatisfy { if case .curve(_, _, let p) = $0 { return p.x >= right - 4 - 1e-9 }; return true })
        }
        let one = try bars(#"{"type": "bar", "cornerRadius": 2, "cornerRadiusTopLeft": 0}"#)
        #expect(one.allSatisfy { curves($0) == 3 })
        let scene = try TestSupport.compile(#"{"data": \#(Self.data), "mark": {"type": "bar", "cornerRadius": 1000}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#).scene
        #expect(scene.bars.count == 2 && scene.bars.allSatisfy { $0.rect.height > 0 })
        #expect(try bars(#""bar""#).isEmpty)  // square bars stay rectangles
    }

    @Test("a mark colour may be any CSS colour name; anything else is named, not dropped")
    func colourNames() throws {
        let scene = try TestSupport.compile(#"{"data": \#(Self.data), "mark": {"type": "bar", "color": "steelblue"}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#).scene
        #expect(scene.bars.allSatisfy { $0.fill == Color(r: 70 / 255, g: 130 / 255, b: 180 / 255) })
        let e = TestSupport.decodeErrors(#"{"data": \#(Self.data), "mark": {"type": "bar", "color": "steelblu"}, "encoding": {}}"#)
        #expect(e.contains { $0.path == "mark.color" && $0.message.contains("not a colour") })
    }

    @Test("a tick takes its thickness and its length (size); config.tick gives defaults")
    func ticks() throws {
        func strokes(_ mark: String, config: String = "{}") throws -> [(Double, Double)] {
            let spec = #"{"data": \#(Self.data), "config": \#(config), "mark": \#(mark), "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}}"#
            return try TestSupport.compile(spec).scene.leaves.compactMap {
                if case .path(let c, _, let s?, .point) = $0, let a = c.first?.end, let b = c.last?.end { return (s.width, abs(b.y - a.y)) }
                return nil
            }
        }
        let own = try strokes(#"{"type": "tick", "thickness": 3, "size": 20}"#)
        #expect(own.count == 2 && own.allSatisfy { $0.0 == 3 && abs($0.1 - 20) < 1e-9 })
        let config = try strokes(#""tick""#, config: #"{"tick": {"thickness": 5}}"#)
        #expect(config.allSatisfy { $0.0 == 5 })
    }

    @Test("a bar's orient must match the way its fields make it run")
    func barOrient() {
        let fields = #""encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}"#
        #expect(TestSupport.resolveErrors(#"{"data": \#(Self.data), "mark": {"type": "bar", "orient": "vertical"}, \#(fields)}"#).isEmpty)
        let e = TestSupport.resolveErrors(#"{"data": \#(Self.data), "mark": {"type": "bar", "orient": "horizontal"}, \#(fields)}"#)
        #expect(e.contains { $0.path == "mark.orient" })
    }

    @Test("xOffset and yOffset move a mark in pixels; a bar's y2Offset moves its base, x2Offset a horizontal bar's")
    func offsets() throws {
        func centres(_ mark: String) throws -> [Point] {
            try leaves(mark).compactMap { if case .circle(let c, _, _, _, .point) = $0 { return c }; return nil }
        }
        let plain = try centres(#""circle""#), moved = try centres(#"{"type": "circle", "xOffset": 5, "yOffset": -3}"#)
        #expect(plain.count == 3 && zip(plain, moved).allSatisfy { abs($1.x - $0.x - 5) < 1e-9 && abs($1.y - $0.y + 3) < 1e-9 })
        func bars(_ mark: String, horizontal: Bool = false) throws -> [Rect] {
            let (cat, val) = horizontal ? ("y", "x") : ("x", "y")
            let spec = #"{"data": \#(Self.data), "mark": \#(mark), "encoding": {"\#(cat)": {"field": "a", "type": "nominal"}, "\#(val)": {"field": "b", "type": "quantitative"}}}"#
            return try TestSupport.compile(spec).scene.bars.map(\.rect)
        }
        let base = try bars(#""bar""#), shifted = try bars(#"{"type": "bar", "yOffset": 4, "y2Offset": -2, "xOffset": 1}"#)
        for (a, b) in zip(base, shifted) {
            #expect(abs(b.minY - (a.minY + 4)) < 1e-9 && abs(b.maxY - (a.maxY - 2)) < 1e-9 && abs(b.minX - (a.minX + 1)) < 1e-9)
            #expect(abs(b.width - a.width) < 1e-9)
        }
        let hBase = try bars(#""bar""#, horizontal: true), hShifted = try bars(#"{"type": "bar", "x2Offset": 3}"#, horizontal: true)
        #expect(zip(hBase, hShifted).allSatisfy { abs($1.minX - ($0.minX + 3)) < 1e-9 && abs($1.maxX - $0.maxX) < 1e-9 })
    }

    @Test("a bar's fill wins over its color, stroke outlines it, size sets its width; strokeWidth alone draws nothing and warns")
    func barPaint() throws {
        let spec = ##"{"data": \##(Self.data), "mark": {"type": "bar", "color": "red", "fill": "#00ff00", "stroke": "black", "strokeWidth": 2, "size": 10}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"##
        let nodes = try TestSupport.compile(spec).scene.leaves.compactMap { n -> (Rect, Color?, Stroke?)? in
            if case .rect(let r, let f, let s, .bar) = n { return (r, f, s) }
            return nil
        }
        #expect(nodes.count == 2)
        for (r, f, s) in nodes {
            #expect(f == Color(r: 0, g: 1, b: 0) && s == Stroke(color: .black, width: 2) && abs(r.width - 10) < 1e-9)
        }
        let decoded = try SpecDecoder.decode(text: #"{"data": \#(Self.data), "mark": {"type": "bar", "strokeWidth": 2}, "encoding": {}}"#)
        #expect(decoded.warnings.contains { $0.hasPrefix("mark.strokeWidth ") && $0.contains("no outline") })
    }

    @Test("expressions, constant positions and undrawn shapes are named; text lines and a square point shape are drawn")
    func namedOrDrawn() throws {
        let e = TestSupport.decodeErrors(#"{"data": \#(Self.data), "mark": {"type": "text", "angle": {"expr": "datum.b > 0 ? -4 : 4"}, "x": 5, "text": ["a", 1]}, "encoding": {}}"#)
        #expect(e.contains { $0.path == "mark.angle" && $0.message.contains("expression") })
        #expect(!e.contains { $0.path == "mark.angle" && $0.message.contains("must be a number") })
        // Text reads mark.x (drawn where a chart places it, else named there); other marks not yet.
        #expect(!e.contains { $0.path == "mark.x" })
        let point = TestSupport.decodeErrors(#"{"data": \#(Self.data), "mark": {"type": "point", "x": 5, "height": 3}, "encoding": {}}"#)
        #expect(point.contains { $0.path == "mark.x" && $0.message.contains("constant position") })
        #expect(point.contains { $0.path == "mark.height" && $0.message.contains("constant position") })
        #expect(e.contains { $0.path == "mark.text" })
        let shape = TestSupport.decodeErrors(#"{"data": \#(Self.data), "mark": {"type": "point", "shape": "wedge"}, "encoding": {}}"#)
        #expect(shape.contains { $0.path == "mark.shape" && $0.message.contains("not drawn") })
        let spec = #"{"data": \#(Self.data), "mark": {"type": "text", "text": ["first", "second"]}, "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}}"#
        let lines = try TestSupport.compile(spec).scene.texts.filter { if case .textMark = $0.role { return true }; return false }.map(\.run)
        #expect(lines.count == 2 && lines.allSatisfy { $0.text == "first\nsecond" && $0.size.lineCount == 2 })
        let squares = try leaves(#"{"type": "point", "shape": "square"}"#).filter { if case .rect(_, _, _, .point) = $0 { return true }; return false }
        #expect(squares.count == 3)
    }

    @Test("a heatmap's rects and words take no mark property beyond the basics: one given is named")
    func heatmap() {
        let spec = #"{"data": {"values": [{"a": "x", "b": "y", "v": 1}]}, "layer": [{"mark": {"type": "rect", "cornerRadius": 3}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "nominal"}, "color": {"field": "v", "type": "quantitative"}}}]}"#
        #expect(TestSupport.resolveErrors(spec).contains { $0.path == "layer[0].mark.cornerRadius" })
    }
}
