import Foundation
import Testing
@testable import ChartKit

/// TopoJSON decoded as topojson-client decodes it: quantized delta arcs, reversed arcs,
/// features with their ids and properties, the mesh of an object's arcs.
@Suite("TopoJSON")
struct TopoJSONTests {
    /// Scale [0.5, 2], translate [10, 20]. Arc 0 runs (10,20) → (11,20) → (11,22); arc 1
    /// (11,22) → (10,22) → (10,20): a box of polygon [0, 1], a line along ~0 (arc 0 backwards),
    /// and a point at quantized [4, 5] = (12, 30).
    static let topology = #"""
    {"type": "Topology", "transform": {"scale": [0.5, 2], "translate": [10, 20]},
     "arcs": [[[0, 0], [2, 0], [0, 1]], [[2, 1], [-2, 0], [0, -1]]],
     "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "A", "properties": {"name": "box", "value": 3}, "arcs": [[0, 1]]},
        {"type": "LineString", "id": 7, "arcs": [-1]},
        {"type": "Point", "coordinates": [4, 5]}]}}}
    """#

    static func points(_ pairs: [(Double, Double)]) -> [GeoPoint] { pairs.map { GeoPoint(lon: $0.0, lat: $0.1) } }

    @Test("quantized arcs decode by deltas, a ring joins its arcs, ~i walks arc i backwards")
    func features() throws {
        let t = try Topology.parse(Array(Self.topology.utf8))
        let f = try t.features("shapes")
        #expect(f.count == 3)
        #expect(f[0].id == .string("A"))
        #expect(f[0].properties.map(\.key) == ["name", "value"])
        #expect(f[0].shape.polygons == [GeoPolygon(rings: [Self.points([(10, 20), (11, 20), (11, 22), (10, 22), (10, 20)])])])
        #expect(f[1].id == .number(7))
        #expect(f[1].shape.lines == [Self.points([(11, 22), (11, 20), (10, 20)])])
        #expect(f[2].shape.points == Self.points([(12, 30)]))
    }

    @Test("the mesh holds each arc the object uses once")
    func mesh() throws {
        let t = try Topology.parse(Array(Self.topology.utf8))
        let m = try t.mesh("shapes")
        #expect(m.lines == [Self.points([(10, 20), (11, 20), (11, 22)]), Self.points([(11, 22), (10, 22), (10, 20)])])
    }

    @Test("rows: type, id, properties.<name> and a geometry cell that gives the shape back")
    func table() throws {
        let sel = TopoJSONSelection(kind: .feature, object: Located("shapes", at: SourceLocation(file: "t", line: 1, column: 1), path: "format.feature"))
        let table = try TopoJSONTable.table(Array(Self.topology.utf8), name: "/nonexistent/shapes.json", selection: sel)
        #expect(table.columns == ["type", "id", "properties.name", "properties.value", "geometry"])
        #expect(table[0, 2] == .text("box"))
        #expect(table[1, 1] == .number(7))
        #expect(GeoShapeCells.shape(table[2, 4])?.points == Self.points([(12, 30)]))
        // Reading the same file's mesh keeps the features' cells (a gallery reads us-10m.json's
        // counties and states in one run).
        let meshSel = TopoJSONSelection(kind: .mesh, object: sel.object)
        let mesh = try TopoJSONTable.table(Array(Self.topology.utf8), name: "/nonexistent/shapes.json", selection: meshSel)
        #expect(mesh.rowCount == 1 && GeoShapeCells.shape(mesh[0, 1])?.lines.count == 2)
        #expect(GeoShapeCells.shape(table[2, 4])?.points == Self.points([(12, 30)]))
    }

    @Test("an unknown object is named with the ones there are")
    func unknownObject() throws {
        let t = try Topology.parse(Array(Self.topology.utf8))
        #expect(throws: TopoJSONFailure.self) { try t.features("shape") }
        do { _ = try t.features("shape") } catch { #expect(error.message.contains("did you mean \"shapes\"")) }
    }

    @Test("a bad value is reported at its line in the file, with its path")
    func failureLocation() throws {
        let text = "{\"type\": \"Topology\",\n \"arcs\": [[[0, 0], [1, 1]]],\n \"objects\": {\"a\": {\"type\": \"LineString\",\n   \"arcs\": [0, 5]}}}"
        let sel = TopoJSONSelection(kind: .feature, object: Located("a", at: SourceLocation(file: "spec.json", line: 9, column: 3), path: "data.format.feature"))
        #expect(throws: ChartError.self) { try TopoJSONTable.table(Array(text.utf8), name: "/nonexistent/bad.json", selection: sel) }
        do { _ = try TopoJSONTable.table(Array(text.utf8), name: "/nonexistent/bad.json", selection: sel) } catch {
            #expect(error.description == "/nonexistent/bad.json:4:16: objects.a.arcs[1] 5 is not an arc of this topology (it has 1)")
        }
        // The object the spec names is missing: the error points at the spec's key.
        let missing = TopoJSONSelection(kind: .feature, object: Located("b", at: sel.object.location, path: sel.object.path))
        do { _ = try TopoJSONTable.table(Array(text.utf8), name: "/nonexistent/bad.json", selection: missing) } catch {
            #expect(error.description.hasPrefix("spec.json:9:3: data.format.feature /nonexistent/bad.json: objects has no object \"b\" (objects: a)"))
        }
    }

    @Test("a file read as several objects is parsed once while it is unchanged")
    func topologyParsedOnce() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/shapes.json"
        try Self.topology.write(toFile: path, atomically: false, encoding: .utf8)
        var reads = 0
        func table(_ kind: TopoJSONSelection.Kind) throws -> DataTable {
            let sel = TopoJSONSelection(kind: kind, object: Located("shapes", at: SourceLocation(file: "t", line: 1, column: 1), path: "format.feature"))
            return try TopoJSONTable.table(name: path, selection: sel) { () throws(ChartError) in
                reads += 1
                return try FileAccess.read(path, what: "data file")
            }
        }
        #expect(try table(.feature).rowCount == 3)
        #expect(try table(.mesh).rowCount == 1)
        #expect(reads == 1)
        // A changed file (another size) is read again.
        try (Self.topology + " ").write(toFile: path, atomically: false, encoding: .utf8)
        _ = try table(.mesh)
        #expect(reads == 2)
    }

    @Test("us-10m.json holds 3,641 county and 53 state geometries")
    func usAtlas() throws {
        let path = "\(TestSupport.root)/Tests/ChartKitTests/Gallery/specs/data/us-10m.json"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let t = try Topology.parse(bytes)
        #expect(try t.features("counties").count == 3641)
        let states = try t.features("states")
        #expect(states.count == 53)
        #expect(states.filter { !$0.shape.polygons.isEmpty }.count >= 50)
    }
}

/// d3's albersUsa: each part's centre lands where its translate puts it (d3's default scale
/// 1070 and translate [480, 250]).
@Suite("albersUsa")
struct AlbersUsaTests {
    func d3(_ lon: Double, _ lat: Double) -> Point {
        let p = GeoPoint(lon: lon, lat: lat)
        for part in AlbersUsa.parts {
            let r = part.project(p)
            if RectClip.contains(part.clip, r) { return Point(480 + 1070 * r.x, 250 + 1070 * r.y) }
        }
        return Point(.nan, .nan)
    }

    @Test("lower 48, Alaska and Hawaii centres")
    func centres() {
        let lower = d3(-96.6, 38.7), alaska = d3(-156, 58.5), hawaii = d3(-160, 19.9)
        #expect(abs(lower.x - 480) < 1e-9 && abs(lower.y - 250) < 1e-9)
        #expect(abs(alaska.x - (480 - 0.307 * 1070)) < 1e-9 && abs(alaska.y - (250 + 0.201 * 1070)) < 1e-9)
        #expect(abs(hawaii.x - (480 - 0.205 * 1070)) < 1e-9 && abs(hawaii.y - (250 + 0.212 * 1070)) < 1e-9)
        // North is up: Seattle is above and left of Miami.
        let seattle = d3(-122.3, 47.6), miami = d3(-80.2, 25.8)
        #expect(seattle.x < miami.x && seattle.y < miami.y)
    }

    @Test("a ring crossing a part's box keeps the part inside")
    func clip() {
        let ring = [Point(-1, -1), Point(1, -1), Point(1, 1), Point(-1, 1)]
        let out = RectClip.ring(ring, to: Rect(x: 0, y: 0, width: 2, height: 2))
        #expect(Set(out.map { "\($0.x),\($0.y)" }) == ["0.0,0.0", "1.0,0.0", "1.0,1.0", "0.0,1.0"])
    }
}
