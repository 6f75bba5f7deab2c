import Foundation

// House styles: every font, size, colour and spacing a chart uses, from a JSON file.
//
// styles/ccnt.json is complete and is the single source of the defaults; another style names
// it in "extends" and lists only what differs (print.json). A spec's "config" overrides single
// values for one chart. The three are merged as JSON trees (objects merge, other values replace)
// and decoded once, so an error in any of them points at its own file and line.

public struct TextStyle: Sendable, Equatable {
    public var font: Font
    public var color: Color
    /// The widest the text may be, in pixels: longer text is cut and ends in "…" (Vega's
    /// `titleLimit`); nil for no limit.
    public var limit: Double? = nil
}

public struct AxisStyle: Sendable, Equatable {
    public var label: TextStyle
    public var title: TextStyle
    public var domainColor: Color
    public var domainWidth: Double
    public var tickColor: Color
    public var tickSize: Double
    public var tickWidth: Double
    public var labelPadding: Double
    public var titlePadding: Double
    public var grid: Bool
    public var gridColor: Color
    public var gridWidth: Double
    public var gridDash: [Double]
    /// Horizontal tick labels wider than this many pixels wrap (then rotate).
    public var labelLimit: Double
}

public struct LegendStyle: Sendable, Equatable {
    public var label: TextStyle
    public var title: TextStyle
    public var orient: LegendOrient
    public var swatchSize: Double
    public var swatchGap: Double
    public var itemGap: Double
}

public struct BarStyle: Sendable, Equatable {
    public var color: Color
    /// Space between bands as a fraction of the step (d3's paddingInner).
    public var bandPadding: Double
    /// Space between the bars of one group, as a fraction of a bar's slot.
    public var groupPadding: Double
    public var label: TextStyle
    public var labelPadding: Double
    /// Outline between stacked segments, in the background colour; 0 for none.
    public var segmentGap: Double
}

public struct RuleStyle: Sendable, Equatable {
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var label: TextStyle
}

public struct LineStyle: Sendable, Equatable {
    public var width: Double
    public var pointRadius: Double
    /// Series names at line ends.
    public var endLabel: TextStyle
}

public struct AreaStyle: Sendable, Equatable {
    public var opacity: Double
}

public struct BandStyle: Sendable, Equatable {
    public var color: Color
    public var opacity: Double
    public var label: TextStyle
}

/// Maps: fills, borders, labels and the default colour schemes.
public struct RegionStyle: Sendable, Equatable {
    /// The fill of regions with data when no colour field is encoded.
    public var color: Color
    /// The fill of regions without data, and the hatching over it ("transparent" for none):
    /// hatching tells "no data" from a pale class in grayscale.
    public var noDataColor: Color
    public var noDataHatch: Color
    /// Borders between regions.
    public var stroke: Color
    public var strokeWidth: Double
    /// Space between the map and the edges of its area.
    public var padding: Double
    public var label: TextStyle
    /// Leader lines from small regions to their labels, and the inset's frame.
    public var leaderColor: Color
    /// Default schemes: for sequential scales and classes, and for diverging ones.
    public var scheme: String
    public var divergingScheme: String
}

public struct Style: Sendable, Equatable {
    public var name: String
    public var width: Double
    public var height: Double
    public var background: Color
    public var padding: Double
    /// Vertical gaps: after the title block, before the notes/source block.
    public var headerGap: Double
    public var footerGap: Double
    public var title: TextStyle
    public var subtitle: TextStyle
    public var notes: TextStyle
    public var source: TextStyle
    public var axis: AxisStyle
    public var legend: LegendStyle
    public var bar: BarStyle
    public var line: LineStyle
    public var area: AreaStyle
    public var rule: RuleStyle
    public var band: BandStyle
    public var region: RegionStyle
    /// Colours for categories, in order; chosen to stay apart in grayscale and for colour-blind readers.
    public var category: [Color]
    /// Draw every colour as the gray of the same lightness, including colours a spec names
    /// itself: a style for black-and-white printing must hold for every chart.
    public var grayscale: Bool = false

    /// The colour behind labels that must stay readable over marks: the background, or white
    /// where the background is transparent.
    var haloColor: Color { background.a > 0 ? background : .white }
}

// MARK: - Loading

public enum StyleLoader {
    public static let defaultName = "ccnt"

