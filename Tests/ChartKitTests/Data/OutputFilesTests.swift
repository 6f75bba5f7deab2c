import Foundation
import Testing
@testable import ChartKit

/// Outputs: replaced as a set, only regular files, reports through devices, stale temporaries removed.
@Suite("Writing outputs safely")
struct OutputFilesTests {
    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    func hidden(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix(".") }
    }

    @Test("a set replaces every file, or none when one cannot be written")
    func set() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old png".write(toFile: dir + "/c.png", atomically: true, encoding: .utf8)
        try "old svg".write(toFile: dir + "/c.svg", atomically: true, encoding: .utf8)
        try OutputFiles.replaceSet([(dir + "/c.png", Array("new png".utf8)), (dir + "/c.svg", Array("new svg".utf8))])
        #expect(contents(dir + "/c.png") == "new png" && contents(dir + "/c.svg") == "new svg")
        // The second file cannot be written (its folder is gone, as a full disk would fail it):
        // the first keeps its old bytes and no temporary file is left.
        #expect(throws: ChartError.self) {
            try OutputFiles.replaceSet([(dir + "/c.png", Array("newer".utf8)), (dir + "/gone/c.svg", Array("newer".utf8))])
        }
        #expect(contents(dir + "/c.png") == "new png")
        #expect(hidden(dir).isEmpty)
    }

    @Test("a link, a device or a folder where an image goes is an error, never renamed over")
    func onlyRegularFiles() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "target".write(toFile: dir + "/t.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/c.png", withDestinationPath: dir + "/t.txt")
        do {
            try OutputFiles.replaceSet([(dir + "/c.svg", Array("svg".utf8)), (dir + "/c.png", Array("png".utf8))])
            Issue.record("a symlink was replaced")
        } catch {
            #expect(error.description.contains("is a symbolic link; ccnt-chart replaces only regular files"))
        }
        #expect(contents(dir + "/t.txt") == "target")
        #expect(!FileManager.default.fileExists(atPath: dir + "/c.svg"), "nothing of the set is written")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/c.png")) == dir + "/t.txt")
    }

    @Test("a report goes through to a device, into a link's target, and fails fast on a FIFO nobody reads")
    func reports() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try OutputFiles.writeReport(Array("{}".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: ChartError.self) { try OutputFiles.writeReport(Array("{}".utf8), to: "/dev/full") }
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        try "old".write(toFile: dir + "/real.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: dir + "/real.json")
        try OutputFiles.writeReport(Array("new".utf8), to: dir + "/link.json")
        #expect(contents(dir + "/real.json") == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json")) != nil)
        #expect(mkfifo(dir + "/fifo", 0o644) == 0)
        do {
            try OutputFiles.writeReport(Array("x".utf8), to: dir + "/fifo")
            Issue.record("wrote to a FIFO with no reader")
        } catch {
            #expect(error.description.contains("no process is reading it"))
        }
    }

    @Test("temporary files of processes that no longer run are removed; a live one's are kept")
    func staleTemporaries() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // 2,000,000,000 is above any Linux pid_max: no such process.
        let dead = [".c.png.ccnt-tmp-2000000000-1f2e", ".c.svg.ccnt-bak-2000000000-ab", ".c.pdf.2000000000.123456.tmp"]
        let kept = [".c.png.ccnt-tmp-\(getpid())-1f2e", ".hidden-of-someone-else", ".c.png.ccnt-tmp-notapid-1f"]
        for n in dead + kept { try "x".write(toFile: dir + "/" + n, atomically: false, encoding: .utf8) }
        #expect(OutputFiles.removeStaleTemporaries(in: dir).sorted() == dead.sorted())
        #expect(hidden(dir).sorted() == kept.sorted())
    }
}
