import Foundation
import Testing

/// Maps through the CLI: errors in GeoJSON files and region names, as a user sees them.
extension CLITests {
    @Test("a map renders through the CLI; a malformed GeoJSON or an unknown region exits 1 with its place")
    func maps() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ok = try run(["render", "examples/energy-intensity-map.json", "-o", dir, "-f", "png,svg"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(files(in: dir) == ["energy-intensity-map.png", "energy-intensity-map.svg"])

        try "{\"type\": \"FeatureCollection\",\n \"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": \"A\"},\n   \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0]]]}}]}"
            .write(toFile: dir + "/bad.geojson", atomically: true, encoding: .utf8)
        try #"{"data": {"values": [{"r": "A"}]}, "map": "bad.geojson", "mark": "region", "encoding": {"region": {"field": "r"}}}"#
            .write(toFile: dir + "/bad-map.json", atomically: true, encoding: .utf8)
        let bad = try run(["render", dir + "/bad-map.json", "-o", dir + "/out"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.geojson:3:52: features[0].geometry.coordinates[0] has 2 positions; a ring needs at least 4"), "\(bad.stderr)")
        #expect(files(in: dir + "/out").isEmpty)

        try "{\"data\": {\"values\": [{\"r\": \"Hebei\"},\n  {\"r\": \"Guandong\"}]}, \"mark\": \"region\", \"encoding\": {\"region\": {\"field\": \"r\"}}}"
            .write(toFile: dir + "/typo.json", atomically: true, encoding: .utf8)
        let typo = try run(["validate", dir + "/typo.json"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("typo.json:2:3: row 2: \"Guandong\" in column \"r\" matches no region of china-provinces (closest: \"Guangdong\""), "\(typo.stderr)")
        #expect(typo.stderr.contains("did you mean \"Guangdong\"?"))
    }
}
