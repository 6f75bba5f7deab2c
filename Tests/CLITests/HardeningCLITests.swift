import Foundation
import Testing

/// The hardening promises as a build sees them through the CLI: confined paths, reports to
/// devices, stale temporaries, the time budget, inputs that are not files. Inputs are made
/// here, small, at test time (no large fixtures in the repository).
@Suite("ccnt-chart CLI: limits and safety")
struct HardeningCLITests {
    let cli = CLITests()

    func folder() -> String { cli.temporaryDirectory() }

    func writeSpec(_ dir: String, _ name: String = "c.json", data: String) throws {
        try """
        {"data": {"csv": "\(data)"}, "mark": "bar",
         "encoding": {"x": {"field": "region"}, "y": {"field": "target", "type": "quantitative"}}}
        """.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
    }

    @Test("a spec reads only below its folder unless --root or --allow-outside-paths says otherwise")
    func confinement() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = CLITests.root + "/examples/data/energy-intensity-2025.csv"
        try writeSpec(dir, data: data)
        try writeSpec(dir, "passwd.json", data: "/etc/passwd")
        var r = try cli.run(["render", dir + "/c.json", "-o", dir + "/out", "-f", "svg"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("c.json:1:18: data.csv \"\(data)\" is outside the folders a spec may read"))
        #expect(cli.files(in: dir + "/out").isEmpty)
        r = try cli.run(["render", dir + "/passwd.json", "-o", dir + "/out", "-f", "svg"])
        #expect(r.status == 1 && !r.stderr.contains("root:"), "no byte of the refused file is quoted")
        #expect(try cli.run(["render", dir + "/c.json", "-o", dir + "/out", "-f", "svg", "--root", CLITests.root + "/examples"]).status == 0)
        #expect(try cli.run(["validate", dir + "/c.json", "--allow-outside-paths"]).status == 0)
        #expect(try cli.run(["validate", dir + "/c.json"]).status == 1)
    }

    @Test("--manifest /dev/stdout writes the manifest to standard output and leaves /dev/stdout alone")
    func manifestToDevice() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try cli.run(["render", "examples/figure3.json", "-o", dir, "-f", "svg", "-q", "--manifest", "/dev/stdout"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"charts\"") && r.stdout.contains("figure3.svg"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout")) != nil)
    }

    @Test("a run removes the temporary files a killed run left in the output folder")
    func staleTemporaries() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stale = dir + "/.figure3.svg.ccnt-tmp-2000000000-5eed"
        try "half a chart".write(toFile: stale, atomically: false, encoding: .utf8)
        #expect(try cli.run(["render", "examples/figure3.json", "-o", dir, "-f", "svg", "-q"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(cli.files(in: dir) == ["figure3.svg"])
    }

    @Test("a chart over --timeout fails with a message naming it; the batch goes on")
    func timeout() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try cli.run(["render", "examples/figure2.json", "examples/figure3.json", "-o", dir, "-f", "svg", "--timeout", "0.000001"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("examples/figure2.json took longer than its time budget of 1e-06 s (--timeout)"))
        #expect(r.stderr.contains("examples/figure3.json took longer"), "every chart is tried")
        #expect(cli.files(in: dir).isEmpty)
        #expect(try cli.run(["render", "examples/figure3.json", "-o", dir, "-f", "svg", "--timeout", "0"]).status == 0)
    }

    @Test("a FIFO as data fails at once instead of waiting for a writer; a symlinked output is refused")
    func fifoAndSymlink() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe.csv", 0o644) == 0)
        try writeSpec(dir, data: "pipe.csv")
        var r = try cli.run(["validate", dir + "/c.json"])
        #expect(r.status == 1 && r.stderr.contains("data.csv \"pipe.csv\" is a FIFO (named pipe), not a regular file"))
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/figure3.svg", withDestinationPath: "/dev/null")
        r = try cli.run(["render", "examples/figure3.json", "-o", dir + "/out", "-f", "svg"])
        #expect(r.status == 1 && r.stderr.contains("figure3.svg: is a symbolic link; ccnt-chart replaces only regular files"))
    }

    @Test("a spec with thousands of bad rows prints a bounded report")
    func boundedDiagnostics() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rows = (0..<5_000).map { "r\($0),n/a,\($0 % 3 == 0 ? "" : "x")" }.joined(separator: "\n")
        try ("region,target,extra\n" + rows).write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
        try writeSpec(dir, data: "d.csv")
        let r = try cli.run(["validate", dir + "/c.json"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count <= 21, "\(lines.count) lines")
        #expect(r.stderr.contains("… and 4995 more rows of column \"target\" that are not numbers"))
    }
}
