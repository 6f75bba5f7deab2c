import Foundation

// Geometry of projected regions on the page: areas, point-in-polygon, distances to edges and
// the pole of inaccessibility (the inner point farthest from every edge), where a region's
// label has the most room. The polylabel algorithm (Agafonkin, Mapbox 2016): cover the
// polygon with square cells, and keep splitting the cells that could still hold a point
// farther from the edges than the best found, nearest-first by that bound.

enum PlaneGeometry {
    /// Signed shoelace area (positive for counter-clockwise on a y-up plane).
    static func signedArea(_ ring: [Point]) -> Double {
        guard ring.count > 2 else { return 0 }
        var a = 0.0
        var prev = ring[ring.count - 1]
        for p in ring {
            a += prev.x * p.y - p.x * prev.y
            prev = p
        }
        return a / 2
    }

    /// Area of a polygon (outer ring less its holes).
    static func area(_ rings: [[Point]]) -> Double {
        guard let outer = rings.first else { return 0 }
        return max(0, abs(signedArea(outer)) - rings.dropFirst().reduce(0) { $0 + abs(signedArea($1)) })
    }

    static func bounds(_ rings: [[Point]]) -> Rect {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for ring in rings {
            for p in ring {
                minX = min(minX, p.x); maxX = max(maxX, p.x)
                minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        guard minX <= maxX else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// Even-odd containment over every ring (holes and separate parts alike).
    static func contains(_ p: Point, rings: [[Point]]) -> Bool {
        var inside = false
        for ring in rings {
            guard ring.count > 2 else { continue }
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
                    inside.toggle()
                }
                j = i
            }
        }
        return inside
    }

    /// Squared distance from p to segment ab.
    @inline(__always)
    static func segmentDistanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        var x = a.x, y = a.y
        var dx = b.x - x, dy = b.y - y
        if dx != 0 || dy != 0 {
            let t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy)
            if t > 1 { x = b.x; y = b.y } else if t > 0 { x += dx * t; y += dy * t }
        }
        dx = p.x - x
        dy = p.y - y
        return dx * dx + dy * dy
    }

    /// Distance to the nearest edge, positive inside, negative outside.
    static func signedDistance(_ p: Point, rings: [[Point]]) -> Double {
        var inside = false
        var best = Double.infinity
        for ring in rings {
            guard ring.count > 1 else { continue }
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
                best = min(best, segmentDistanceSquared(p, a, b))
                j = i
            }
        }
        return (inside ? 1 : -1) * best.squareRoot()
    }

    /// The pole of inaccessibility of a polygon and its distance to the nearest edge, to within
    /// `precision`.
    static func poleOfInaccessibility(_ rings: [[Point]], precision: Double = 1) -> (point: Point, distance: Double) {
        let box = bounds(rings)
        let cellSize = min(box.width, box.height)
        guard cellSize > 0 else { return (Point(box.x, box.y), 0) }

        struct Cell {
            var center: Point
            var half: Double
            var distance: Double
            var potential: Double { distance + half * 2.squareRoot() }
        }
        func cell(_ x: Double, _ y: Double, _ h: Double) -> Cell {
            Cell(center: Point(x, y), half: h, distance: signedDistance(Point(x, y), rings: rings))
        }

        var heap = MaxHeap<Cell> { $0.potential < $1.potential }
        let h = cellSize / 2
        var x = box.minX
        while x < box.maxX {
            var y = box.minY
            while y < box.maxY {
                heap.push(cell(x + h, y + h, h))
                y += cellSize
            }
            x += cellSize
        }
        func centroidCell() -> Cell {
            guard let ring = rings.first, ring.count > 2 else { return cell(box.midX, box.midY, 0) }
            var area = 0.0, cx = 0.0, cy = 0.0
            var prev = ring[ring.count - 1]
            for p in ring {
                let f = prev.x * p.y - p.x * prev.y
                cx += (prev.x + p.x) * f
                cy += (prev.y + p.y) * f
                area += f * 3
                prev = p
            }
            return area == 0 ? cell(ring[0].x, ring[0].y, 0) : cell(cx / area, cy / area, 0)
        }

        var best = centroidCell()
        let middle = cell(box.midX, box.midY, 0)
        if middle.distance > best.distance { best = middle }

        var probes = 0
        while let c = heap.pop() {
            if c.distance > best.distance { best = c }
            if c.potential - best.distance <= precision { continue }
            probes += 1
            if probes > 4000 { break }  // a safety net for degenerate input
            let q = c.half / 2
            heap.push(cell(c.center.x - q, c.center.y - q, q))
            heap.push(cell(c.center.x + q, c.center.y - q, q))
            heap.push(cell(c.center.x - q, c.center.y + q, q))
            heap.push(cell(c.center.x + q, c.center.y + q, q))
        }
        return (best.center, best.distance)
    }

    /// Douglas-Peucker simplification: the fewest points that keep the outline within
    /// `tolerance` of the original. The first and last points stay (a closed ring stays closed);
    /// a ring never drops below 4 points.
    static func simplify(_ input: [Point], tolerance: Double) -> [Point] {
        // Points much closer together than the tolerance go first, in one cheap pass.
        let ring = thin(input, tolerance: tolerance * 0.4)
        let n = ring.count
        guard n > 4 else { return ring }
        var keep = [Bool](repeating: false, count: n)
        keep[0] = true
        keep[n - 1] = true
        let t2 = tolerance * tolerance
        var stack: [(Int, Int)] = [(0, n - 1)]
        ring.withUnsafeBufferPointer { p in
            while let (first, last) = stack.popLast() {
                guard last > first + 1 else { continue }
                var worst = 0.0, index = -1
                let a = p[first], b = p[last]
                for k in (first + 1)..<last {
                    let d = segmentDistanceSquared(p[k], a, b)
                    if d > worst { worst = d; index = k }
                }
                if index >= 0 && worst > t2 {
                    keep[index] = true
                    stack.append((first, index))
                    stack.append((index, last))
                }
            }
        }
        var out: [Point] = []
        out.reserveCapacity(n / 4)
        for k in 0..<n where keep[k] { out.append(ring[k]) }
        return out.count >= 4 ? out : thin(ring, tolerance: tolerance)
    }

    /// Drops points closer than `tolerance` to the last point kept (the first and last always
    /// stay), for drawing and for label search at page resolution.
    static func thin(_ ring: [Point], tolerance: Double) -> [Point] {
        guard ring.count > 4 else { return ring }
        let t2 = tolerance * tolerance
        var out: [Point] = [ring[0]]
        out.reserveCapacity(ring.count)
        var last = ring[0]
        for p in ring.dropFirst().dropLast() {
            let dx = p.x - last.x, dy = p.y - last.y
            if dx * dx + dy * dy >= t2 {
                out.append(p)
                last = p
            }
        }
        out.append(ring[ring.count - 1])
        return out.count >= 4 ? out : ring
    }

    /// Diagonal hatching (lines rising to the right, `spacing` apart) clipped to the area of the
    /// rings (even-odd), as segments. Lines sit on a fixed page grid, so neighbouring regions'
    /// hatching lines up.
    static func hatch(_ rings: [[Point]], spacing: Double) -> [(Point, Point)] {
        // Rotate by 45°: hatch lines become lines of constant v.
        let r = 1 / 2.squareRoot()
        var vMin = Double.infinity, vMax = -Double.infinity
        for ring in rings { for p in ring { let v = (p.x + p.y) * r; vMin = min(vMin, v); vMax = max(vMax, v) } }
        guard vMin < vMax, spacing > 0 else { return [] }
        var out: [(Point, Point)] = []
        var v = (vMin / spacing).rounded(.up) * spacing
        var crossings: [Double] = []
        while v < vMax {
            crossings.removeAll(keepingCapacity: true)
            for ring in rings where ring.count > 1 {
                var prev = ring[ring.count - 1]
                var pv = (prev.x + prev.y) * r
                for p in ring {
                    let qv = (p.x + p.y) * r
                    if (pv > v) != (qv > v) {
                        let t = (v - pv) / (qv - pv)
                        let pu = (prev.x - prev.y) * r, qu = (p.x - p.y) * r
                        crossings.append(pu + (qu - pu) * t)
                    }
                    prev = p
                    pv = qv
                }
            }
            crossings.sort()
            var k = 0
            while k + 1 < crossings.count {
                let u0 = crossings[k], u1 = crossings[k + 1]
                // Back from (u, v): x = (u + v) r, y = (v - u) r.
                out.append((Point((u0 + v) * r, (v - u0) * r), Point((u1 + v) * r, (v - u1) * r)))
                k += 2
            }
            v += spacing
        }
        return out
    }

    /// True when segment ab crosses or touches the rectangle.
    static func segmentIntersects(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        // Most segments lie wholly to one side of the rectangle.
        if (a.x < r.minX && b.x < r.minX) || (a.x > r.maxX && b.x > r.maxX) ||
           (a.y < r.minY && b.y < r.minY) || (a.y > r.maxY && b.y > r.maxY) { return false }
        if r.containsPoint(a) || r.containsPoint(b) { return true }
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        for k in 0..<4 where segmentsCross(a, b, corners[k], corners[(k + 1) % 4]) { return true }
        return false
    }

    static func segmentsCross(_ p1: Point, _ p2: Point, _ p3: Point, _ p4: Point) -> Bool {
        func cross(_ o: Point, _ a: Point, _ b: Point) -> Double { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
        let d1 = cross(p3, p4, p1), d2 = cross(p3, p4, p2), d3 = cross(p1, p2, p3), d4 = cross(p1, p2, p4)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    /// True when any part of the rings' area or outline lies inside the rectangle.
    static func overlaps(_ rings: [[Point]], _ r: Rect) -> Bool {
        for ring in rings {
            guard ring.count > 1 else { continue }
            var prev = ring[ring.count - 1]
            for p in ring {
                if r.containsPoint(p) { return true }
                if segmentIntersects(prev, p, r) { return true }
                prev = p
            }
        }
        // The rectangle may lie wholly inside the area.
        return contains(Point(r.midX, r.midY), rings: rings)
    }
}

extension Rect {
    func containsPoint(_ p: Point) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }

    /// The area shared with another rectangle (0 when apart).
    func overlapArea(_ o: Rect) -> Double {
        let w = min(maxX, o.maxX) - max(minX, o.minX), h = min(maxY, o.maxY) - max(minY, o.minY)
        return w > 0 && h > 0 ? w * h : 0
    }

    func expanded(by d: Double) -> Rect { Rect(x: x - d, y: y - d, width: width + 2 * d, height: height + 2 * d) }

    func union(_ o: Rect) -> Rect {
        let x0 = min(minX, o.minX), y0 = min(minY, o.minY)
        return Rect(x: x0, y: y0, width: max(maxX, o.maxX) - x0, height: max(maxY, o.maxY) - y0)
    }
}

/// A binary max-heap ordered by `less`.
struct MaxHeap<Element> {
    private var items: [Element] = []
    private let less: (Element, Element) -> Bool

    init(less: @escaping (Element, Element) -> Bool) { self.less = less }

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ e: Element) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(items[parent], items[i]) else { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && less(items[m], items[l]) { m = l }
                if r < items.count && less(items[m], items[r]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
