import Testing
@testable import ChartKit

@Suite("Typo suggestions")
struct SuggestTests {
    @Test("edit distance counts transpositions as one edit", arguments: [
        ("target", "target", 0), ("targt", "target", 1), ("tagret", "target", 1), ("", "abc", 3), ("kitten", "sitting", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(Suggest.editDistance(a, b) == expected)
    }

    @Test("suggests only plausible typos")
    func nearest() {
        #expect(Suggest.nearest("regoin", in: ["region", "target"]) == "region")
        #expect(Suggest.nearest("Target", in: ["region", "target"]) == "target")
        #expect(Suggest.nearest("population", in: ["region", "target"]) == nil)
    }
}
