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
          ccnt-chart validate examples/*.json

        Exit codes: 0 success, 1 spec or data error, 2 usage error.
        """,
        subcommands: [Render.self, Validate.self]
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

    static var defaultValueDescription: String { "png,svg,pdf" }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render spec files to images.",
        discussion: """
        Each SPEC writes DIR/<spec name>.<format>, e.g. out/figure2.png. Files are written
        atomically: a failed render leaves any earlier output untouched.
        """
    )

    @Argument(help: "Chart spec files (JSON).")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Output folder (created when missing).")
    var output: String = "out"

    @Option(name: .shortAndLong, help: "Formats to write, comma-separated: png, svg, pdf.")
    var format: FormatList = FormatList(argument: "png,svg,pdf")!

    @Option(help: "PNG pixels per chart unit: 2 gives a 1600×1000 PNG for an 800×500 chart. Vector formats ignore it.")
    var scale: Double = 1

    @Option(help: "Style name (ccnt, print) or path to a style JSON file; overrides the spec's \"style\".")
    var style: String?

    func validate() throws {
        guard scale > 0, scale <= 8, scale.isFinite else {
            throw ValidationError("--scale must be greater than 0 and at most 8 (got \(scale))")
        }
    }

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            report(ChartError(file: output, "cannot create the output folder: \(error.localizedDescription)"))
            throw ReportedFailure()
        }
        // The first spec, its data, style and map are read while the fonts load on the other
        // thread (a map's GeoJSON takes as long to read as the fonts take to load).
        let style = self.style
        let first = specs.first.map { spec in
            Result { () throws(ChartError) -> Chart in try ChartResolver.resolve(try SpecDecoder.decode(file: spec), styleOverride: style) }
        }
        let engine = warmup?.take() ?? ChartEngine()
        var failed = false
        for (i, spec) in specs.enumerated() {
            do {
                let chart = i == 0 && first != nil ? try first!.get() : try engine.load(specFile: spec, styleOverride: style)
                let (files, warnings) = try engine.render(chart, formats: format.formats, options: RenderOptions(scale: scale))
                for w in warnings { warn("\(spec): \(w)") }
                let name = ((spec as NSString).lastPathComponent as NSString).deletingPathExtension
                var written: [String] = []
                for f in format.formats {
                    let path = (output as NSString).appendingPathComponent("\(name).\(f.rawValue)")
                    try FileAccess.writeAtomically(files[f]!, to: path)
                    written.append(path)
                }
                print("rendered \(spec) → \(written.joined(separator: ", "))")
            } catch {
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

    @Argument(help: "Chart spec files (JSON).")
    var specs: [String]

    @Option(help: "Style name or path to check the specs against.")
    var style: String?

    func run() throws {
        let engine = ChartEngine()
        var failed = false
        for spec in specs {
            do {
                _ = try engine.load(specFile: spec, styleOverride: style)
                print("ok \(spec)")
            } catch {
                report(error)
                failed = true
            }
        }
        if failed { throw ReportedFailure() }
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
