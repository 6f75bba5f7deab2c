import Foundation

// Finding the files bundled with the library (styles, later the China map) without SwiftPM's
// generated `Bundle.module`, which stops the process when the bundle is missing: a CLI copied
// away from its build folder should say what is missing, not crash.

enum Resources {
    static let bundleName = "ccnt-chart_ChartKit.resources"

    /// The folder `name` inside the resource bundle, or nil when it cannot be found.
    static func directory(named name: String) -> String? {
        for root in roots {
            let dir = (root as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue {
                return dir
            }
        }
        return nil
    }

    /// Where the executable and the bundle are does not change while the process runs: looked
    /// up once (a batch asked for every chart, reading /proc/self/exe and the bundle each time).
    private static let roots = candidateRoots()

    private static func candidateRoots() -> [String] {
        var roots: [String] = []
        // Beside the executable (the CLI, or the test runner in the build folder).
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            roots.append(((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent(bundleName))
        }
        roots.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).path)
        if let r = Bundle.main.resourceURL { roots.append(r.appendingPathComponent(bundleName).path) }
        // The source tree, for a build that is run where it was built.
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        roots.append(here.appendingPathComponent("Resources").path)
        return roots
    }
}
