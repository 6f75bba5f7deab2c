import Foundation
import Testing

/// Charts built in Altair (Python's Vega-Lite library) and written with `to_json()` render
/// unchanged: a bar, a stacked bar, bars with a line on a second axis, and bars with value
/// labels. altair-charts.py builds them; scripts/test.sh installs Altair when it can.
@Suite("Altair round trip")
struct AltairRoundTripTests {
    static let script = CLITests.root + "/Tests/CLITests/Altair/altair-charts.py"

    /// Altair is a Python package outside this project: without it the test says so and is skipped.
    static let altairAvailable: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import altair"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    @Test("Altair's to_json() renders: bar, stacked bar, dual axis, bars with text",
          .enabled(if: altairAvailable, "Altair is not installed (python3 -m pip install altair); the round trip is skipped"))
    func roundTrip() throws {
        let cli = CLITests()
        let dir = cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.script, dir]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "altair-charts.py failed")
        let specs = cli.files(in: dir).filter { $0.hasSuffix(".json") }
        #expect(specs == ["altair-bar-text.json", "altair-bar.json", "altair-dual-axis.json", "altair-stacked-bar.json"])
        for spec in specs {
            let r = try cli.run(["render", dir + "/" + spec, "-o", dir + "/out", "-f", "png", "--force"])
            #expect(r.status == 0, "\(spec): \(r.stderr)")
            // Altair's default view size is a web page's; the only warnings allowed say so.
            let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("warning") && !$0.contains("config.view.continuous") }
            #expect(warnings.isEmpty, "\(spec): \(warnings)")
        }
        let pngs = cli.files(in: dir + "/out")
        #expect(pngs.count == 4, "\(pngs)")
    }
}
