import Foundation

// Map projections on the unit sphere (north up: y grows northwards), and fitting projected
// geometry into a box on the page.
//
// - Albers equal-area conic (Snyder, Map Projections: A Working Manual, 1987, pp. 98-103):
//   areas stay true, so a large province does not look larger than it is; the default for
//   China with standard parallels 25°N and 47°N and central meridian 105°E.
// - Mercator: conformal, areas grow towards the poles.
// - Equirectangular (plate carrée): longitude and latitude as x and y.

public enum ProjectionType: String, Sendable, CaseIterable {
    case albers, mercator, equirectangular
    /// d3's composite for the United States (AlbersUsa.swift); a point goes through the first
    /// part whose box holds it, as d3's albersUsa(point) does.
    case albersUsa
}

public struct Projection: Sendable, Equatable {
    public var type: ProjectionType
    /// Central meridian in degrees.
    public var centralMeridian: Double
    /// Albers standard parallels in degrees.
    public var parallels: (Double, Double)
    /// Albers latitude of origin in degrees (only shifts y; fitting makes it irrelevant on the page).
    public var origin: Double

    // Albers constants.
    private let n: Double
    private let c: Double
    private let rho0: Double

    public init(type: ProjectionType, centralMeridian: Double = 0, parallels: (Double, Double) = (25, 47), origin: Double = 0) {
        self.type = type
        self.centralMeridian = centralMeridian
        self.parallels = parallels
        self.origin = origin
        let p1 = parallels.0 * .pi / 180, p2 = parallels.1 * .pi / 180
        let n = (sin(p1) + sin(p2)) / 2
        self.n = n
        c = cos(p1) * cos(p1) + 2 * n * sin(p1)
        rho0 = abs(n) > 1e-9 ? sqrt(max(0, c - 2 * n * sin(origin * .pi / 180))) / n : 0
    }

    public static func == (a: Projection, b: Projection) -> Bool {
        a.type == b.type && a.centralMeridian == b.centralMeridian && a.parallels == b.parallels && a.origin == b.origin
    }

    /// The projection China maps are drawn in.
    public static let china = Projection(type: .albers, centralMeridian: 105, parallels: (25, 47))

    /// An equal-area default for any map: Albers with standard parallels at a sixth and five
    /// sixths of its latitude span, centred on its middle meridian; equirectangular when the
    /// map straddles the equator so evenly that a cone degenerates.
    public static func fitting(lonRange: (Double, Double), latRange: (Double, Double)) -> Projection {
        let span = latRange.1 - latRange.0
        let p1 = latRange.0 + span / 6, p2 = latRange.1 - span / 6
        let center = (lonRange.0 + lonRange.1) / 2
        if abs(sin(p1 * .pi / 180) + sin(p2 * .pi / 180)) < 0.05 {
            return Projection(type: .equirectangular, centralMeridian: center)
        }
        return Projection(type: .albers, centralMeridian: center, parallels: (p1, p2))
    }

    /// Projects degrees onto the unit sphere's plane, y northwards.
    @inline(__always)
    public func project(lon: Double, lat: Double) -> (x: Double, y: Double) {
        var dl = lon - centralMeridian
        if dl > 180 { dl -= 360 } else if dl < -180 { dl += 360 }
        let lambda = dl * .pi / 180
        switch type {
        case .albers:
            if abs(n) < 1e-9 { return (lambda, sin(lat * .pi / 180)) }
            let rho = sqrt(max(0, c - 2 * n * sin(lat * .pi / 180))) / n
            let theta = n * lambda
            return (rho * sin(theta), rho0 - rho * cos(theta))
        case .mercator:
            let phi = max(-85.0511, min(85.0511, lat)) * .pi / 180
            return (lambda, log(tan(.pi / 4 + phi / 2)))
        case .equirectangular:
            return (lambda, lat * .pi / 180)
        case .albersUsa:
            // Unit-plane y grows northwards here; d3's grows down the page.
            let p = GeoPoint(lon: lon, lat: lat)
            let q = AlbersUsa.parts.lazy.compactMap { part -> Point? in
                let q = part.project(p)
                return RectClip.contains(part.clip, q) ? q : nil
            }.first ?? AlbersUsa.lower48.project(p)
            return (q.x, -q.y)
        }
    }

    public func project(_ p: GeoPoint) -> (x: Double, y: Double) { project(lon: p.lon, lat: p.lat) }
}

/// Places projected coordinates in a box: uniform scale (the aspect is kept), y flipped so
/// north is up on the page.
public struct MapFit: Sendable, Equatable {
    public var scale: Double
    public var tx: Double
    public var ty: Double

    @inline(__always)
    public func apply(_ x: Double, _ y: Double) -> Point { Point(tx + scale * x, ty - scale * y) }

    /// The largest scale at which `bounds` (projected: minX, minY, maxX, maxY) fits `box` less
    /// `padding` on every side, centred.
    public static func fit(bounds: ProjectedBounds, into box: Rect, padding: Double) -> MapFit {
        let w = max(1e-12, bounds.maxX - bounds.minX), h = max(1e-12, bounds.maxY - bounds.minY)
        let availableW = max(1, box.width - 2 * padding), availableH = max(1, box.height - 2 * padding)
        let s = min(availableW / w, availableH / h)
        let cx = (bounds.minX + bounds.maxX) / 2, cy = (bounds.minY + bounds.maxY) / 2
        return MapFit(scale: s, tx: box.midX - s * cx, ty: box.midY + s * cy)
    }

    /// The page rectangle that projected `bounds` occupy.
    public func rect(of bounds: ProjectedBounds) -> Rect {
        let a = apply(bounds.minX, bounds.maxY), b = apply(bounds.maxX, bounds.minY)
        return Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)
    }
}

public struct ProjectedBounds: Sendable, Equatable {
    public var minX = Double.infinity, minY = Double.infinity
    public var maxX = -Double.infinity, maxY = -Double.infinity

    public init() {}

    public var isEmpty: Bool { !(minX <= maxX && minY <= maxY) }

    @inline(__always)
    public mutating func add(_ x: Double, _ y: Double) {
        if x < minX { minX = x }
        if x > maxX { maxX = x }
        if y < minY { minY = y }
        if y > maxY { maxY = y }
    }

    public mutating func add(_ o: ProjectedBounds) {
        guard !o.isEmpty else { return }
        add(o.minX, o.minY)
        add(o.maxX, o.maxY)
    }
}
