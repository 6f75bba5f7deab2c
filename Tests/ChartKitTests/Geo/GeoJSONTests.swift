import Foundation
import Testing
@testable import ChartKit

@Suite("GeoJSON")
struct GeoJSONTests {
    func read(_ text: String, file: String = "t.geojson") throws(ChartError) -> GeoMap {
        try GeoJSONReader.read(Array(text.utf8), name: file, file: file)
    }

    @Test("a name that is not UTF-8 is an error at its place")
    func notUTF8() {
        let bytes = Array(#"{"type": "Feature", "properties": {"name": "北"#.utf8) + [0xFF] + Array(#""}, "geometry": null}"#.utf8)
        do {
            _ = try GeoJSONReader.read(bytes, name: "m", file: "m.geojson")
            Issue.record("accepted a name that is not UTF-8")
        } catch {
            #expect(error.description == "m.geojson:1:46: byte 0xFF inside a string is not UTF-8 (save the file as UTF-8)")
        }
    }

    func error(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test("the bundled map: 34 divisions, every point, properties and ids")
    func bundled() throws {
        let map = try MapLoader.load("china-provinces", baseDirectory: ".", location: nil, path: "map")
        #expect(map.features.count == 34)
        #expect(map.pointCount == 22_439)
        let ids = map.features.compactMap { $0.id?.text }
        #expect(Set(ids).count == 34)
        #expect(ids.contains("CN-NM"))
        let nm = try #require(map.features.first { $0.id?.text == "CN-NM" })
        #expect(nm.property("adcode") == .number(150000))
        #expect(nm.text("name_zh") == "内蒙古自治区")
        // Hong Kong is 31 islands and a peninsula.
        #expect(map.features.first { $0.id?.text == "CN-HK" }?.polygons.count == 31)
        // Every ring is closed and oriented: outer rings counter-clockwise (north up).
        for f in map.features {
            for pg in f.polygons {
                #expect(pg.rings[0].first == pg.rings[0].last)
                #expect(signedArea(pg.rings[0]) > 0)
            }
        }
    }

    func signedArea(_ ring: [GeoPoint]) -> Double {
        PlaneGeometry.signedArea(ring.map { Point($0.lon, $0.lat) })
    }

    @Test("Polygon and MultiPolygon with holes: outer rings counter-clockwise, holes clockwise, whatever the file says")
    func holes() throws {
        // The outer ring written clockwise and the hole counter-clockwise (both wrong per RFC 7946).
        let map = try read(#"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": 7, "properties": {"name": "Donut", "code": "D"},
           "geometry": {"type": "Polygon", "coordinates": [
             [[100, 30], [100, 40], [110, 40], [110, 30], [100, 30]],
             [[103, 33], [107, 33], [107, 37], [103, 37], [103, 33]]]}},
          {"type": "Feature", "properties": {"name": "Two", "nested": {"a": [1, 2]}},
           "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[111, 30], [115, 30], [115, 34], [111, 34]]],
             [[[111, 35], [119, 35], [119, 39], [111, 39], [111, 35]], [[112, 36], [113, 36], [113, 37], [112, 36]]]]}}
        ]}
        """#)
        #expect(map.features.count == 2)
        let donut = map.features[0]
        #expect(donut.id == .number(7))
        #expect(donut.polygons.count == 1 && donut.polygons[0].rings.count == 2)
        #expect(signedArea(donut.polygons[0].rings[0]) > 0)
        #expect(signedArea(donut.polygons[0].rings[1]) < 0)
        let two = map.features[1]
        #expect(two.polygons.count == 2)
        // An open ring is closed.
        #expect(two.polygons[0].rings[0].count == 5)
        #expect(two.polygons[0].rings[0].first == two.polygons[0].rings[0].last)
        #expect(signedArea(two.polygons[1].rings[1]) < 0)
        #expect(two.property("nested") == .other)
    }

    @Test("a bare geometry, a single Feature, altitudes and a null geometry are accepted")
    func shapes() throws {
        #expect(try read(#"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}"#).features.count == 1)
        let f = try read(#"{"type": "Feature", "properties": null, "geometry": {"type": "Polygon", "coordinates": [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]]]}}"#)
        #expect(f.features[0].polygons[0].rings[0][1] == GeoPoint(lon: 1, lat: 0))
        #expect(try read(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": null}]}"#).features[0].polygons.isEmpty)
        let escaped = try read(#"{"type": "Feature", "properties": {"n": "\u5185\u8499\u53e4 \"x\""}, "geometry": null}"#)
        #expect(escaped.features[0].text("n") == "内蒙古 \"x\"")
    }

    @Test("numbers read exactly as the standard library reads them")
    func numbers() throws {
        let values = ["116.6669", "-0.5", "1e2", "-33.0000001", "179.9999999999999", "1.5E-3", "0", "12345678901234567890e-18"]
        let text = "{\"type\": \"Polygon\", \"coordinates\": [[" + values.map { "[\($0), 1]" }.joined(separator: ", ") + "]]}"
        let ring = try read(text).features[0].polygons[0].rings[0]
        let lons = Set(ring.map(\.lon))
        for v in values { #expect(lons.contains(Double(v)!), "\(v)") }
    }

    @Test("malformed GeoJSON is an error with its place and what to do", arguments: [
        (#"{"type": "FeatureCollection", "features": [}"#, "1:44", "features[0]"),
        (#"{"type": "FeatureCollection"}"#, "1:1", "without \"features\""),
        (#"{"type": "Featur", "geometry": null}"#, "1:10", "did you mean \"Feature\"?"),
        ("{\"type\": \"FeatureCollection\",\n \"features\": [{\"type\": \"Feature\", \"properties\": {},\n  \"geometry\": {\"type\": \"Point\", \"coordinates\": [105, 35]}}]}", "3:24", "features[0].geometry.type is \"Point\""),
        (#"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}"#, "1:37", "coordinates[0] has 3 positions"),
        (#"{"type": "Polygon", "coordinates": [[[0, 0], [1], [1, 1], [0, 0]]]}"#, "1:46", "a longitude and a latitude"),
        (#"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0], [1, 0], [0, 0], [1, 0]]]}"#, "1:37", "has 6 positions but only 2 distinct points; a ring needs at least 3 corners"),
        (#"{"type": "Polygon", "coordinates": [[[500000, 4000000], [1, 0], [1, 1], [0, 0]]]}"#, "1:38", "EPSG:4326"),
        (#"{"type": "Polygon", "coordinates": [[["0", 0], [1, 0], [1, 1], [0, 0]]]}"#, "1:39", "found a string"),
        (#"{"type": "Polygon", "coordinates": [[0, 0], [1, 0], [1, 1], [0, 0]]}"#, "1:36", "positions where rings were expected"),
        (#"{"type": "MultiPolygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}"#, "1:42", "4 levels"),
        (#"{"type": "Polygon"}"#, "1:1", "without \"coordinates\""),
        (#"{"type": "Feature", "geometry": null, "properties": [1]}"#, "1:53", "must be an object or null"),
        (#"{"type": "Feature", "type": "Feature"}"#, "1:21", "twice"),
        (#"{"type": "Feature", "properties": {"name": "unterminated}"#, "1:44", "unterminated string"),
        (#"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]} x"#, "1:72", "after the end"),
        ("", "1:1", "empty"),
        ("[1, 2]", "1:1", "must be a GeoJSON object"),
        (String(repeating: "[", count: 100), "1:1", "must be a GeoJSON object"),
        ("{\"type\": \"Polygon\", \"coordinates\": " + String(repeating: "[", count: 100) + "0" + String(repeating: "]", count: 100) + "}", "1:", "deeper than"),
    ])
    func malformed(text: String, place: String, message: String) {
        guard let d = error(text) else {
            Issue.record("no error for \(text)")
            return
        }
        #expect(d.description.hasPrefix("t.geojson:\(place)"), "\(d)")
        #expect(d.description.contains(message), "\(d)")
    }

    @Test("no input crashes the reader: truncations and corrupted bytes of a real map are errors or maps")
    func fuzz() throws {
        let full = try #require(FileManager.default.contents(atPath: "\(TestSupport.root)/Sources/ChartKit/Resources/maps/china-provinces.geojson"))
        // Beijing and Tianjin with the collection around them: small enough to mutate often.
        var text = String(decoding: full, as: UTF8.self)
        let third = text.range(of: "{\"type\":\"Feature\",\"id\":\"CN-HE\"")!
        text = String(text[..<third.lowerBound].dropLast()) + "]}"
        let base = Array(text.utf8)
        #expect(throws: Never.self) { _ = try GeoJSONReader.read(base, name: "x", file: "x") }
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        let alphabet = Array("{}[],:\"-0123456789.eE \\ntfnu".utf8)
        for round in 0..<400 {
            var bytes = base
            switch round % 4 {
            case 0: bytes = Array(bytes.prefix(next() % bytes.count))
            case 1: for _ in 0..<3 { bytes[next() % bytes.count] = alphabet[next() % alphabet.count] }
            case 2: bytes.remove(at: next() % bytes.count)
            default: bytes.insert(alphabet[next() % alphabet.count], at: next() % bytes.count)
            }
            do {
                _ = try GeoJSONReader.read(bytes, name: "x", file: "x")
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics[0].location != nil)
            }
        }
    }
}
