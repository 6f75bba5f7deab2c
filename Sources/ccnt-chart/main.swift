import ArgumentParser
import ChartKit
import Dispatch
import Foundation

// ccnt-chart: render and check chart spec files.
//
// Exit codes: 0 success; 1 a spec, data, style or output error (each printed as
// file:line:column: field message); 2 a usage error (unknown option, bad value).

struct CCNTChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccnt-chart",
        abstract: "Render chart spec files (JSON) to PNG, SVG and PDF.",
        discussion: """
        Examples:
          ccnt-chart render examples/figure2.json
          ccnt-chart render examples/*.json -o build/figures -f png,pdf --scale 2
          ccnt-chart render figure2.json --style print
          ccnt-chart render examples/*.json --jobs 2 --manifest out/manifest.json --depfile out/charts.d
          ccnt-chart validate examples/*.json
          ccnt-chart describe examples/figure2.json

        Exit codes: 0 success, 1 spec or data error, 2 usage error.
        """,
        version: ChartKitVersion.string,
        subcommands: [Render.self, Validate.self, Describe.self]
    )
}

/// An engine made, and its fonts loaded, on a second thread while the main thread parses the
/// command line and reads the specs: font start-up is the largest fixed cost of a render.
/// Only one thread touches the engine at a time (the warm-up finishes before `take` returns).
final class EngineWarmup: @unchecked Sendable {
    private var engine: ChartEngine?
    private let done = DispatchSemaphore(value: 0)

    init() {
        Thread.detachNewThread { [self] in
            let engine = ChartEngine()
            if let style = try? StyleLoader.load(StyleLoader.defaultName) { engine.prewarm(style: style) }
            self.engine = engine
            done.signal()
        }
    }

    func take() -> ChartEngine {
        done.wait()
        return engine!
    }
}

/// Started before argument parsing when the command renders.
nonisolated(unsafe) var warmup: EngineWarmup?

/// A failure already reported on stderr; maps to exit code 1.
struct ReportedFailure: Error {}

func report(_ error: ChartError) {
    for d in error.diagnostics {
        FileHandle.standardError.write(Data("error: \(d)\n".utf8))
    }
}

func warn(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
}

/// Where the paths inside specs may lead (README, "Limits and safety").
struct PathOptions: ParsableArguments {
    @Option(name: .customLong("root"), help: ArgumentHelp("Also let specs read files below this folder (repeatable).", valueName: "folder"))
    var roots: [String] = []

    @Flag(help: "Let specs read data, style and map files anywhere (by default only below each spec's folder and --root).")
    var allowOutsidePaths = false
}

