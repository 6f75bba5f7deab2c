import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's mark-property channels from fields on a layered x/y chart: size (area-true
/// symbols and a size legend), shape (Vega's shape palette, merged into the colour legend of
/// the same field), strokeDash (Vega-Lite's dash palette, one line per value) and order (the
/// order a line joins its points in).
@Suite("Size, shape, strokeDash and order channels")
struct SymbolChannelSceneTests {
    let engine = ChartEngine()

    /// The symbols of point layers: (centre, side of the bounding square, node).
    static func points(_ scene: Scene) -> [(x: Double, y: Double, side: Double, node: SceneNode)] {
        scene.leaves.compactMap { n in
            switch n {
            case .circle(let c, let r, _, _, .point): return (c.x, c.y, 2 * r, n)
            case .rect(let rect, _, _, .point): return (rect.midX, rect.midY, rect.width, n)
            case .path(let cmds, _, _, .point):
                let ps = cmds.compactMap { c -> Point? in if case .move(let p) = c { return p }; if case .line(let p) = c { return p }; return nil }
                let xs = ps.map(\.x), ys = ps.map(\.y)
                return ((xs.min()! + xs.max()!) / 2, (ys.min()! + ys.max()!) / 2, max(xs.max()! - xs.min()!, ys.max()! - ys.min()!), n)
            default: return nil
            }
        }
    }

    static func legendLabels(_ scene: Scene) -> [String] {
        scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
    }

    static func legendSwatches(_ scene: Scene) -> [SceneNode] {
        scene.leaves.filter { n in
            switch n {
            case .circle(_, _, _, _, .legendSwatch), .rect(_, _, _, .legendSwatch), .path(_, _, _, .legendSwatch): return true
            default: return false
            }
        }
    }

