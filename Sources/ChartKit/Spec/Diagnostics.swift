// Errors that point into the user's files.
//
// Every problem with a spec, a style or a data file becomes a Diagnostic with the place it
// comes from and the field path, printed the way compilers do so editors can jump to it:
//   figure2.json:14:9: encoding.y.field "targt" is not a column of data/x.csv (columns: region, target); did you mean "target"?

public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; nil when the whole file is at fault (unreadable, missing).
    public var location: SourceLocation?
    /// The file when there is no line to point at.
    public var file: String?
    /// The dotted field path inside the spec or style ("encoding.y.field"), empty for syntax errors.
    public var path: String
    public var message: String

    public init(at location: SourceLocation?, path: String = "", _ message: String, file: String? = nil) {
        self.location = location
        self.path = path
        self.message = message
        self.file = file ?? location?.file
    }

    public var description: String {
        var out = ""
        if let location { out = "\(location): " } else if let file { out = "\(file): " }
        if !path.isEmpty { out += "\(path) " }
        return out + message
    }
}

/// One or more diagnostics; thrown by every stage before rendering.
public struct ChartError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Warnings given before the error, printed with it: one can be its cause (a field an
    /// expression misspells reads as null, and the chart is then refused for its nulls).
    public var warnings: [String] = []

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
    public init(file: String, _ message: String) {
        self.diagnostics = [Diagnostic(at: nil, message, file: file)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// The diagnostics as a person should read them: each once, at most
    /// `Limits.errorsPerSpec`, the rest counted in a last line.
    public func capped(limit: Int = Limits.errorsPerSpec) -> ChartError {
        let (kept, rest) = firstUnique(diagnostics, limit: limit)
        let file = kept.first?.file ?? "spec"
        var capped = ChartError(rest > 0 ? kept + [Diagnostic(at: nil, "… and \(rest) more error\(rest == 1 ? "" : "s") (fix these first)", file: file)] : kept)
        capped.warnings = warnings
        return capped
    }
}

/// Warnings as a person should read them: each once, at most `Limits.warningsPerChart`.
func cappedWarnings(_ warnings: [String]) -> [String] {
    let (kept, rest) = firstUnique(warnings, limit: Limits.warningsPerChart)
    return rest > 0 ? kept + ["… and \(rest) more warning\(rest == 1 ? "" : "s")"] : kept
}

/// The first `limit` distinct items in order, and how many distinct ones were left out.
private func firstUnique<T: Hashable>(_ items: [T], limit: Int) -> (kept: [T], rest: Int) {
    var seen = Set<T>()
    let unique = items.filter { seen.insert($0).inserted }
    return (Array(unique.prefix(limit)), max(0, unique.count - limit))
}

/// Collects diagnostics while a stage keeps going, so `validate` can report every error at once.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    /// Row problems past the per-kind cap, counted: (data file, count) by call site.
    private var suppressed: [String: (file: String, count: Int)] = [:]
    private var suppressedOrder: [String] = []
    private var rowErrorCounts: [String: Int] = [:]

    var isEmpty: Bool { diagnostics.isEmpty && suppressed.isEmpty }

    func error(_ location: SourceLocation?, _ path: String, _ message: String) {
        diagnostics.append(Diagnostic(at: location, path: path, message))
    }

    /// Keys accepted although they cannot take effect in a static picture (tooltips,
    /// selections, a container's size): named, never dropped without a word.
    private(set) var warnings: [Diagnostic] = []

    func warning(_ location: SourceLocation?, _ path: String, _ message: String) {
        warnings.append(Diagnostic(at: location, path: path, message))
    }

    /// An error about one row of data. A bad column gives the same error on every row, so
    /// each kind (call site and data file) is printed `Limits.errorsPerColumn` times and the
    /// rest are counted in one closing line.
    func rowError(_ location: SourceLocation, _ message: String, site: Int = #line, in source: String = #fileID) {
        let key = "\(source):\(site)|\(location.file)"
        let seen = rowErrorCounts[key, default: 0]
        rowErrorCounts[key] = seen + 1
        if seen < Limits.errorsPerColumn {
            diagnostics.append(Diagnostic(at: location, message))
            return
        }
        if suppressed[key] == nil { suppressedOrder.append(key) }
        suppressed[key, default: (location.file, 0)].count += 1
    }

    private var onceKeys = Set<String>()

    /// True the first time it is asked with `key`: a problem of a data column shared by
    /// several layers is reported for the first of them only.
    func firstTime(_ key: String) -> Bool { onceKeys.insert(key).inserted }

    func append(_ d: Diagnostic) { diagnostics.append(d) }
    func append(contentsOf ds: [Diagnostic]) { diagnostics.append(contentsOf: ds) }

    func throwIfAny() throws(ChartError) {
        for key in suppressedOrder {
            let s = suppressed[key]!
            diagnostics.append(Diagnostic(at: nil, "… and \(s.count) more row\(s.count == 1 ? "" : "s") with the same problem as above", file: s.file))
        }
        suppressed = [:]
        suppressedOrder = []
        if !diagnostics.isEmpty { throw ChartError(diagnostics) }
    }
}

// MARK: - Suggestions

enum Suggest {
    /// The candidate nearest to `word` when it is close enough to be a plausible typo.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        // A word this long is no typo of a key or a name, and comparing it costs its length
        // times each candidate's.
        guard word.utf8.count <= 100 else { return nil }
        let lower = word.lowercased()
        var best: (String, Int)?
        for c in candidates where c.utf8.count <= 100 {
            let d = editDistance(lower, c.lowercased())
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (candidate, distance) = best else { return nil }
        // Allow about one edit in three characters, at least one.
        let limit = max(1, min(word.count, candidate.count) / 3)
        return distance <= limit ? candidate : nil
    }

    /// "; did you mean \"x\"?" or "".
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        guard let n = nearest(word, in: candidates) else { return "" }
        return "; did you mean \"\(n)\"?"
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent
    /// transpositions ("tagret" → "target") each count as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var d = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { d[i * width] = i }
        for j in 0...b.count { d[j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    v = min(v, d[(i - 2) * width + j - 2] + 1)
                }
                d[i * width + j] = v
            }
        }
        return d[a.count * width + b.count]
    }
}