/// Creates `path` and its parents; nil on success, else the cause in words (strerror's, not
/// Foundation's error codes).
func makeFolder(_ path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0 {
        return info.st_mode & S_IFMT == S_IFDIR ? nil : "\"\(path)\" is a file, not a folder"
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path, let problem = makeFolder(parent) { return problem }
    if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
    let text = String(cString: strerror(errno))
    return text.prefix(1).lowercased() + text.dropFirst()
}

/// A number shown in --help as a person types it ("60", not "60.0").
struct PlainNumber: ExpressibleByArgument {
    var value: Double
    init(_ value: Double) { self.value = value }
    init?(argument: String) {
        guard let v = Double(argument) else { return nil }
        value = v
    }
    var defaultValueDescription: String { value == value.rounded() ? String(Int(value)) : String(value) }
}

struct FormatList: ExpressibleByArgument {
    var formats: [OutputFormat]

    init?(argument: String) {
        var out: [OutputFormat] = []
        for part in argument.split(separator: ",") {
            guard let f = OutputFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            if !out.contains(f) { out.append(f) }
        }
        guard !out.isEmpty else { return nil }
        formats = out
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render spec files to images.",
        discussion: """
        Each SPEC writes DIR/<spec name>.<format>, e.g. out/figure2.png. Specs render in
        parallel; one that fails does not stop the others (unless --fail-fast), and the exit
        code is 1 when any failed. A chart whose outputs are newer than its spec, data and
        style files is skipped (--force renders it anyway). Files are written atomically: a
        failed render leaves any earlier output untouched.
        """
    )

    @Argument(help: "Chart spec files (JSON).")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Output folder (created when missing).")
    var output: String = "out"

    @Option(name: .shortAndLong, help: "Formats to write, comma-separated: png, svg, pdf.")
    var format: FormatList = FormatList(argument: "png,svg,pdf")!

    @Option(help: "PNG pixels per chart unit: 2 gives a 1600×1000 PNG for an 800×500 chart. Vector formats ignore it.")
    var scale: PlainNumber = PlainNumber(1)

    @Option(help: "Style name (ccnt, print) or path to a style JSON file; overrides the spec's \"style\".")
    var style: String?

    @Option(name: .shortAndLong, help: "Charts rendered at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Render even when the outputs are newer than the spec, data and style.")
    var force = false

    @Flag(help: "Stop at the first spec that fails.")
    var failFast = false

    @Flag(name: .shortAndLong, help: "Print errors only: no progress, no list of files.")
    var quiet = false

    @Option(help: "Write Make dependency rules (outputs: spec data style) to this file.")
    var depfile: String?

    @Option(help: "Write a JSON manifest: each spec, its outputs with sizes and SHA-256, skipped or not, its time.")
    var manifest: String?

    @OptionGroup var access: PathOptions

    @Option(help: ArgumentHelp("Seconds one chart may take before it is stopped with an error (the batch goes on); 0 for no limit.",
                               valueName: "seconds"))
    var timeout: PlainNumber = PlainNumber(ChartBudget.defaultSeconds)

    func validate() throws {
        guard scale.value > 0, scale.value <= 8, scale.value.isFinite else {
            throw ValidationError("--scale must be greater than 0 and at most 8 (got \(scale.value))")
        }
        if let jobs, jobs < 1 || jobs > 256 {
            throw ValidationError("--jobs must be from 1 to 256 (got \(jobs))")
        }
        guard timeout.value >= 0, timeout.value.isFinite else {
            throw ValidationError("--timeout must be 0 (no limit) or a number of seconds (got \(timeout.value))")
        }
    }

    func run() throws {
        if let problem = makeFolder(output) {
            report(ChartError(file: output, "cannot create the output folder: \(problem)"))
            throw ReportedFailure()
        }
        var options = BatchOptions()
        options.formats = format.formats
        options.outputDirectory = output
        options.scale = scale.value
        options.styleOverride = style
        options.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        options.force = force
        options.failFast = failFast
        options.extraRoots = access.roots
        options.allowOutsidePaths = access.allowOutsidePaths
        options.timeout = timeout.value > 0 ? timeout.value : nil
        let batch = BatchRenderer(options: options)
        let terminal = isatty(STDERR_FILENO) == 1 && !quiet
        let quiet = self.quiet
        // The first spec, its data, style and map are read while the fonts load on the other
        // thread: the first worker asks for its engine only when it has a chart to draw.
        var firstEngine: (@Sendable () -> ChartEngine)?
        if let warm = warmup { firstEngine = { warm.take() } }
        let items: [BatchItem] = batch.run(specs: specs, engine: firstEngine) { done, total, item in
            // Results go to stdout as they come; the progress line lives on a terminal's stderr.
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            for w in item.warnings { warn("\(item.spec): \(w)") }
            if item.failed { report(ChartError(item.diagnostics)) }
            if !quiet && !item.failed && !item.cancelled {
                let files = item.outputs.map(\.path).joined(separator: ", ")
                print(item.skipped ? "up to date \(item.spec) → \(files)" : "rendered \(item.spec) → \(files)")
                fflush(nil)
            }
            if terminal && done < total {
                FileHandle.standardError.write(Data("[\(done)/\(total)] \((item.spec as NSString).lastPathComponent)".utf8))
            }
        }
        do throws(ChartError) {
            if let depfile { try OutputFiles.writeReport(BatchRenderer.depfile(items), to: depfile) }
            if let manifest { try OutputFiles.writeReport(BatchRenderer.manifest(items), to: manifest) }
        } catch {
            report(error)
            throw ReportedFailure()
        }
        let failed = items.filter(\.failed).count
        let cancelled = items.filter(\.cancelled).count
        if cancelled > 0 { warn("--fail-fast: \(cancelled) spec(s) not rendered after the first failure") }
        if failed > 0 {
            if specs.count > 1 { FileHandle.standardError.write(Data("\(failed) of \(specs.count) specs failed\n".utf8)) }
            throw ReportedFailure()
        }
    }
}

/// The arguments and the loop `validate` and `describe` share: each spec loaded (every error
/// reported, the others still read), then handed to `each`; exit 1 when any failed.
struct SpecArguments: ParsableArguments {
    @Argument(help: "Chart spec files (JSON).")
    var specs: [String]

    @Option(help: "Style name or path to lay the charts out with.")
    var style: String?

    @OptionGroup var access: PathOptions

    func forEach(_ each: (ChartEngine, String, Chart) -> Void) throws {
        let engine = ChartEngine()
        var failed = false
        for spec in specs {
            do {
                each(engine, spec, try engine.load(specFile: spec, styleOverride: style, extraRoots: access.roots, allowOutsidePaths: access.allowOutsidePaths))
            } catch {
                for w in error.warnings { warn("\(spec): \(w)") }
                report(error)
                failed = true
            }
        }
        if failed { throw ReportedFailure() }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check spec files, their data and styles, and report every error without rendering."
    )

    @OptionGroup var arguments: SpecArguments

    func run() throws {
        try arguments.forEach { _, spec, chart in
            // Keys accepted but not applied (tooltips, a container's size) are named too.
            for w in chart.spec.warnings { warn("\(spec): \(w)") }
            print("ok \(spec)")
        }
    }
}

struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what each chart shows, in words: its description, or a summary of its data (the alt text its files carry)."
    )

    @OptionGroup var arguments: SpecArguments

    func run() throws {
        try arguments.forEach { engine, spec, chart in
            let words = engine.compile(chart).scene.description ?? ""
            print(arguments.specs.count > 1 ? "\(spec): \(words)" : words)
        }
    }
}

// Exit codes are part of the CLI's contract (see the README), so map them here rather than
// taking ArgumentParser's defaults (64 for usage errors).
if CommandLine.arguments.dropFirst().first == "render" { warmup = EngineWarmup() }
do {
    var command = try CCNTChart.parseAsRoot()
    try command.run()
} catch is ReportedFailure {
    exit(1)
} catch {
    let code = CCNTChart.exitCode(for: error)
    if code == .success {
        CCNTChart.exit(withError: error)  // --help, --version
    }
    FileHandle.standardError.write(Data((CCNTChart.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