    /// The folder of bundled styles: beside the executable's resource bundle, or the
    /// CCNT_CHART_STYLES environment variable (for embedding programs that move files around).
    static func bundledStylesDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["CCNT_CHART_STYLES"], !env.isEmpty { return env }
        return Resources.directory(named: "styles")
    }

    /// The style file for a name ("print") or a path ("my/house.json", relative to `base`).
    static func locate(_ nameOrPath: String, base: String) -> String? {
        if isPath(nameOrPath) {
            return FileAccess.resolve(nameOrPath, against: base)
        }
        guard let dir = bundledStylesDirectory() else { return nil }
        return (dir as NSString).appendingPathComponent("\(nameOrPath).json")
    }

    /// True when a style is named by a file path rather than a bundled name.
    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.hasSuffix(".json") || nameOrPath.contains("/")
    }

    /// The policy for a style the caller names itself (the CLI's --style): its own folder joins
    /// the spec's allowed folders, so what it `extends` beside it can be read.
    static func callerPolicy(_ nameOrPath: String, spec: PathPolicy) -> PathPolicy {
        guard isPath(nameOrPath), let file = locate(nameOrPath, base: ".") else { return spec }
        return spec.adding(root: (FileAccess.absolute(file) as NSString).deletingLastPathComponent)
    }

    static func bundledNames() -> [String] {
        guard let dir = bundledStylesDirectory(),
              let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a style and everything it extends as one merged JSON tree.
    /// `files` collects each file read, with its identity (what a decoded style is cached by).
    static func loadTree(_ nameOrPath: String, base: String, requestedAt: SourceLocation?, path: String, paths: PathPolicy,
                         seen: [String] = [], files: inout [String]) throws(ChartError) -> JSONNode {
        guard let file = locate(nameOrPath, base: base) else {
            throw ChartError(Diagnostic(at: requestedAt, path: path, "cannot find the bundled styles (set CCNT_CHART_STYLES to the styles folder)", file: requestedAt == nil ? nameOrPath : nil))
        }
        if isPath(nameOrPath) {
            try FileAccess.confine(file, policy: paths, what: "style file", location: requestedAt, fieldPath: path, written: nameOrPath)
        }
        guard FileManager.default.fileExists(atPath: file) else {
            let names = bundledNames()
            let isName = !isPath(nameOrPath)
            let message = isName
                ? "\"\(nameOrPath)\" is not a style (bundled: \(names.joined(separator: ", ")); or give a path to a .json file)\(Suggest.didYouMean(nameOrPath, in: names))"
                : "style file \"\(Quote.short(file))\" not found"
            throw ChartError(Diagnostic(at: requestedAt, path: path, message, file: requestedAt == nil ? "style" : nil))
        }
        if seen.contains(file) {
            throw ChartError(Diagnostic(at: requestedAt, path: path, "styles extend each other in a loop: \((seen + [file]).joined(separator: " → "))"))
        }
        let tree = try parsedFile(file, requestedAt: requestedAt, path: path)
        files.append(file + "|" + (DataFileCache.fileIdentity(file) ?? ""))
        guard let members = tree.members else {
            throw ChartError(Diagnostic(at: tree.location, "a style must be a JSON object, found \(tree.kindName)"))
        }
        if let ext = tree["extends"] {
            guard case .string(let parent) = ext.value else {
                throw ChartError(Diagnostic(at: ext.location, path: "extends", "must be a style name or path, found \(ext.kindName)"))
            }
            let parentTree = try loadTree(parent, base: (file as NSString).deletingLastPathComponent, requestedAt: ext.location,
                                          path: "extends", paths: paths, seen: seen + [file], files: &files)
            let own = JSONNode(.object(members.filter { $0.key != "extends" }), at: tree.location)
            return merge(parentTree, own)
        }
        return tree
    }

    /// The style files a chart depends on: the named file and every file it extends, for
    /// incremental builds. Files that cannot be read are left out (rendering reports them).
    static func files(_ nameOrPath: String, base: String, paths: PathPolicy) -> [String] {
        var out: [String] = []
        var current = locate(nameOrPath, base: base)
        var name = nameOrPath
        while let file = current, !out.contains(file), FileManager.default.fileExists(atPath: file) {
            if isPath(name), (try? FileAccess.confine(file, policy: paths, what: "style file", location: nil, fieldPath: "")) == nil { break }
            out.append(file)
            guard let tree = try? parsedFile(file, requestedAt: nil, path: ""),
                  case .string(let parent)? = tree["extends"]?.value else { break }
            current = locate(parent, base: (file as NSString).deletingLastPathComponent)
            name = parent
        }
        return out
    }

    /// Parsed style files, shared by every chart of a process (a batch renders many charts with
    /// the same style); an entry is used only while the file's size and modification time match.
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: (stamp: [String], tree: JSONNode)] = [:]

    static func parsedFile(_ file: String, requestedAt: SourceLocation?, path: String) throws(ChartError) -> JSONNode {
        // Size, modification time (ns) and inode, as data files are checked (one stat call).
        let stamp = [DataFileCache.fileIdentity(file) ?? ""]
        cacheLock.lock()
        let cached = cache[file]
        cacheLock.unlock()
        if let cached, cached.stamp == stamp { return cached.tree }
        let bytes = try FileAccess.read(file, what: "style file", location: requestedAt, fieldPath: path)
        let tree: JSONNode
        do { tree = try JSONParser.parse(bytes: bytes, file: file) } catch {
            throw ChartError(Diagnostic(at: error.location, error.message))
        }
        cacheLock.lock()
        cache[file] = (stamp, tree)
        cacheLock.unlock()
        return tree
    }

    /// Deep merge: objects merge key by key, anything else in `top` replaces `base`.
    static func merge(_ base: JSONNode, _ top: JSONNode) -> JSONNode {
        guard var baseMembers = base.members, let topMembers = top.members else { return top }
        for m in topMembers {
            if let i = baseMembers.firstIndex(where: { $0.key == m.key }) {
                baseMembers[i].value = merge(baseMembers[i].value, m.value)
            } else {
                baseMembers.append(m)
            }
        }
        return JSONNode(.object(baseMembers), at: base.location)
    }

    /// Loads a style by name or path, applies `config` overrides, and decodes it.
    /// `paths` bounds what a style file named by path, and what it extends, may be.
    public static func load(_ nameOrPath: String, base: String = ".", requestedAt: SourceLocation? = nil, path: String = "style",
                            config: JSONNode? = nil, paths: PathPolicy = .unrestricted) throws(ChartError) -> Style {
        var read: [String] = []
        var tree = try loadTree(nameOrPath, base: base, requestedAt: requestedAt, path: path, paths: paths, files: &read)
        // Without config a style decodes the same while its files are unchanged: decoded once
        // per process (a batch's charts mostly share one), keyed by its files' identities.
        let key = config == nil ? nameOrPath + "\u{1F}" + read.joined(separator: "\u{1F}") : nil
        if let key, let style = decoded(key) { return style }
        if let config { tree = merge(tree, config) }
        let log = DiagnosticLog()
        let style = StyleDecoder(log: log, name: nameOrPath).decode(tree)
        try log.throwIfAny()
        if let key { remember(style!, key: key) }
        return style!
    }

    nonisolated(unsafe) private static var decodedStyles: [String: Style] = [:]

    private static func decoded(_ key: String) -> Style? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return decodedStyles[key]
    }

    private static func remember(_ style: Style, key: String) {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        // A long-running process (a preview server) meeting ever new styles keeps a few.
        if decodedStyles.count >= 16 { decodedStyles = [:] }
        decodedStyles[key] = style
    }
}