    /// Three symbols at (1, 1), (2, 2), (3, 3) with `channel` from the field "v" (`values`).
    func scatter(_ mark: String, _ channel: String, values: [Double]) throws -> Scene {
        let rows = values.enumerated().map { #"{"a": \#($0 + 1), "b": \#($0 + 1), "v": \#($1)}"# }.joined(separator: ", ")
        return try TestSupport.compile(#"""
        {"data": {"values": [\#(rows)]}, "mark": "\#(mark)",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "\#(channel)": {"field": "v", "type": "quantitative"}}}
        """#, engine: engine).scene
    }

    @Test("a size field sets each symbol's area on Vega-Lite's scale: zero to the largest value onto 4 to 361 px²")
    func sizeByArea() throws {
        let scene = try scatter("point", "size", values: [0, 10, 40])
        let sides = Self.points(scene).sorted { $0.x < $1.x }.map(\.side)
        #expect(sides.count == 3)
        // Area, not width, grows with the value: side² = 4 + s / 40 × 357.
        for (side, s) in zip(sides, [0.0, 10, 40]) {
            #expect(abs(side * side - (4 + s / 40 * 357)) < 1e-6)
        }
    }

    @Test("a size legend shows round values of the scale at their areas, titled by the field")
    func sizeLegend() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": 1, "b": 1, "s": 3}, {"a": 2, "b": 2, "s": 24.8}]},
         "mark": "circle", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                                        "size": {"field": "s", "type": "quantitative", "title": "Acceleration"}}}
        """#, engine: engine).scene
        #expect(Self.legendLabels(scene) == ["0", "5", "10", "15", "20"])
        #expect(scene.texts.contains { $0.role == .legendTitle && $0.run.text == "Acceleration" })
        let radii = Self.legendSwatches(scene).compactMap { n -> Double? in if case .circle(_, let r, _, _, _) = n { return r }; return nil }
        let scale = SizeScale(domain: (0, 24.8))
        #expect(radii.count == 5)
        for (r, v) in zip(radii, [0.0, 5, 10, 15, 20]) { #expect(abs(2 * r - scale.diameter(v)) < 1e-9) }
    }

    @Test("a shape field deals Vega's shapes in the field's sort and marks the colour legend of the same field")
    func shapes() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": 1, "b": 1, "k": "Gentoo"}, {"a": 2, "b": 2, "k": "Adelie"}, {"a": 3, "b": 3, "k": "Chinstrap"}]},
         "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                                       "color": {"field": "k", "type": "nominal"}, "shape": {"field": "k", "type": "nominal"}}}
        """#, engine: engine).scene
        let kinds = Self.points(scene).sorted { $0.x < $1.x }.map { p -> String in
            switch p.node { case .circle: return "circle"; case .rect: return "square"; default: return "path" }
        }
        // Adelie circle, Chinstrap square, Gentoo triangle-up (ascending order).
        #expect(kinds == ["path", "circle", "square"])
        #expect(Self.legendLabels(scene) == ["Adelie", "Chinstrap", "Gentoo"])
        let swatches = Self.legendSwatches(scene)
        #expect(swatches.count == 3)
        if case .path = swatches[2] {} else { Issue.record("Gentoo's legend swatch is not its triangle: \(swatches[2])") }
    }

    @Test("a strokeDash field draws one line per value in Vega-Lite's dashes, with a legend of them")
    func dashes() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": "A", "b": 28, "p": false}, {"a": "E", "b": 81, "p": false},
                             {"a": "E", "b": 81, "p": true}, {"a": "G", "b": 19, "p": true}]},
         "mark": "line", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative"},
                                      "strokeDash": {"field": "p", "type": "nominal"}}}
        """#, engine: engine).scene
        let dashes = scene.leaves.compactMap { n -> [Double]? in if case .path(_, _, let s?, .line) = n { return s.dash }; return nil }
        #expect(dashes == [[], [4, 2]])
        #expect(Self.legendLabels(scene) == ["false", "true"])
        let swatchDashes = Self.legendSwatches(scene).compactMap { n -> [Double]? in if case .path(_, _, let s?, _) = n { return s.dash }; return nil }
        #expect(swatchDashes == [[], [4, 2]])
    }

    @Test("an order field joins a line's points in its order, not along x")
    func order() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"m": 3, "g": 1, "y": 2000}, {"m": 1, "g": 2, "y": 2001}, {"m": 2, "g": 3, "y": 2002}, {"m": 1, "g": 4, "y": 2003}]},
         "mark": "line", "encoding": {"x": {"field": "m", "type": "quantitative"}, "y": {"field": "g", "type": "quantitative"},
                                      "order": {"field": "y", "type": "quantitative"}}}
        """#, engine: engine).scene
        let path = try #require(scene.leaves.compactMap { n -> [PathCommand]? in if case .path(let c, _, _, .line) = n { return c }; return nil }.first)
        let ys = path.compactMap { c -> Double? in if case .move(let p) = c { return p.y }; if case .line(let p) = c { return p.y }; return nil }
        #expect(ys.count == 4)
        #expect(ys == ys.sorted(by: >))  // g rises with the year: joined 1, 2, 3, 4 from the bottom up
    }

    @Test("size, shape, strokeDash and order where they are not drawn are errors naming them")
    func refused() {
        func errors(_ mark: String, _ channel: String, type: String = "quantitative") -> [Diagnostic] {
            TestSupport.resolveErrors(#"""
            {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "\#(mark)",
             "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}, "\#(channel)": {"field": "b", "type": "\#(type)"}}}
            """#)
        }
        #expect(errors("bar", "size").contains { $0.path == "encoding.size" && $0.message.contains("point, circle and square") })
        #expect(errors("circle", "shape", type: "nominal").contains { $0.path == "encoding.shape" && $0.message.contains("point marks") })
        #expect(errors("point", "strokeDash", type: "nominal").contains { $0.path == "encoding.strokeDash" && $0.message.contains("line marks") })
        #expect(errors("point", "order").contains { $0.path == "encoding.order" && $0.message.contains("a stack piles its pieces in") })
        #expect(errors("point", "size", type: "nominal").contains { $0.path == "encoding.size" && $0.message.contains("quantitative") })
        #expect(errors("point", "size").isEmpty)
    }

    @Test("a constant size on a rule layer is the rule's stroke width, along one axis too")
    func ruleSize() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 3}]},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}},
                   {"mark": "rule", "encoding": {"y": {"aggregate": "mean", "field": "b", "type": "quantitative"},
                                                 "color": {"value": "red"}, "size": {"value": 5}}}]}
        """#, engine: engine).scene
        let widths = scene.leaves.compactMap { n -> Double? in if case .path(_, _, let s?, .rule) = n { return s.width }; return nil }
        #expect(widths == [5])
        let e = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "bar", "encoding": {"size": {"value": 3}}}"#)
        #expect(e.contains { $0.path == "encoding.size.value" && $0.message.contains("lines and rules") })
    }

