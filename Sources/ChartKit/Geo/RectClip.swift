import Foundation

// Clipping projected geometry to a box, as d3-geo's clipExtent does for the parts of a
// composite projection: a ring keeps the part inside (Sutherland–Hodgman against each edge of
// the box, which is convex, so the filled area is exactly the inside part), a line is cut into
// the runs inside (Liang–Barsky per segment), a point stays when inside.

enum RectClip {
    static func ring(_ ring: [Point], to box: Rect) -> [Point] {
        var pts = ring
        if let f = pts.first, let l = pts.last, f == l { pts.removeLast() }
        let edges: [(Point) -> Double] = [
            { $0.x - box.x }, { box.maxX - $0.x }, { $0.y - box.y }, { box.maxY - $0.y },
        ]
        for inside in edges {
            guard !pts.isEmpty else { break }
            var out: [Point] = []
            out.reserveCapacity(pts.count + 4)
            var prev = pts[pts.count - 1]
            var prevIn = inside(prev)
            for p in pts {
                let d = inside(p)
                if (d >= 0) != (prevIn >= 0) {
                    let t = prevIn / (prevIn - d)
                    out.append(Point(prev.x + t * (p.x - prev.x), prev.y + t * (p.y - prev.y)))
                }
                if d >= 0 { out.append(p) }
                prev = p
                prevIn = d
            }
            pts = out
        }
        return pts.count >= 3 ? pts : []
    }

    /// The runs of `line` inside `box`.
    static func line(_ line: [Point], to box: Rect) -> [[Point]] {
        var runs: [[Point]] = []
        var run: [Point] = []
        for (a, b) in zip(line, line.dropFirst()) {
            guard let (p, q) = segment(a, b, box) else {
                if run.count > 1 { runs.append(run) }
                run = []
                continue
            }
            if run.isEmpty || run.last! != p {
                if run.count > 1 { runs.append(run) }
                run = [p]
            }
            run.append(q)
        }
        if run.count > 1 { runs.append(run) }
        return runs
    }

    static func segment(_ a: Point, _ b: Point, _ box: Rect) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - box.x), (dx, box.maxX - a.x), (-dy, a.y - box.y), (dy, box.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil } else if r > t0 { t0 = r } } else { if r < t0 { return nil } else if r < t1 { t1 = r } }
            }
        }
        return (Point(a.x + t0 * dx, a.y + t0 * dy), Point(a.x + t1 * dx, a.y + t1 * dy))
    }

    static func contains(_ box: Rect, _ p: Point) -> Bool {
        p.x >= box.x && p.x <= box.maxX && p.y >= box.y && p.y <= box.maxY
    }
}

/// A shape projected to d3's unscaled page coordinates (y down).
struct ProjectedShape {
    var rings: [[Point]] = []
    var lines: [[Point]] = []
    var points: [Point] = []

    /// Through every part of a composite, each clipped to its box (d3's multiplex stream).
    init(_ shape: GeoShape, parts: [CompositePart]) {
        for part in parts {
            for pg in shape.polygons {
                for r in pg.rings {
                    let clipped = RectClip.ring(r.map(part.project), to: part.clip)
                    if !clipped.isEmpty { rings.append(clipped) }
                }
            }
            for l in shape.lines { lines += RectClip.line(l.map(part.project), to: part.clip) }
            for p in shape.points {
                let q = part.project(p)
                if RectClip.contains(part.clip, q) { points.append(q) }
            }
        }
    }

    func addBounds(to b: inout ProjectedBounds) {
        for r in rings { for p in r { b.add(p.x, p.y) } }
        for l in lines { for p in l { b.add(p.x, p.y) } }
        for p in points { b.add(p.x, p.y) }
    }
}

/// d3's projection.fitSize: the scale and translate that centre the bounds in the view.
struct GeoFit {
    var k: Double
    var x: Double
    var y: Double

    init(bounds b: ProjectedBounds, into box: Rect) {
        guard !b.isEmpty else { k = 1; x = box.midX; y = box.midY; return }
        k = min(box.width / max(b.maxX - b.minX, 1e-12), box.height / max(b.maxY - b.minY, 1e-12))
        x = box.x + (box.width - k * (b.maxX + b.minX)) / 2
        y = box.y + (box.height - k * (b.maxY + b.minY)) / 2
    }

    @inline(__always)
    func apply(_ p: Point) -> Point { Point(x + k * p.x, y + k * p.y) }
}
