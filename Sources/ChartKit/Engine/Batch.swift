import Crypto
import Dispatch
import Foundation

// Many specs in one process, as a newsletter build renders them: in parallel (one engine per
// worker thread, fonts loaded once per worker), skipping charts whose outputs are newer than
// everything they are made from, reporting every failure without stopping the others, and
// describing what it did in a manifest and a Make depfile.

public struct BatchOptions: Sendable {
    public var formats: [OutputFormat] = [.png, .svg, .pdf]
    public var outputDirectory = "out"
    public var scale = 1.0
    public var styleOverride: String?
    /// Worker threads; each renders whole charts.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Render even when the outputs are up to date.
    public var force = false
    /// Stop taking new specs after the first failure.
    public var failFast = false
    /// Folders besides each spec's own that its paths may lead into.
    public var extraRoots: [String] = []
    /// Lift path confinement altogether (the CLI's --allow-outside-paths).
    public var allowOutsidePaths = false
    /// Seconds one chart may take before it is stopped with an error (nil: no limit).
    public var timeout: Double? = ChartBudget.defaultSeconds

    public init() {}
}

public struct BatchOutput: Sendable, Equatable, Codable {
    public var path: String
    public var format: String
    public var bytes: Int
    public var sha256: String
}

public struct BatchItem: Sendable {
    public var spec: String
    public var outputs: [BatchOutput] = []
    /// The files the chart is made from: the spec, its data, its style chain.
    public var dependencies: [String] = []
    public var skipped = false
    /// Not attempted because an earlier spec failed under --fail-fast.
    public var cancelled = false
    public var seconds = 0.0
    public var diagnostics: [Diagnostic] = []
    public var warnings: [String] = []

    public var failed: Bool { !diagnostics.isEmpty }
}

public final class BatchRenderer: @unchecked Sendable {
    public let options: BatchOptions
    private let lock = NSLock()

    public init(options: BatchOptions) { self.options = options }

