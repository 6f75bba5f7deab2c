import CCairo
import Foundation
@testable import ChartKit

/// Paths and helpers shared by the library's tests.
enum TestSupport {
    /// The repository root, found from this file's place in the tree.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func example(_ name: String) -> String { "\(root)/examples/\(name)" }

    static func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "ccnt-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Decodes a spec from text and expects it to fail; returns the diagnostics.
    static func decodeErrors(_ text: String, file: String = "spec.json") -> [Diagnostic] {
        do {
            _ = try SpecDecoder.decode(text: text, file: file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Resolves and compiles a spec given as text (data paths relative to examples/).
    static func compile(_ text: String, engine: ChartEngine = ChartEngine()) throws -> CompiledChart {
        let spec = try SpecDecoder.decode(text: text, file: "test.json", baseDirectory: "\(root)/examples")
        let chart = try ChartResolver.resolve(spec)
        return engine.compile(chart)
    }

    static func resolveErrors(_ text: String) -> [Diagnostic] {
        do {
            let spec = try SpecDecoder.decode(text: text, file: "test.json", baseDirectory: "\(root)/examples")
            _ = try ChartResolver.resolve(spec)
            return []
        } catch let e as ChartError {
            return e.diagnostics
        } catch {
            return []
        }
    }

    /// A PNG decoded by Cairo's own reader (libpng through cairo, not our encoder).
    struct DecodedImage {
        var width: Int
        var height: Int
        var pixels: [UInt32]  // ARGB, premultiplied as Cairo keeps it

        func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) {
            let p = pixels[y * width + x]
            return (Int((p >> 16) & 0xFF), Int((p >> 8) & 0xFF), Int(p & 0xFF))
        }
    }

    static func decodePNG(_ bytes: [UInt8]) -> DecodedImage? {
        let dir = temporaryDirectory()
        let path = dir + "/decode.png"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard let surface = cairo_image_surface_create_from_png(path),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var pixels = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w { pixels[y * w + x] = row[x] }
        }
        return DecodedImage(width: w, height: h, pixels: pixels)
    }

    /// Runs a command, returning its exit status and output; nil when it is not installed.
    static func run(_ tool: String, _ args: [String]) -> (status: Int32, output: String)? {
        let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)", "/bin/\(tool)"]
        guard let exe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
