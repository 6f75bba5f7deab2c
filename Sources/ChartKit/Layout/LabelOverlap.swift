// Vega-Lite's `labelOverlap`: what an axis does with labels that would overlap. false draws
// them all; true and "parity" drop every other label until none overlap; "greedy" walks the
// labels in order and drops each that overlaps the last one kept. Vega-Lite's default is
// "greedy" on log scales and true on other continuous scales (a band axis thins its labels
// as CategoryLabels.fit chooses unless the spec says).

enum LabelOverlap: Sendable, Equatable {
    case off, parity, greedy

    /// `true`, `false`, "parity" or "greedy".
    static func decode(_ a: ObjectReader, _ key: String, log: DiagnosticLog) -> LabelOverlap? {
        guard let n = a[key] else { return nil }
        switch n.value {
        case .bool(let on): return on ? .parity : .off
        case .string("parity"): return .parity
        case .string("greedy"): return .greedy
        default:
            log.error(n.location, a.childPath(key), "must be true, false, \"parity\" or \"greedy\"")
            return nil
        }
    }

    /// Vega-Lite's policy for a continuous axis: the spec's, else greedy on a log scale.
    static func policy(_ axis: AxisSpec?, log: Bool) -> LabelOverlap {
        axis?.more.labelOverlap ?? (log ? .greedy : .parity)
    }

    /// The labels (in axis order) that are drawn; empty ones take no room and are dropped.
    func thin(_ runs: [TextRun]) -> [TextRun] {
        var kept = runs.filter { !$0.text.isEmpty }
        switch self {
        case .off: return kept
        case .parity:
            while kept.count > 2 && Self.anyOverlap(kept) { kept = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) }
            return kept
        case .greedy:
            var out: [TextRun] = []
            for r in kept where out.last.map({ !Self.overlap($0, r) }) ?? true { out.append(r) }
            return out
        }
    }

    /// A band axis's thinning under this policy: all labels when off, every n-th rounded up to
    /// a power of two for parity (each round halves them); greedy keeps every n-th as fitted.
    func thin(_ labels: CategoryLabels) -> CategoryLabels {
        var l = labels
        switch self {
        case .off: l.every = 1
        case .parity: while l.every & (l.every - 1) != 0 { l.every += 1 }
        case .greedy: break
        }
        return l
    }

    private static func anyOverlap(_ runs: [TextRun]) -> Bool {
        zip(runs, runs.dropFirst()).contains { overlap($0, $1) }
    }

    private static func overlap(_ a: TextRun, _ b: TextRun) -> Bool {
        let p = a.bounds, q = b.bounds
        return p.x < q.maxX && q.x < p.maxX && p.y < q.maxY && q.y < p.maxY
    }
}
