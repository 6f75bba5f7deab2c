import Foundation
import Testing
@testable import ChartKit

/// The Vega-Lite compatibility suite: Vega-Lite's own gallery specs (copied unchanged by
/// scripts/import-vl-gallery.py, listed in gallery.json) rendered through the library. Each
/// spec either renders or is refused; STATUS.md records which, with the first error's feature.
/// The test fails when a spec's outcome differs from STATUS.md, so the table cannot rot:
///
///     CCNT_UPDATE_GALLERY=1 swift test --skip-build --filter Gallery
///
/// rewrites STATUS.md and writes the rendered PNGs to out/gallery/ to be looked at.
@Suite("Vega-Lite gallery")
struct GalleryTests {
    static let directory = "\(TestSupport.root)/Tests/ChartKitTests/Gallery"
    static var updating: Bool { ProcessInfo.processInfo.environment["CCNT_UPDATE_GALLERY"] == "1" }

    @Test("every gallery spec renders or is refused as STATUS.md records")
    func gallery() throws {
        let manifest = try GalleryManifest.load(from: "\(Self.directory)/gallery.json")
        let output = Self.updating ? "\(TestSupport.root)/out/gallery" : TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        defer { if !Self.updating { try? FileManager.default.removeItem(atPath: output) } }
        let outcomes = GalleryRun.run(manifest, specsDirectory: "\(Self.directory)/specs", output: output)
        for outcome in outcomes {
            // A refusal says what it refuses: a field path, or a file it could not use.
            if let first = outcome.diagnostics.first {
                #expect(!first.path.isEmpty || first.file != nil, "\(outcome.name): refusal without a path or file: \(first)")
            }
        }
        let statusPath = "\(Self.directory)/STATUS.md"
        if Self.updating {
            try GalleryStatus.markdown(outcomes, manifest: manifest).write(toFile: statusPath, atomically: true, encoding: .utf8)
            return
        }
        let recorded = GalleryStatus.recorded(markdown: (try? String(contentsOfFile: statusPath, encoding: .utf8)) ?? "")
        for outcome in outcomes {
            guard let was = recorded[outcome.name] else {
                Issue.record("\(outcome.name) is not in STATUS.md; run CCNT_UPDATE_GALLERY=1 swift test --skip-build --filter Gallery")
                continue
            }
            if was.rendered && !outcome.rendered {
                Issue.record("\(outcome.name) rendered before and is now refused: \(outcome.diagnostics.first.map(\.description) ?? "")")
            } else if was != outcome.record {
                Issue.record("\(outcome.name) is now \(outcome.record.summary), STATUS.md says \(was.summary); run CCNT_UPDATE_GALLERY=1 swift test --skip-build --filter Gallery and check the change")
            }
        }
    }
}
