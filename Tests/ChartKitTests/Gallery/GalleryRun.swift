import Foundation
@testable import ChartKit

/// gallery.json, written by scripts/import-vl-gallery.py.
struct GalleryManifest: Decodable {
    struct Entry: Decodable { var name: String; var section: String }
    struct Left: Decodable { var name: String; var section: String; var reason: String }
    var vegaLiteCommit: String
    var vegaDatasetsCommit: String
    var dataBytes: Int
    var specs: [Entry]
    var skipped: [Left]
    var excluded: [Left]

    static func load(from path: String) throws -> GalleryManifest {
        try JSONDecoder().decode(GalleryManifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// What STATUS.md records of a spec, and what the test compares.
struct GalleryRecord: Equatable {
    var rendered: Bool
    /// The first error's feature ("" when rendered).
    var feature: String
    var summary: String { rendered ? "rendered" : "refused (\(feature))" }
}

/// One spec's outcome.
struct GalleryOutcome {
    var name: String
    var section: String
    var diagnostics: [Diagnostic]
    var warnings: [String]
    var rendered: Bool { diagnostics.isEmpty }
    var record: GalleryRecord {
        GalleryRecord(rendered: rendered, feature: diagnostics.first.map(GalleryFeature.of) ?? "")
    }
}

enum GalleryRun {
    /// Renders every spec of the manifest to PNG in `output` as a newsletter build would (a
    /// batch, a time budget per chart so a hang is a refusal, not a stuck test).
    static func run(_ manifest: GalleryManifest, specsDirectory: String, output: String) -> [GalleryOutcome] {
        var options = BatchOptions()
        options.formats = [.png]
        options.outputDirectory = output
        options.force = true
        options.timeout = 20
        let paths = manifest.specs.map { "\(specsDirectory)/\($0.name).vl.json" }
        let items = BatchRenderer(options: options).run(specs: paths)
        return zip(manifest.specs, items).map { entry, item in
            GalleryOutcome(name: entry.name, section: entry.section, diagnostics: item.diagnostics, warnings: item.warnings)
        }
    }
}

/// The Vega-Lite feature a refusal is about, from its field path: indices and the
/// composition around it dropped ("layer[1].encoding.tooltip" → "encoding.tooltip"), so one
/// unsupported feature counts once however deep it sits.
enum GalleryFeature {
    static let composition: Set<String> = ["layer", "layers", "hconcat", "vconcat", "concat", "spec"]
    /// Channels whose sub-keys are the feature ("encoding.x.scale.type" → "encoding.*.scale.type").
    static let positional: Set<String> = ["x", "y", "x2", "y2", "color", "xOffset", "yOffset", "text", "detail",
                                          "row", "column", "facet", "size", "opacity", "shape", "strokeDash"]

    static func of(_ d: Diagnostic) -> String {
        guard !d.path.isEmpty else { return fileProblem(d.message) }
        var parts = d.path.replacingOccurrences(of: #"\[[0-9]+\]"#, with: "", options: .regularExpression)
            .split(separator: ".").map(String.init)
        while let first = parts.first, composition.contains(first), parts.count > 1 { parts.removeFirst() }
        if let i = parts.firstIndex(of: "encoding"), i + 2 < parts.count, positional.contains(parts[i + 1]) {
            parts[i + 1] = "*"
        }
        return parts.prefix(5).joined(separator: ".")
    }

    /// Problems of the data (rows, files) have no field path; name them by kind.
    static func fileProblem(_ message: String) -> String {
        let kinds = [("has no value in column", "(data: a missing value in a position)"),
                     ("is not a date", "(data: a date format not read)"),
                     ("appears twice", "(data: two rows for one bar)"),
                     ("no such file", "(data: file missing)"),
                     ("needs a \"mark\"", "(spec: no mark)")]
        return kinds.first { message.contains($0.0) }?.1 ?? "(other: \(message.prefix(40)))"
    }

    /// Lines that only count what came before ("… and 3 more rows") name no feature.
    static func counts(_ d: Diagnostic) -> Bool { !d.message.hasPrefix("…") }
}
