import Foundation
import Testing
@testable import ChartKit

/// Workers asking for the same key at once: one does the work, the others take its result.
@Suite("Single flight")
struct SingleFlightTests {
    final class Box: @unchecked Sendable {
        let lock = NSLock()
        var stored: [String: Int] = [:]
        var runs = 0
        func get(_ k: String) -> Int? { lock.lock(); defer { lock.unlock() }; return stored[k] }
    }

    @Test("eight threads asking for one key run the work once and all get its value; another key runs its own")
    func once() {
        let flight = SingleFlight(), box = Box()
        let results = Box()
        var got: [(String, Int)] = []
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let key = i % 2 == 0 ? "a" : "b"
            let v = try? flight.value(key: key, cached: { box.get(key) }) { () throws(ChartError) -> Int in
                box.lock.lock(); box.runs += 1; box.lock.unlock()
                Thread.sleep(forTimeInterval: 0.02)  // long enough for the others to arrive
                box.lock.lock(); box.stored[key] = key == "a" ? 1 : 2; box.lock.unlock()
                return key == "a" ? 1 : 2
            }
            results.lock.lock(); results.stored["\(i)"] = v ?? -1; results.lock.unlock()
        }
        #expect(box.runs == 2, "one run per key, not per thread: \(box.runs)")
        got = results.stored.map { (Int($0.key)! % 2 == 0 ? "a" : "b", $0.value) }
        #expect(got.count == 16)
        for (key, v) in got { #expect(v == (key == "a" ? 1 : 2)) }
    }
}
