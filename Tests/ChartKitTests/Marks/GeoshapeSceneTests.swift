import Foundation
import Testing
@testable import ChartKit

/// The geoshape mark: a row per feature drawn through albersUsa, fitted to the view, filled by
/// its looked-up value; rows without a value are left out as Vega-Lite's filters leave them.
@Suite("Geoshape")
struct GeoshapeSceneTests {
    /// Two boxes: one over Kansas, one over Alaska (no transform: arcs in degrees).
    static let topology = #"""
    {"type": "Topology",
     "arcs": [[[-100, 38], [-98, 38], [-98, 40], [-100, 40], [-100, 38]],
              [[-150, 62], [-148, 62], [-148, 64], [-150, 64], [-150, 62]],
              [[-90, 30], [-88, 30], [-88, 32], [-90, 32], [-90, 30]]],
     "objects": {"boxes": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": 1, "arcs": [[0]]}, {"type": "Polygon", "id": 2, "arcs": [[1]]},
        {"type": "Polygon", "id": 3, "arcs": [[2]]}]}}}
    """#

    func compile(_ lookup: String) throws -> CompiledChart {
        let dir = TestSupport.temporaryDirectory()
        try Self.topology.write(toFile: "\(dir)/boxes.json", atomically: true, encoding: .utf8)
        let text = #"{"width": 400, "height": 300, "data": {"url": "boxes.json", "format": {"type": "topojson", "feature": "boxes"}}, "transform": [\#(lookup)], "projection": {"type": "albersUsa"}, "mark": "geoshape", "encoding": {"color": {"field": "rate", "type": "quantitative"}}}"#
        let spec = try SpecDecoder.decode(text: text, file: "\(dir)/spec.json", baseDirectory: dir)
        return ChartEngine().compile(try ChartResolver.resolve(spec))
    }

    func shapes(_ c: CompiledChart) -> [(row: Int, fill: Color?, bounds: Rect)] {
        c.scene.leaves.compactMap { node in
            guard case .path(let cmds, let fill, _, .geoshape(let row)) = node else { return nil }
            let pts = cmds.compactMap(\.end)
            let xs = pts.map(\.x), ys = pts.map(\.y)
            return (row, fill, Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!))
        }
    }

    @Test("features take their looked-up colour; a feature without a value is not drawn")
    func choropleth() throws {
        let c = try compile(#"{"lookup": "id", "from": {"data": {"values": [{"id": 1, "rate": 0.1}, {"id": 2, "rate": 0.9}]}, "key": "id", "fields": ["rate"]}}"#)
        let s = shapes(c)
        #expect(s.map(\.row) == [0, 1])
        #expect(s[0].fill != s[1].fill)
        // Alaska is drawn below and left of the lower 48, at 0.35 of their scale.
        #expect(s[1].bounds.midX < s[0].bounds.midX && s[1].bounds.midY > s[0].bounds.midY)
        #expect(s[1].bounds.width < s[0].bounds.width * 1.2)
    }

    @Test("the drawing fills the view along one side (d3's fitSize)")
    func fitted() throws {
        let c = try compile(#"{"lookup": "id", "from": {"data": {"values": [{"id": 1, "rate": 1}, {"id": 2, "rate": 2}, {"id": 3, "rate": 3}]}, "key": "id", "fields": ["rate"]}}"#)
        let s = shapes(c)
        #expect(s.count == 3)
        let minX = s.map(\.bounds.x).min()!, maxX = s.map(\.bounds.maxX).max()!
        let minY = s.map(\.bounds.y).min()!, maxY = s.map(\.bounds.maxY).max()!
        let plot = c.scene.plotArea!
        let touchesWidth = abs(minX - plot.x) < 0.01 && abs(maxX - plot.maxX) < 0.01
        let touchesHeight = abs(minY - plot.y) < 0.01 && abs(maxY - plot.maxY) < 0.01
        #expect(touchesWidth || touchesHeight)
    }

    @Test("lookup as one name takes the feature's geometry for the shape channel")
    func lookupWholeFeature() throws {
        let dir = TestSupport.temporaryDirectory()
        try Self.topology.write(toFile: "\(dir)/boxes.json", atomically: true, encoding: .utf8)
        let text = #"{"data": {"values": [{"id": 3, "v": 5}, {"id": 1, "v": 7}, {"id": 9, "v": 1}]}, "transform": [{"lookup": "id", "from": {"data": {"url": "boxes.json", "format": {"type": "topojson", "feature": "boxes"}}, "key": "id"}, "as": "geo"}], "projection": {"type": "albersUsa"}, "mark": "geoshape", "encoding": {"shape": {"field": "geo", "type": "geojson"}, "color": {"field": "v", "type": "quantitative"}}}"#
        let spec = try SpecDecoder.decode(text: text, file: "\(dir)/spec.json", baseDirectory: dir)
        let c = ChartEngine().compile(try ChartResolver.resolve(spec))
        #expect(shapes(c).map(\.row) == [0, 1])
    }

    @Test("concatenated maps with independent colour scales each draw their own; shared ones are refused by name")
    func panels() throws {
        let dir = TestSupport.temporaryDirectory()
        try Self.topology.write(toFile: "\(dir)/boxes.json", atomically: true, encoding: .utf8)
        func spec(_ resolve: String) -> String {
            let panel = #"{"data": {"values": [{"id": 1, "a": 5, "b": 1}, {"id": 3, "a": 7, "b": 9}]}, "transform": [{"lookup": "id", "from": {"data": {"url": "boxes.json", "format": {"type": "topojson", "feature": "boxes"}}, "key": "id"}, "as": "geo"}], "projection": {"type": "albersUsa"}, "mark": "geoshape", "encoding": {"shape": {"field": "geo", "type": "geojson"}, "color": {"field": {"repeat": "row"}, "type": "quantitative"}}}"#
            return #"{"repeat": {"row": ["a", "b"]}, \#(resolve) "spec": \#(panel)}"#
        }
        let independent = try SpecDecoder.decode(text: spec(#""resolve": {"scale": {"color": "independent"}},"#), file: "\(dir)/spec.json", baseDirectory: dir)
        let c = ChartEngine().compile(try ChartResolver.resolve(independent))
        #expect(shapes(c).count == 4)
        #expect(c.scene.leaves.filter { if case .gradient = $0 { return true } else { return false } }.count == 2)
        let shared = try SpecDecoder.decode(text: spec(""), file: "\(dir)/spec.json", baseDirectory: dir)
        do {
            _ = try ChartResolver.resolve(shared)
            Issue.record("a shared colour scale over maps in panels should be refused")
        } catch {
            #expect(error.diagnostics.contains { $0.path.hasSuffix("encoding.color") && $0.message.contains("colours maps in small multiples or concatenated panels") })
        }
    }

    @Test("filled false outlines each feature in its colour; an x field is named as not drawn")
    func outlines() throws {
        let dir = TestSupport.temporaryDirectory()
        try Self.topology.write(toFile: "\(dir)/boxes.json", atomically: true, encoding: .utf8)
        func spec(_ mark: String, _ extra: String = "") -> String {
            #"{"data": {"url": "boxes.json", "format": {"type": "topojson", "feature": "boxes"}}, "projection": {"type": "albersUsa"}, "mark": \#(mark), "encoding": {"color": {"field": "id", "type": "quantitative"}\#(extra)}}"#
        }
        let outlined = try SpecDecoder.decode(text: spec(#"{"type": "geoshape", "filled": false}"#), file: "\(dir)/spec.json", baseDirectory: dir)
        let c = ChartEngine().compile(try ChartResolver.resolve(outlined))
        let paths = c.scene.leaves.compactMap { n -> (Color?, Stroke?)? in
            if case .path(_, let fill, let stroke, .geoshape) = n { return (fill, stroke) } else { return nil }
        }
        #expect(paths.count == 3 && paths.allSatisfy { $0.0 == nil && $0.1 != nil })
        #expect(Set(paths.map { $0.1!.color.description }).count == 3)
        let withX = try SpecDecoder.decode(text: spec(#""geoshape""#, #", "x": {"field": "id", "type": "quantitative"}"#), file: "\(dir)/spec.json", baseDirectory: dir)
        do {
            _ = try ChartResolver.resolve(withX)
            Issue.record("x on a geoshape should be refused")
        } catch {
            #expect(error.diagnostics.contains { $0.path == "encoding.x" && $0.message.contains("not drawn on a geoshape mark") }, "\(error.diagnostics)")
        }
    }

    @Test("a projection other than albersUsa is named as not drawn")
    func otherProjection() throws {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1}]}, "projection": {"type": "mercator"}, "mark": "geoshape"}"#)
        #expect(errors.contains { $0.message.contains("\"mercator\" is not drawn on geoshape marks yet") }, "\(errors)")
    }
}
