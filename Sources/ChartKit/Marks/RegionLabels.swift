import Foundation

// Region labels that never overlap. Regions are taken largest first (the reader looks for the
// big ones first, and they have the most room), and each label goes, in order of preference:
//   1. inside its region: at the pole of inaccessibility, or at the inner point nearest to it
//      where the text fits (long, thin regions), in slightly smaller type if need be;
//   2. outside, on a short leader line, at the nearest free spot (preferring the sea or the
//      empty page to lying over other regions);
//   3. as an abbreviation ("BJ", 京) inside the region, then outside on a leader line.
// A label that finds no free place at all is left out, with a warning.

struct RegionLabelRequest {
    var feature: Int
    var id: String
    var text: String
    var abbreviation: String?
    /// The region's rings on the page (every polygon), for containment tests.
    var rings: [[Point]]
    /// The rings of its largest polygon, where the label goes.
    var mainRings: [[Point]]
    var area: Double
    var fill: Color
    /// An outline under the letters (labels over hatching).
    var halo: Color? = nil
}

struct PlacedRegionLabel {
    var feature: Int
    var id: String
    var run: TextRun
    /// The leader line's ends (region anchor, label side) when the label sits outside.
    var leader: (Point, Point)?
}

struct RegionLabeler {
    let style: Style
    /// Labels stay inside this rectangle (the plot area).
    let area: Rect
    /// Every region's rings with their bounds, to tell land from sea; `landIndex` finds the
    /// ones under a point. Every collection a candidate is tested against has such an index:
    /// a map of thousands of regions tries thousands of candidates per label.
    let land: [(bounds: Rect, rings: [[Point]])]
    let landIndex: RectIndex
    let b: SceneBuilder

    private var taken: RectIndex
    private var leaders: [(Point, Point)] = []
    private var leaderIndex = RectIndex()
    /// Where each region's label (or leader) starts: a label outside its region must not hide
    /// another region's.
    private var anchors: [(feature: Int, point: Point)] = []
    private var anchorIndex = RectIndex()
    private(set) var placed: [PlacedRegionLabel] = []

    /// A tiny box around a point or a segment's box, for index queries (the index's overlap
    /// test is strict; the exact test follows on what it returns).
    private static func box(_ a: Point, _ b: Point, pad: Double = 0.01) -> Rect {
        Rect(x: min(a.x, b.x) - pad, y: min(a.y, b.y) - pad, width: abs(a.x - b.x) + 2 * pad, height: abs(a.y - b.y) + 2 * pad)
    }

    /// Sizes tried inside a region, as fractions of the label style's size.
    static let insideScales = [1.0, 0.88, 0.76]

    /// Places the labels; with `within`, regions whose pole lies outside `area` (cut by an
    /// inset's frame) go unlabelled, silently.
    static func place(_ requests: [RegionLabelRequest], style: Style, bounds area: Rect, obstacles: [Rect],
                      land: [[[Point]]], builder b: SceneBuilder, within: Bool = false, warnings: inout [String]) -> [PlacedRegionLabel] {
        // Placement works on outlines simplified to half a pixel (a pixel for telling land from
        // sea): labels need no finer detail, and the tests run many times per label.
        let landBoxes = land.map { rings -> (bounds: Rect, rings: [[Point]]) in
            (PlaneGeometry.bounds(rings), rings.map { PlaneGeometry.simplify($0, tolerance: 1) })
        }
        var labeler = RegionLabeler(style: style, area: area, land: landBoxes, b: b, taken: obstacles)
        var ordered = requests.sorted { $0.area > $1.area }.map { r -> RegionLabelRequest in
            var c = r
            c.rings = r.rings.map { PlaneGeometry.simplify($0, tolerance: 0.5) }
            c.mainRings = r.mainRings.map { PlaneGeometry.simplify($0, tolerance: 0.5) }
            return c
        }
        var poles: [Int: Point] = [:]
        for r in ordered {
            // At page resolution: points a pixel apart are plenty to find where a label has room.
            let coarse = r.mainRings.map { PlaneGeometry.simplify($0, tolerance: 1.5) }
            poles[r.feature] = PlaneGeometry.poleOfInaccessibility(coarse, precision: 1.5).point
        }
        if within { ordered = ordered.filter { area.insetBy(4).containsPoint(poles[$0.feature]!) } }
        labeler.anchors = ordered.map { ($0.feature, poles[$0.feature]!) }
        for a in labeler.anchors { labeler.anchorIndex.insert(box(a.point, a.point)) }

        var left = ordered.filter { !labeler.inside($0, text: $0.text, pole: poles[$0.feature]!, scales: insideScales) }
        left = left.filter { !labeler.outside($0, text: $0.text, anchor: poles[$0.feature]!) }
        for req in left {
            if ChartBudget.isExhausted { break }
            let pole = poles[req.feature]!
            if let a = req.abbreviation, a != req.text,
               labeler.inside(req, text: a, pole: pole, scales: [1.0, 0.88], search: false) || labeler.outside(req, text: a, anchor: pole) {
                continue
            }
            if !within { warnings.append("no room for the label of \(req.text); it is left out") }
        }
        return labeler.placed
    }

