import Foundation

// One parse per key at a time. A batch renders on every core, and neighbouring specs often read
// the same file (the gallery's three US maps read us-10m.json one after another): without this,
// two workers that miss the cache together both parse it, which cost a batch as much as the
// cache saved. The first asker does the work; the others wait for it, then find its result in
// the cache. A failed parse releases the waiters, which try for themselves (and fail alike).

final class SingleFlight: @unchecked Sendable {
    private let condition = NSCondition()
    private var running: Set<String> = []

    /// `cached()` when it has the value (after waiting for another thread's `work` on the same
    /// key), else the value of `work`, which stores it where `cached` looks.
    func value<T>(key: String, cached: () -> T?, work: () throws(ChartError) -> T) throws(ChartError) -> T {
        condition.lock()
        while running.contains(key) { condition.wait() }
        if let hit = cached() {
            condition.unlock()
            return hit
        }
        running.insert(key)
        condition.unlock()
        defer {
            condition.lock()
            running.remove(key)
            condition.broadcast()
            condition.unlock()
        }
        return try work()
    }
}
