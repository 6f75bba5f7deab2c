import Testing
@testable import ChartKit

/// indexof: a part's place in a text, a value's place in a literal list (the custom stack
/// order idiom), and errors for lists anywhere else.
@Suite("indexof and literal lists")
struct ExpressionListTests {
    @Test("a value's place in a list, by strict equality; -1 when absent", arguments: [
        ("indexof(['Coal', 'Oil', 'Gas'], 'Oil')", 1.0), ("indexof(['Coal', 'Oil'], 'Wind')", -1),
        ("indexof([3, 1, 2], 2)", 2), ("indexof([], 1)", -1), ("indexof(['a', 1 + 1], 2)", 1),
        ("indexof(['x', 's'], datum.s)", 0), ("indexof([2, 3], datum.b)", 1),
    ])
    func listPosition(source: String, expected: Double) throws {
        #expect(try evaluated(source) == .number(expected))
    }

    @Test("a part's place in a text, in characters", arguments: [
        ("indexof('Inner Mongolia', ' ')", 5.0), ("indexof('abc', 'z')", -1), ("indexof('内蒙古自治区', '自治')", 3),
    ])
    func textPosition(source: String, expected: Double) throws {
        #expect(try evaluated(source) == .number(expected))
    }

    @Test("lists are constants, and only indexof's first argument")
    func listErrors() {
        #expect(parseError("indexof([datum.a], 1)")?.message.contains("holds constants") == true)
        #expect(parseError("['a', 'b']")?.message.contains("read only as the first argument of indexof") == true)
        #expect(parseError("indexof(['a'])")?.message.contains("takes the value to find after the list") == true)
        #expect(parseError("indexof(['a', 'b'], 'a'")?.message.contains("never closed") == true)
        #expect(parseError("indexof(['a', 'b', 'a')")?.message.contains("expected \"]\"") == true)
    }
}