    private init(style: Style, area: Rect, land: [(bounds: Rect, rings: [[Point]])], b: SceneBuilder, taken: [Rect]) {
        self.style = style
        self.area = area
        self.land = land
        self.landIndex = RectIndex(land.map(\.bounds), cellSize: 48)
        self.b = b
        self.taken = RectIndex(taken)
    }

    private func free(_ r: Rect) -> Bool {
        guard area.contains(r), !taken.intersectsAny(r) else { return false }
        let query = r.expanded(by: 0.01)
        return !leaderIndex.contains(intersecting: query) { PlaneGeometry.segmentIntersects(leaders[$0].0, leaders[$0].1, r) }
    }

    /// The text's ink box: Pango's logical box has line spacing above and below the letters.
    private func inkBox(_ run: TextRun) -> Rect {
        let r = run.bounds
        let trim = r.height * 0.18
        return Rect(x: r.x, y: r.y + trim, width: r.width, height: max(1, r.height - 2 * trim))
    }

    private func fitsInside(_ run: TextRun, _ rings: [[Point]]) -> Bool {
        let r = inkBox(run).expanded(by: 0.5)
        let probes = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.minX, r.maxY), Point(r.maxX, r.maxY),
                      Point(r.midX, r.minY), Point(r.midX, r.maxY), Point(r.minX, r.midY), Point(r.maxX, r.midY)]
        guard probes.allSatisfy({ PlaneGeometry.contains($0, rings: rings) }) else { return false }
        // No border may cut through the box between the probes.
        for ring in rings where ring.count > 1 {
            var prev = ring[ring.count - 1]
            for p in ring {
                if PlaneGeometry.segmentIntersects(prev, p, r) { return false }
                prev = p
            }
        }
        return true
    }

    private mutating func accept(_ req: RegionLabelRequest, _ run: TextRun, leader: (Point, Point)? = nil) {
        placed.append(PlacedRegionLabel(feature: req.feature, id: req.id, run: run, leader: leader))
        if let leader {
            taken.insert(inkBox(run).expanded(by: 1.5))
            leaders.append(leader)
            leaderIndex.insert(Self.box(leader.0, leader.1))
        } else {
            taken.insert(run.bounds)
        }
    }

    /// Places `text` inside the region: at the pole, else (with `search`) at the nearest inner
    /// point where it fits; each size in turn.
    private mutating func inside(_ req: RegionLabelRequest, text: String, pole: Point, scales: [Double], search: Bool = true) -> Bool {
        var ls = style.region.label
        ls.color = req.fill.lightness < 0.6 ? .white : style.region.label.color
        for scale in scales {
            var s = ls
            s.font.size = ls.font.size * scale
            var atPole = b.text(text, s, at: pole, h: .middle, v: .middle)
            atPole.halo = req.halo
            if fitsInside(atPole, req.rings) && free(atPole.bounds) {
                accept(req, atPole)
                return true
            }
            guard search else { continue }
            let box = PlaneGeometry.bounds(req.mainRings)
            let w = atPole.size.width, h = atPole.size.height
            guard box.width > w * 0.9 && box.height > h * 0.6 else { continue }
            // Candidate centres on a grid, nearest to the pole first; the first that fits wins.
            var candidates: [(Double, Point)] = []
            let step = max(1.5, min(box.width, box.height) / 24)
            var y = box.minY + h / 2
            while y <= box.maxY - h / 2 {
                var x = box.minX + w / 2
                while x <= box.maxX - w / 2 {
                    // The centre itself must be well inside: a cheap first test.
                    candidates.append(((x - pole.x) * (x - pole.x) + (y - pole.y) * (y - pole.y), Point(x, y)))
                    x += step
                }
                y += step
            }
            candidates.sort { $0.0 < $1.0 }
            for (i, (_, c)) in candidates.enumerated() where PlaneGeometry.contains(c, rings: req.rings) {
                if i % 64 == 63 && ChartBudget.isExhausted { return false }
                var run = atPole
                run.position = c
                if fitsInside(run, req.rings) && free(run.bounds) {
                    accept(req, run)
                    return true
                }
            }
        }
        return false
    }

    /// Places `text` outside on a leader line from `anchor`: the nearest free spot, over the sea
    /// or the empty page where possible.
    private mutating func outside(_ req: RegionLabelRequest, text: String, anchor: Point) -> Bool {
        var ls = style.region.label
        ls.color = style.region.label.color
        let halo = style.haloColor
        var best: (score: Double, run: TextRun, end: Point)?
        var run = b.text(text, ls, at: anchor)  // measured once, moved around below
        run.halo = halo
        for radius in [12.0, 18, 26, 36, 48, 62, 80] {
            if let b0 = best, b0.score < radius { break }
            for k in 0..<24 {
                let angle = Double(k) * .pi / 12
                let (c, s) = (cos(angle), sin(angle))
                let end = Point(anchor.x + radius * c, anchor.y + radius * s)
                let h: HorizontalAnchor = c > 0.35 ? .start : (c < -0.35 ? .end : .middle)
                let v: VerticalAnchor = s > 0.35 ? .top : (s < -0.35 ? .bottom : .middle)
                let gap = 1.5
                run.position = Point(end.x + (h == .start ? gap : h == .end ? -gap : 0), end.y + (v == .top ? gap : v == .bottom ? -gap : 0))
                run.hAnchor = h
                run.vAnchor = v
                let box = inkBox(run).expanded(by: 1.5)
                guard free(box) else { continue }
                let near = box.expanded(by: 3)
                if anchorIndex.contains(intersecting: near.expanded(by: 0.01), where: {
                    anchors[$0].feature != req.feature && near.containsPoint(anchors[$0].point)
                }) { continue }
                // The leader crosses no label and no other leader.
                let leaderBox = Self.box(anchor, end, pad: 1.01)
                if taken.contains(intersecting: leaderBox, where: { PlaneGeometry.segmentIntersects(anchor, end, taken.rects[$0].expanded(by: 1)) }) { continue }
                if leaderIndex.contains(intersecting: leaderBox, where: { PlaneGeometry.segmentsCross(anchor, end, leaders[$0].0, leaders[$0].1) }) { continue }
                // Prefer the sea or the empty page to lying over other regions (only worth
                // finding out when this spot could beat the best so far).
                if let b0 = best, b0.score <= radius { continue }
                let probes = [Point(box.minX, box.minY), Point(box.maxX, box.minY), Point(box.minX, box.maxY),
                              Point(box.maxX, box.maxY), Point(box.midX, box.midY)]
                var overLand = 0
                for p in probes where landIndex.contains(intersecting: Self.box(p, p), where: {
                    land[$0].bounds.containsPoint(p) && PlaneGeometry.contains(p, rings: land[$0].rings)
                }) { overLand += 1 }
                let score = radius + Double(overLand) * 9
                if best == nil || score < best!.score { best = (score, run, end) }
            }
        }
        guard let best else { return false }
        accept(req, best.run, leader: (anchor, best.end))
        return true
    }
}