/// Decodes a merged style tree; every key is required because ccnt.json defines them all.
struct StyleDecoder {
    let log: DiagnosticLog
    let name: String

    static let textKeys = ["fontFamily", "fontSize", "fontWeight", "fontStyle", "color"]

    func decode(_ tree: JSONNode) -> Style? {
        let keys = ["name", "description", "width", "height", "background", "padding", "headerGap", "footerGap", "font",
                    "title", "subtitle", "notes", "source", "axis", "legend", "bar", "line", "area", "rule", "band", "range",
                    "region", "grayscale"]
        guard let r = ObjectReader(tree, path: "", log: log, keys: keys) else { return nil }
        let family = req(r, "font") { r.string("font") } ?? "sans-serif"
        let baseText = TextStyle(font: Font(family: family, size: 12), color: .black)
        func text(_ key: String, in parent: ObjectReader, inherit: TextStyle? = nil) -> TextStyle {
            guard let o = parent.object(key, keys: Self.textKeys) else {
                if !parent.has(key) { missing(parent, key) }
                return baseText
            }
            return decodeText(o, family: family, inherit: inherit)
        }
        let title = text("title", in: r)
        var style = Style(
            name: r.string("name") ?? name,
            width: req(r, "width") { r.number("width", min: 10, max: SpecDecoder.maximumSide) } ?? 800,
            height: req(r, "height") { r.number("height", min: 10, max: SpecDecoder.maximumSide) } ?? 500,
            background: color(r, "background") ?? .white,
            padding: req(r, "padding") { r.number("padding", min: 0, max: 500) } ?? 16,
            headerGap: req(r, "headerGap") { r.number("headerGap", min: 0, max: 500) } ?? 12,
            footerGap: req(r, "footerGap") { r.number("footerGap", min: 0, max: 500) } ?? 12,
            title: title,
            subtitle: text("subtitle", in: r),
            notes: text("notes", in: r),
            source: text("source", in: r),
            axis: AxisStyle(label: baseText, title: baseText, domainColor: .black, domainWidth: 1, tickColor: .black, tickSize: 4,
                            tickWidth: 1, labelPadding: 4, titlePadding: 6, grid: true, gridColor: .black, gridWidth: 1, gridDash: [], labelLimit: 120),
            legend: LegendStyle(label: baseText, title: baseText, orient: .top, swatchSize: 10, swatchGap: 5, itemGap: 14),
            bar: BarStyle(color: .black, bandPadding: 0.25, groupPadding: 0.05, label: baseText, labelPadding: 3, segmentGap: 0),
            line: LineStyle(width: 2, pointRadius: 3, endLabel: baseText),
            area: AreaStyle(opacity: 0.85),
            rule: RuleStyle(color: .black, width: 1, dash: [], label: baseText),
            band: BandStyle(color: .black, opacity: 0.1, label: baseText),
            region: RegionStyle(color: .black, noDataColor: .white, noDataHatch: .transparent, stroke: .white, strokeWidth: 0.5, padding: 8, label: baseText,
                                leaderColor: .black, scheme: "greens", divergingScheme: "brbg"),
            category: [])
        let axisKeys = ["label", "title", "domainColor", "domainWidth", "tickColor", "tickSize", "tickWidth", "labelPadding",
                        "titlePadding", "grid", "gridColor", "gridWidth", "gridDash", "labelLimit"]
        if let a = sub(r, "axis", axisKeys) {
            style.axis = AxisStyle(
                label: text("label", in: a), title: text("title", in: a),
                domainColor: color(a, "domainColor") ?? .black,
                domainWidth: num(a, "domainWidth", 0, 20) ?? 1,
                tickColor: color(a, "tickColor") ?? .black,
                tickSize: num(a, "tickSize", 0, 50) ?? 4,
                tickWidth: num(a, "tickWidth", 0, 20) ?? 1,
                labelPadding: num(a, "labelPadding", 0, 100) ?? 4,
                titlePadding: num(a, "titlePadding", 0, 100) ?? 6,
                grid: req(a, "grid") { a.bool("grid") } ?? true,
                gridColor: color(a, "gridColor") ?? .black,
                gridWidth: num(a, "gridWidth", 0, 20) ?? 1,
                gridDash: dash(a, "gridDash") ?? [],
                labelLimit: num(a, "labelLimit", 10, 2000) ?? 120)
        }
        if let l = sub(r, "legend", ["label", "title", "orient", "swatchSize", "swatchGap", "itemGap"]) {
            style.legend = LegendStyle(
                label: text("label", in: l), title: text("title", in: l),
                orient: req(l, "orient") { l.choice("orient", LegendOrient.allCases.filter { !$0.isInside }.map(\.rawValue)).flatMap(LegendOrient.init(rawValue:)) } ?? .top,
                swatchSize: num(l, "swatchSize", 1, 100) ?? 10,
                swatchGap: num(l, "swatchGap", 0, 100) ?? 5,
                itemGap: num(l, "itemGap", 0, 200) ?? 14)
        }
        if let b = sub(r, "bar", ["color", "bandPadding", "groupPadding", "label", "labelPadding", "segmentGap"]) {
            style.bar = BarStyle(
                color: color(b, "color") ?? .black,
                bandPadding: num(b, "bandPadding", 0, 0.95) ?? 0.25,
                groupPadding: num(b, "groupPadding", 0, 0.9) ?? 0.05,
                label: text("label", in: b),
                labelPadding: num(b, "labelPadding", 0, 50) ?? 3,
                segmentGap: num(b, "segmentGap", 0, 10) ?? 0)
        }
        if let l = sub(r, "line", ["width", "pointRadius", "endLabel"]) {
            style.line = LineStyle(width: num(l, "width", 0.1, 20) ?? 2, pointRadius: num(l, "pointRadius", 0.5, 20) ?? 3,
                                   endLabel: text("endLabel", in: l))
        }
        if let a = sub(r, "area", ["opacity"]) {
            style.area = AreaStyle(opacity: num(a, "opacity", 0, 1) ?? 0.85)
        }
        if let u = sub(r, "rule", ["color", "width", "dash", "label"]) {
            style.rule = RuleStyle(color: color(u, "color") ?? .black, width: num(u, "width", 0, 20) ?? 1,
                                   dash: dash(u, "dash") ?? [], label: text("label", in: u))
        }
        if let b = sub(r, "band", ["color", "opacity", "label"]) {
            style.band = BandStyle(color: color(b, "color") ?? .black, opacity: num(b, "opacity", 0, 1) ?? 0.1, label: text("label", in: b))
        }
        if let m = sub(r, "region", ["color", "noDataColor", "noDataHatch", "stroke", "strokeWidth", "padding", "label", "leaderColor", "scheme", "divergingScheme"]) {
            func scheme(_ key: String, _ kind: ColorSchemes.Kind) -> String? {
                req(m, key) {
                    guard let name = m.string(key) else { return nil }
                    guard let found = ColorSchemes.named(name), found.kind == kind else {
                        let names = ColorSchemes.names.filter { ColorSchemes.named($0)?.kind == kind }
                        log.error(m[key]!.location, m.childPath(key), "\"\(name)\" is not a \(kind == .sequential ? "sequential" : "diverging") colour scheme (available: \(ObjectReader.quoted(names)))\(Suggest.didYouMean(name, in: names))")
                        return nil
                    }
                    return name
                }
            }
            style.region = RegionStyle(
                color: color(m, "color") ?? .black,
                noDataColor: color(m, "noDataColor") ?? .white,
                noDataHatch: color(m, "noDataHatch") ?? .transparent,
                stroke: color(m, "stroke") ?? .white,
                strokeWidth: num(m, "strokeWidth", 0, 10) ?? 0.5,
                padding: num(m, "padding", 0, 200) ?? 8,
                label: text("label", in: m),
                leaderColor: color(m, "leaderColor") ?? .black,
                scheme: scheme("scheme", .sequential) ?? "greens",
                divergingScheme: scheme("divergingScheme", .diverging) ?? "brbg")
        }
        style.grayscale = req(r, "grayscale") { r.bool("grayscale") } ?? false
        if let range = sub(r, "range", ["category"]) {
            if let items = range.array("category") {
                style.category = items.enumerated().compactMap { i, n in
                    guard case .string(let s) = n.value, let c = Color(parsing: s) else {
                        log.error(n.location, "range.category[\(i)]", "must be a colour such as \"#2a7f62\"")
                        return nil
                    }
                    return c
                }
                if style.category.isEmpty { log.error(range.node.location, "range.category", "needs at least one colour") }
            } else if !range.has("category") { missing(range, "category") }
        }
        return style
    }