    @Test("size, shape and strokeDash in panels, which would each draw their own scale, are errors naming them")
    func panels() {
        let layer = #""mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, "size": {"field": "b", "type": "quantitative"}}"#
        let facet = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 1, "k": "p"}]}, "facet": {"field": "k", "type": "nominal"}, "spec": {\#(layer)}}"#)
        #expect(facet.contains { $0.path == "spec.encoding.size" && $0.message.contains("panels") })
        // Two panels sizing by a field would each scale their own rows (one panel alone may).
        let concat = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 1}]}, "hconcat": [{\#(layer)}, {\#(layer)}]}"#)
        #expect(concat.contains { $0.path.hasSuffix("encoding.size") && $0.message.contains("panels") })
    }

    @Test("a constant size is a symbol's area and a text mark's font size")
    func constantSizes() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": 1, "b": 1}, {"a": 2, "b": 2}]},
         "layer": [{"mark": "square", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, "size": {"value": 100}}},
                   {"mark": "text", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                                                 "text": {"field": "b"}, "size": {"value": 17}}}]}
        """#, engine: engine).scene
        #expect(Self.points(scene).map(\.side) == [10, 10])
        let fonts = scene.texts.filter { if case .textMark = $0.role { return true } else { return false } }.map(\.run.font.size)
        #expect(fonts == [17, 17])
        let horizontal = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "point",
         "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}, "size": {"value": 100}}}
        """#)
        #expect(horizontal.contains { $0.path == "encoding.size" })
    }

    @Test("a size scale's domain, range, rangeMin and rangeMax set the areas; colour-scale keys on it are errors")
    func sizeScaleKeys() throws {
        func sides(_ scale: String) throws -> [Double] {
            let scene = try TestSupport.compile(#"""
            {"data": {"values": [{"a": 1, "b": 1, "s": 0}, {"a": 2, "b": 2, "s": 40}]}, "mark": "circle",
             "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                          "size": {"field": "s", "type": "quantitative", "scale": \#(scale)}}}
            """#, engine: engine).scene
            return Self.points(scene).sorted { $0.x < $1.x }.map { ($0.side * $0.side * 1e6).rounded() / 1e6 }
        }
        #expect(try sides(#"{"range": [0, 100]}"#) == [0, 100])
        #expect(try sides(#"{"rangeMax": 1000}"#) == [4, 1000])
        #expect(try sides(#"{"domain": [0, 80], "rangeMin": 0, "rangeMax": 100}"#) == [0, 50])
        let e = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": 1, "b": 1, "s": 0}]}, "mark": "circle",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"field": "s", "type": "nominal", "scale": {"rangeMax": 3}},
                      "size": {"field": "s", "type": "quantitative", "scale": {"scheme": "blues", "range": ["red"]}}}}
        """#)
        #expect(e.contains { $0.path == "encoding.color.scale" && $0.message.contains("size scales") })
        #expect(e.contains { $0.path == "encoding.size.scale.scheme" })
        #expect(e.contains { $0.path == "encoding.size.scale.range" })
    }

    @Test("a constant shape draws every point in it, and names a shape Vega has")
    func constantShape() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": 1, "b": 1, "k": "p"}, {"a": 2, "b": 2, "k": "q"}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"field": "k", "type": "nominal"}, "shape": {"value": "diamond"}}}
        """#, engine: engine).scene
        let points = Self.points(scene)
        #expect(points.count == 2)
        for p in points { if case .path(let cmds, _, _, _) = p.node { #expect(cmds.count == 5) } else { Issue.record("not a diamond: \(p.node)") } }
        #expect(Self.legendSwatches(scene).allSatisfy { if case .path = $0 { return true } else { return false } })
        let e = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "point", "encoding": {"shape": {"value": "star"}}}"#)
        #expect(e.contains { $0.path == "encoding.shape.value" && $0.message.contains("not a shape") })
    }

    @Test("an opacity field sets each mark's alpha on Vega-Lite's scale, from the values' extent onto 0.3–0.8, with a legend")
    func opacity() throws {
        let scene = try scatter("circle", "opacity", values: [10, 20, 30])
        let alphas = Self.points(scene).sorted { $0.x < $1.x }.map { p -> Double in
            if case .circle(_, _, let fill?, _, _) = p.node { return (fill.a * 1000).rounded() / 1000 }
            return -1
        }
        #expect(alphas == [0.3, 0.55, 0.8])
        #expect(Self.legendLabels(scene) == ["10", "15", "20", "25", "30"])
        let line = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": 1, "b": 1}]}, "mark": "line",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, "opacity": {"field": "b", "type": "quantitative"}}}
        """#)
        #expect(line.contains { $0.path == "encoding.opacity" && $0.message.contains("one mark per series") })
    }
}
