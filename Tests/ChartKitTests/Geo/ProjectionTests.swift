import Foundation
import Testing
@testable import ChartKit

@Suite("Projections and fitting")
struct ProjectionTests {
    /// Snyder, Map Projections: A Working Manual (USGS 1395, 1987), numerical example for the
    /// Albers equal-area conic on the sphere (p. 291): R = 1, standard parallels 29.5°N and
    /// 45.5°N, origin 23°N 96°W; the point 35°N 75°W.
    @Test("Albers matches Snyder's worked example")
    func albersSnyder() {
        let p = Projection(type: .albers, centralMeridian: -96, parallels: (29.5, 45.5), origin: 23)
        let (x, y) = p.project(lon: -75, lat: 35)
        #expect(abs(x - 0.2952720) < 1e-6)
        #expect(abs(y - 0.2416774) < 1e-6)
    }

    /// Snyder's Mercator example on the sphere (p. 266): R = 1, central meridian 180°W; the
    /// point 35°N 75°W.
    @Test("Mercator matches Snyder's worked example")
    func mercatorSnyder() {
        let p = Projection(type: .mercator, centralMeridian: -180)
        let (x, y) = p.project(lon: -75, lat: 35)
        #expect(abs(x - 1.8325957) < 1e-6)
        #expect(abs(y - 0.6528366) < 1e-6)
    }

    @Test("equirectangular maps degrees to radians")
    func equirectangular() {
        let p = Projection(type: .equirectangular, centralMeridian: 105)
        let (x, y) = p.project(lon: 135, lat: 45)
        #expect(abs(x - .pi / 6) < 1e-12)
        #expect(abs(y - .pi / 4) < 1e-12)
        // Longitudes wrap around the antimeridian.
        #expect(abs(p.project(lon: -75, lat: 0).x - .pi) < 1e-12 || abs(p.project(lon: -75, lat: 0).x + .pi) < 1e-12)
    }

    @Test("Albers keeps areas: a 1° cell has its spherical area at every latitude")
    func albersEqualArea() {
        let p = Projection.china
        for lat in stride(from: 18.0, through: 53, by: 5) {
            for lon in [75.0, 105, 130] {
                let corners = [(lon, lat), (lon + 1, lat), (lon + 1, lat + 1), (lon, lat + 1)]
                // Sample the curved edges finely: a parallel is an arc in a conic projection.
                var ring: [Point] = []
                for (k, c) in corners.enumerated() {
                    let next = corners[(k + 1) % 4]
                    for s in 0..<50 {
                        let t = Double(s) / 50
                        let (x, y) = p.project(lon: c.0 + (next.0 - c.0) * t, lat: c.1 + (next.1 - c.1) * t)
                        ring.append(Point(x, y))
                    }
                }
                let projected = abs(PlaneGeometry.signedArea(ring))
                let sphere = (.pi / 180) * (sin((lat + 1) * .pi / 180) - sin(lat * .pi / 180))
                #expect(abs(projected / sphere - 1) < 1e-3, "cell at \(lon)°E \(lat)°N")
            }
        }
    }

    @Test("Albers is true to scale along its standard parallels")
    func albersStandardParallels() {
        let p = Projection.china
        for lat in [25.0, 47.0] {
            let a = p.project(lon: 100, lat: lat), b = p.project(lon: 100.01, lat: lat)
            let distance = hypot(b.x - a.x, b.y - a.y)
            let arc = cos(lat * .pi / 180) * 0.01 * .pi / 180
            #expect(abs(distance / arc - 1) < 1e-6)
        }
        // Between them the scale along the parallel is smaller, outside larger.
        let mid = p.project(lon: 100, lat: 36), mid2 = p.project(lon: 100.01, lat: 36)
        #expect(hypot(mid2.x - mid.x, mid2.y - mid.y) < cos(36 * .pi / 180) * 0.01 * .pi / 180)
    }

    @Test("the China projection puts north up and 105°E in the middle")
    func chinaOrientation() {
        let p = Projection.china
        #expect(abs(p.project(lon: 105, lat: 30).x) < 1e-12)
        let beijing = p.project(lon: 116.4, lat: 39.9), guangzhou = p.project(lon: 113.3, lat: 23.1)
        let urumqi = p.project(lon: 87.6, lat: 43.8), shanghai = p.project(lon: 121.5, lat: 31.2)
        #expect(beijing.y > guangzhou.y)
        #expect(urumqi.x < shanghai.x)
        // On the page (y down) the fit keeps north up.
        let fit = MapFit(scale: 100, tx: 0, ty: 0)
        #expect(fit.apply(beijing.x, beijing.y).y < fit.apply(guangzhou.x, guangzhou.y).y)
    }

    @Test("fitting keeps every feature inside the box, the aspect kept and the box filled one way",
          arguments: [Rect(x: 20, y: 80, width: 760, height: 380), Rect(x: 0, y: 0, width: 300, height: 600),
                      Rect(x: 10, y: 10, width: 500, height: 500), Rect(x: 5, y: 7, width: 40, height: 30)])
    func fitToBox(box: Rect) throws {
        let map = try MapLoader.load("china-provinces", baseDirectory: ".", location: nil, path: "map")
        let p = Projection.china
        var bounds = ProjectedBounds()
        let projected = map.features.map { f in f.polygons.flatMap { $0.rings.flatMap { $0 } }.map { pt -> (Double, Double) in
            let q = p.project(pt)
            bounds.add(q.x, q.y)
            return q
        } }
        let padding = 6.0
        let fit = MapFit.fit(bounds: bounds, into: box, padding: padding)
        let inner = box.insetBy(padding)
        for points in projected {
            for (x, y) in points {
                let q = fit.apply(x, y)
                if !(q.x >= inner.minX - 1e-6 && q.x <= inner.maxX + 1e-6 && q.y >= inner.minY - 1e-6 && q.y <= inner.maxY + 1e-6) {
                    Issue.record("\(q) outside \(inner)")
                    return
                }
            }
        }
        let r = fit.rect(of: bounds)
        #expect(abs(r.width / r.height - (bounds.maxX - bounds.minX) / (bounds.maxY - bounds.minY)) < 1e-9)
        #expect(abs(r.width - inner.width) < 1e-6 || abs(r.height - inner.height) < 1e-6)
        #expect(abs(r.midX - box.midX) < 1e-6 && abs(r.midY - box.midY) < 1e-6)
    }

    @Test("the pole of inaccessibility is the centre of a square and avoids a hole")
    func poleOfInaccessibility() {
        let square = [Point(0, 0), Point(100, 0), Point(100, 100), Point(0, 100), Point(0, 0)]
        let (p, d) = PlaneGeometry.poleOfInaccessibility([square], precision: 0.1)
        #expect(abs(p.x - 50) < 0.5 && abs(p.y - 50) < 0.5)
        #expect(abs(d - 50) < 0.5)
        let hole = [Point(30, 30), Point(30, 70), Point(70, 70), Point(70, 30), Point(30, 30)]
        let (q, e) = PlaneGeometry.poleOfInaccessibility([square, hole], precision: 0.1)
        #expect(!PlaneGeometry.contains(q, rings: [hole]))
        #expect(PlaneGeometry.contains(q, rings: [square, hole]))
        #expect(e > 10)
    }
}