    private func missing(_ r: ObjectReader, _ key: String) {
        log.error(r.node.location, r.path, "is missing \"\(key)\" (extend \"ccnt\" to inherit the defaults)")
    }

    private func req<T>(_ r: ObjectReader, _ key: String, _ read: () -> T?) -> T? {
        if !r.has(key) { missing(r, key); return nil }
        return read()
    }

    private func sub(_ r: ObjectReader, _ key: String, _ keys: [String]) -> ObjectReader? {
        if !r.has(key) { missing(r, key); return nil }
        return r.object(key, keys: keys)
    }

    private func num(_ r: ObjectReader, _ key: String, _ min: Double, _ max: Double) -> Double? {
        req(r, key) { r.number(key, min: min, max: max) }
    }

    private func color(_ r: ObjectReader, _ key: String) -> Color? {
        req(r, key) {
            guard let s = r.string(key) else { return nil }
            guard let c = Color(parsing: s) else {
                log.error(r[key]!.location, r.childPath(key), "\"\(s)\" is not a colour (use \"#rrggbb\", \"#rgb\", \"#rrggbbaa\" or \"transparent\")")
                return nil
            }
            return c
        }
    }

    private func dash(_ r: ObjectReader, _ key: String) -> [Double]? {
        req(r, key) { r.dashes(key) }
    }

    private func decodeText(_ o: ObjectReader, family: String, inherit: TextStyle?) -> TextStyle {
        let weight: Int
        if let n = o["fontWeight"] {
            switch n.value {
            case .number(let v) where v >= 100 && v <= 900: weight = Int(v)
            case .string("normal"): weight = 400
            case .string("bold"): weight = 700
            default:
                log.error(n.location, o.childPath("fontWeight"), "must be 100-900, \"normal\" or \"bold\"")
                weight = 400
            }
        } else {
            weight = 400
        }
        let italic = o.choice("fontStyle", ["normal", "italic"]) == "italic"
        return TextStyle(
            font: Font(family: o.string("fontFamily") ?? family, size: num(o, "fontSize", 4, 200) ?? 12, weight: weight, italic: italic),
            color: color(o, "color") ?? .black)
    }
}