    /// Renders `specs`; `progress` is called (on any thread, one call at a time) as each ends.
    /// `engine`, when given, makes the first worker's engine; the worker calls it only once it
    /// has read its first spec, so a CLI can load fonts on another thread meanwhile.
    public func run(specs: [String], engine firstEngine: (@Sendable () -> ChartEngine)? = nil,
                    progress: (@Sendable (_ done: Int, _ total: Int, _ item: BatchItem) -> Void)? = nil) -> [BatchItem] {
        /// Shared between the workers, always under `lock`.
        final class State: @unchecked Sendable {
            var items: [BatchItem]
            var next = 0, done = 0
            var stop = false
            init(_ items: [BatchItem]) { self.items = items }
        }
        let state = State(specs.map { BatchItem(spec: $0) })
        // What a killed run left behind (its temporary files) goes before this run writes.
        OutputFiles.removeStaleTemporaries(in: options.outputDirectory)
        let workers = max(1, min(options.jobs, specs.count))
        // With several charts in flight, each PNG compresses on one thread.
        var render = RenderOptions(scale: options.scale)
        render.compressionThreads = workers > 1 ? 1 : 2
        let renderOptions = render
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var engine: ChartEngine?
            let makeEngine = worker == 0 ? firstEngine : nil
            func currentEngine() -> ChartEngine {
                if engine == nil { engine = makeEngine?() ?? ChartEngine() }
                return engine!
            }
            while true {
                lock.lock()
                let index = state.next
                state.next += 1
                let cancelled = state.stop
                lock.unlock()
                guard index < specs.count else { break }
                var item: BatchItem
                if cancelled {
                    item = BatchItem(spec: specs[index])
                    item.cancelled = true
                } else {
                    item = process(specs[index], engine: currentEngine, render: renderOptions)
                }
                lock.lock()
                state.items[index] = item
                state.done += 1
                if item.failed && options.failFast { state.stop = true }
                progress?(state.done, specs.count, item)
                lock.unlock()
            }
        }
        return state.items
    }

    /// Where a spec's outputs go: DIR/<spec name>.<format>.
    public func outputPaths(for spec: String) -> [(OutputFormat, String)] {
        let name = ((spec as NSString).lastPathComponent as NSString).deletingPathExtension
        return OutputFormat.withCompanions(options.formats).map { ($0, (options.outputDirectory as NSString).appendingPathComponent($0.fileName(name))) }
    }

    func process(_ specPath: String, engine: () -> ChartEngine, render: RenderOptions) -> BatchItem {
        let start = DispatchTime.now().uptimeNanoseconds
        var item = attempt(specPath, engine: engine, render: render)
        item.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return item
    }

    private func attempt(_ specPath: String, engine getEngine: () -> ChartEngine, render: RenderOptions) -> BatchItem {
        var item = BatchItem(spec: specPath)
        do throws(ChartError) {
            let spec = try SpecDecoder.decode(file: specPath).confined(extraRoots: options.extraRoots, allowOutside: options.allowOutsidePaths)
            item.dependencies = Self.dependencies(of: spec, styleOverride: options.styleOverride)
            let paths = outputPaths(for: specPath)
            if !options.force && Self.upToDate(outputs: paths.map(\.1), dependencies: item.dependencies) {
                item.skipped = true
                for (format, path) in paths {
                    let bytes = try FileAccess.read(path, what: "output", limit: Int.max)
                    item.outputs.append(Self.describe(bytes, path: path, format: format))
                }
                return item
            }
            func work() throws(ChartError) -> (CompiledChart, [OutputFormat: [UInt8]]) {
                let chart = try ChartResolver.resolve(spec, styleOverride: self.options.styleOverride)
                let engine = getEngine()
                let compiled = engine.compile(chart)
                return (compiled, try engine.files(chart, compiled, formats: paths.map(\.0), options: render))
            }
            let (compiled, files) = try ChartBudget.run(seconds: options.timeout, specPath, work)
            item.warnings = cappedWarnings(compiled.warnings)
            // Every format is made before any is written, and the set replaces the old one whole.
            try OutputFiles.replaceSet(paths.map { ($0.1, files[$0.0]!) })
            for (format, path) in paths {
                item.outputs.append(Self.describe(files[format]!, path: path, format: format))
            }
        } catch {
            item.diagnostics = error.capped().diagnostics
            item.warnings = cappedWarnings(error.warnings)
        }
        return item
    }

    static func describe(_ bytes: [UInt8], path: String, format: OutputFormat) -> BatchOutput {
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        return BatchOutput(path: path, format: format.rawValue, bytes: bytes.count, sha256: digest)
    }

    /// The spec file, its data files and its style files (with what they extend).
    public static func dependencies(of spec: ChartSpec, styleOverride: String?) -> [String] {
        var files = [spec.file]
        let views = [spec] + (spec.concat?.panels ?? []) + (spec.facet.map { [$0.view] } ?? [])
        for data in views.flatMap({ [$0.data] + $0.layers.map(\.data) }) {
            switch data {
            case .csv(let path)?, .url(let path, _)?:
                let full = FileAccess.resolve(path.value, against: spec.baseDirectory)
                if !files.contains(full) { files.append(full) }
            default: break
            }
        }
        let style = styleOverride ?? spec.style?.value ?? StyleLoader.defaultName
        let base = styleOverride != nil ? "." : spec.baseDirectory
        let policy = styleOverride.map { StyleLoader.callerPolicy($0, spec: spec.paths) } ?? spec.paths
        let styleFiles = StyleLoader.files(style, base: base, paths: policy)
        // A style that cannot be found still counts, as a missing file: never up to date.
        for f in styleFiles.isEmpty ? [StyleLoader.locate(style, base: base) ?? style] : styleFiles where !files.contains(f) { files.append(f) }
        return files
    }

    /// True when every output exists and is newer than every dependency.
    static func upToDate(outputs: [String], dependencies: [String]) -> Bool {
        func mtime(_ path: String) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        // An output that is not a regular file (a link, a device) is never up to date: the
        // render that follows reports it.
        for o in outputs {
            var info = stat()
            guard lstat(o, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        }
        let outTimes = outputs.map(mtime)
        guard !outputs.isEmpty, outTimes.allSatisfy({ $0 != nil }) else { return false }
        let oldestOutput = outTimes.compactMap { $0 }.min()!
        for d in dependencies {
            guard let t = mtime(d), t < oldestOutput else { return false }
        }
        return true
    }

    // MARK: Reports

    struct ManifestEntry: Codable {
        var spec: String
        var status: String
        var skipped: Bool
        var seconds: Double
        var outputs: [BatchOutput]
        var dependencies: [String]
        var errors: [String]
        var warnings: [String]
    }

    /// A JSON manifest of the batch: each spec, its outputs with sizes and SHA-256, whether it
    /// was skipped, its time and its errors.
    public static func manifest(_ items: [BatchItem]) -> [UInt8] {
        let entries = items.map { i in
            ManifestEntry(spec: i.spec, status: i.cancelled ? "cancelled" : (i.failed ? "failed" : (i.skipped ? "skipped" : "rendered")),
                          skipped: i.skipped, seconds: (i.seconds * 1e6).rounded() / 1e6, outputs: i.outputs,
                          dependencies: i.dependencies, errors: i.diagnostics.map(\.description), warnings: i.warnings)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Manifest: Codable { var version: Int; var charts: [ManifestEntry] }
        let data = (try? encoder.encode(Manifest(version: 1, charts: entries))) ?? Data()
        return [UInt8](data) + [0x0A]
    }

    /// Make rules, one per chart: its outputs depend on its spec, data and style files.
    public static func depfile(_ items: [BatchItem]) -> [UInt8] {
        func escape(_ p: String) -> String {
            p.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: " ", with: "\\ ")
                .replacingOccurrences(of: "#", with: "\\#").replacingOccurrences(of: "$", with: "$$")
        }
        var out = ""
        for i in items where !i.dependencies.isEmpty && !i.outputs.isEmpty {
            out += i.outputs.map { escape($0.path) }.joined(separator: " ") + ": " + i.dependencies.map(escape).joined(separator: " ") + "\n"
        }
        return Array(out.utf8)
    }
}
