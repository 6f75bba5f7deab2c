import Foundation

// The embeddable, thread-safe front door: spec file, spec text or a spec written as a Swift
// value in; PNG, SVG or PDF bytes out, in memory. Any thread may call it at any time: each
// call borrows an engine (Pango is not thread-safe, so an engine serves one thread at a time)
// from a small pool, so fonts are loaded once per concurrent caller, not once per chart.

public struct RenderedChart: Sendable {
    public var files: [OutputFormat: [UInt8]]
    public var warnings: [String]
    /// The display list the files were drawn from.
    public var scene: Scene
}

public final class ChartRenderer: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [ChartEngine] = []
    /// Folders besides a spec's `baseDirectory` that the paths it names may lead into.
    public let extraRoots: [String]
    /// Lifts path confinement: only for specs the program trusts (see PathPolicy).
    public let allowOutsidePaths: Bool
    /// Seconds one chart may take (nil: no limit).
    public let timeout: Double?

    public init(extraRoots: [String] = [], allowOutsidePaths: Bool = false, timeout: Double? = ChartBudget.defaultSeconds) {
        self.extraRoots = extraRoots
        self.allowOutsidePaths = allowOutsidePaths
        self.timeout = timeout
    }

    /// Renders a spec file (data and style paths relative to it).
    public func render(specFile path: String, formats: [OutputFormat], options: RenderOptions = RenderOptions(),
                       style: String? = nil) throws(ChartError) -> RenderedChart {
        try render(confined(try SpecDecoder.decode(file: path)), formats: formats, options: options, style: style)
    }

    /// Renders spec text; `baseDirectory` anchors relative data and style paths.
    public func render(json: String, name: String = "<spec>", baseDirectory: String = ".", formats: [OutputFormat],
                       options: RenderOptions = RenderOptions(), style: String? = nil) throws(ChartError) -> RenderedChart {
        try render(confined(try SpecDecoder.decode(text: json, file: name, baseDirectory: baseDirectory)), formats: formats,
                   options: options, style: style)
    }

    /// Renders a spec written in Swift (see `SpecValue`).
    public func render(_ value: SpecValue, name: String = "<swift>", baseDirectory: String = ".", formats: [OutputFormat],
                       options: RenderOptions = RenderOptions(), style: String? = nil) throws(ChartError) -> RenderedChart {
        try render(confined(try SpecDecoder.decode(value: value, file: name, baseDirectory: baseDirectory)), formats: formats,
                   options: options, style: style)
    }

    /// Renders a decoded spec, with the path policy it carries.
    public func render(_ spec: ChartSpec, formats: [OutputFormat], options: RenderOptions = RenderOptions(),
                       style: String? = nil) throws(ChartError) -> RenderedChart {
        let engine = borrow()
        defer { giveBack(engine) }
        let work = { () throws(ChartError) -> RenderedChart in
            let chart = try ChartResolver.resolve(spec, styleOverride: style)
            let compiled = engine.compile(chart)
            let files = try engine.files(chart, compiled, formats: formats, options: options)
            return RenderedChart(files: files, warnings: cappedWarnings(compiled.warnings), scene: compiled.scene)
        }
        do {
            return try ChartBudget.run(seconds: timeout, spec.file, work)
        } catch {
            throw error.capped()
        }
    }

    private func confined(_ spec: ChartSpec) -> ChartSpec {
        spec.confined(extraRoots: extraRoots, allowOutside: allowOutsidePaths)
    }

    private func borrow() -> ChartEngine {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? ChartEngine()
    }

    private func giveBack(_ engine: ChartEngine) {
        lock.lock()
        idle.append(engine)
        lock.unlock()
    }
}

/// A chart spec written as a Swift literal, with the same vocabulary as the JSON files:
///
///     let spec: SpecValue = [
///         "title": "2025 targets",
///         "data": ["values": [["region": "Hebei", "target": 15], ["region": "Qinghai", "target": 10]]],
///         "mark": "bar",
///         "encoding": ["x": ["field": "region"], "y": ["field": "target"]],
///     ]
///
/// Errors name the field path (`<swift>: encoding.y.field "targt" is not a column …`).
public indirect enum SpecValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SpecValue])
    /// Members in the order written.
    case object([(String, SpecValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: SpecValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, SpecValue)...) { self = .object(elements) }
    public init(nilLiteral: ()) { self = .null }

    public static func == (a: SpecValue, b: SpecValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value as a JSON tree; Swift values have no lines, so every node points at line 1.
    func node(file: String) -> JSONNode {
        let here = SourceLocation(file: file, line: 1, column: 1)
        switch self {
        case .null: return JSONNode(.null, at: here)
        case .bool(let b): return JSONNode(.bool(b), at: here)
        case .number(let v): return JSONNode(.number(v), at: here)
        case .string(let s): return JSONNode(.string(s), at: here)
        case .array(let items): return JSONNode(.array(items.map { $0.node(file: file) }), at: here)
        case .object(let members):
            return JSONNode(.object(members.map { JSONMember(key: $0.0, keyLocation: here, value: $0.1.node(file: file)) }), at: here)
        }
    }
}

extension SpecDecoder {
    /// Decodes a spec written as a Swift value.
    public static func decode(value: SpecValue, file: String = "<swift>", baseDirectory: String = ".") throws(ChartError) -> ChartSpec {
        let log = DiagnosticLog()
        // JSON text cannot hold NaN or infinity; a Swift Double can. Refuse them the same way.
        func check(_ v: SpecValue, _ path: String) {
            switch v {
            case .number(let n) where !n.isFinite:
                log.error(SourceLocation(file: file, line: 1, column: 1), path, "is \(n); NaN and infinity are not chart values (use nil for a missing value)")
            case .array(let items): for (i, item) in items.enumerated() { check(item, "\(path)[\(i)]") }
            case .object(let members): for (k, item) in members { check(item, ObjectReader.join(path, k)) }
            default: break
            }
        }
        check(value, "")
        try log.throwIfAny()
        let spec = decode(root: value.node(file: file), file: file, baseDirectory: baseDirectory, log: log)
        try log.throwIfAny()
        return spec!
    }
}
