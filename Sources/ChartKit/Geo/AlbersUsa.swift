import Foundation

// d3-geo's albersUsa: a composite of three conic equal-area projections (the lower 48 states,
// Alaska at 0.35× and Hawaii), each drawing only what falls in its box, Alaska and Hawaii moved
// below the south-west of the lower 48. Ported from d3-geo (src/projection/albersUsa.js,
// albers.js, conicEqualArea.js, projection/index.js), which carries this notice:
//
//   Copyright 2010-2021 Mike Bostock
//   Permission to use, copy, modify, and/or distribute this software for any purpose with or
//   without fee is hereby granted, provided that the above copyright notice and this permission
//   notice appear in all copies.
//   THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
//   SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL
//   THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY
//   DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF
//   CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE
//   OR PERFORMANCE OF THIS SOFTWARE.
//
// Coordinates here are d3's at scale 1 and translate [0, 0] (x right, y down): every part of
// the composite scales and shifts with the projection's scale and translate, clip boxes too,
// so fitting to a view is one scale and one shift of these (MapFit-like, see GeoFit). Not
// ported: d3's adaptive resampling of long edges (under half a pixel on the gallery's maps)
// and the 1e-6 px epsilon of the Alaska and Hawaii boxes.

/// d3's conicEqualArea after rotation [-rotate, 0] and `center`, at scale 1, translate 0.
struct ConicEqualArea: Sendable {
    let n, c, r0: Double
    let rotate: Double
    let cx, cy: Double

    /// `rotate` and `center` in degrees as d3 takes them; parallels in degrees.
    init(parallels: (Double, Double), rotate: Double, center: (Double, Double)) {
        let sy0 = sin(parallels.0 * .pi / 180)
        n = (sy0 + sin(parallels.1 * .pi / 180)) / 2
        c = 1 + sy0 * (2 * n - sy0)
        r0 = c.squareRoot() / n
        self.rotate = rotate * .pi / 180
        let raw = Self.raw(lambda: center.0 * .pi / 180, phi: center.1 * .pi / 180, n: n, c: c, r0: r0)
        cx = raw.x
        cy = raw.y
    }

    @inline(__always)
    static func raw(lambda: Double, phi: Double, n: Double, c: Double, r0: Double) -> (x: Double, y: Double) {
        let r = max(0, c - 2 * n * sin(phi)).squareRoot() / n
        let a = lambda * n
        return (r * sin(a), r0 - r * cos(a))
    }

    /// Degrees to d3's page coordinates (y down) at scale 1, translate 0.
    @inline(__always)
    func project(_ p: GeoPoint) -> Point {
        var lambda = p.lon * .pi / 180 + rotate
        if lambda > .pi { lambda -= 2 * .pi } else if lambda < -.pi { lambda += 2 * .pi }
        let q = Self.raw(lambda: lambda, phi: p.lat * .pi / 180, n: n, c: c, r0: r0)
        return Point(q.x - cx, -(q.y - cy))
    }
}

/// One part of a composite: a conic, its scale and shift relative to the whole, and its box.
struct CompositePart: Sendable {
    var conic: ConicEqualArea
    var scale: Double
    var shift: Point
    var clip: Rect

    @inline(__always)
    func project(_ p: GeoPoint) -> Point {
        let q = conic.project(p)
        return Point(shift.x + scale * q.x, shift.y + scale * q.y)
    }
}

enum AlbersUsa {
    /// d3.geoAlbers(): the lower 48 (USGS parallels 29.5° and 45.5°).
    static let lower48 = CompositePart(conic: ConicEqualArea(parallels: (29.5, 45.5), rotate: 96, center: (-0.6, 38.7)),
                                       scale: 1, shift: Point(0, 0), clip: Rect(x: -0.455, y: -0.238, width: 0.91, height: 0.476))
    /// EPSG:3338.
    static let alaska = CompositePart(conic: ConicEqualArea(parallels: (55, 65), rotate: 154, center: (-2, 58.5)),
                                      scale: 0.35, shift: Point(-0.307, 0.201), clip: Rect(x: -0.425, y: 0.120, width: 0.211, height: 0.114))
    /// ESRI:102007.
    static let hawaii = CompositePart(conic: ConicEqualArea(parallels: (8, 18), rotate: 157, center: (-3, 19.9)),
                                      scale: 1, shift: Point(-0.205, 0.212), clip: Rect(x: -0.214, y: 0.166, width: 0.099, height: 0.068))
    static let parts = [lower48, alaska, hawaii]
}
