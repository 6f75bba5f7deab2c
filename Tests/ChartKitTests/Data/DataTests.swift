import Testing
@testable import ChartKit

@Suite("Data loading and field binding")
struct DataTests {
    @Test("CSV: header, quoted commas, BOM, blank lines and empty cells")
    func parseCSV() throws {
        let text = "\u{FEFF}region,target,note\n\"Beijing, city\",14,\n\nHebei, 15 ,\"two\nlines\"\n"
        let table = try DataLoader.parseCSV(Array(text.utf8), name: "t.csv")
        #expect(table.columns == ["region", "target", "note"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0] == [.text("Beijing, city"), .text("14"), .missing])
        #expect(table.rows[1][1] == .text("15"))
        #expect(table.rowLocations.map(\.line) == [2, 4])
    }

    @Test("CSV: a row with the wrong number of fields names its line")
    func raggedRow() {
        #expect(throws: ChartError.self) { try DataLoader.parseCSV(Array("a,b\n1,2\n3\n".utf8), name: "t.csv") }
        do {
            _ = try DataLoader.parseCSV(Array("a,b\n1,2\n3\n".utf8), name: "t.csv")
        } catch {
            #expect(error.diagnostics[0].description == "t.csv:3:1: this row has 1 fields but the header has 2 (a, b)")
        }
    }

    @Test("CSV: an unterminated quote is an error, not a swallowed file")
    func unterminatedQuote() {
        do {
            _ = try DataLoader.parseCSV(Array("a,b\n1,\"oops\n2,3\n".utf8), name: "t.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics[0].location?.line == 2)
            #expect(error.diagnostics[0].message.contains("never closed"))
        }
    }

    @Test("CSV: empty file and duplicate header names")
    func badHeaders() {
        #expect(throws: ChartError.self) { try DataLoader.parseCSV([], name: "t.csv") }
        #expect(throws: ChartError.self) { try DataLoader.parseCSV(Array("a,a\n1,2\n".utf8), name: "t.csv") }
    }

    @Test("a field that is not a column lists the columns and the nearest one, at the field's place")
    func unknownColumn() {
        let errors = TestSupport.resolveErrors("""
        {
          "data": {"csv": "data/energy-intensity-2025.csv"},
          "mark": "bar",
          "encoding": {
            "x": {"field": "region"},
            "y": {"field": "targt", "type": "quantitative"}
          }
        }
        """)
        #expect(errors.count == 1)
        #expect(errors[0].location?.line == 6)
        #expect(errors[0].location?.column == 20)
        #expect(errors[0].path == "encoding.y.field")
        #expect(errors[0].message.contains("\"targt\" is not a column of"))
        #expect(errors[0].message.contains("(columns: region, target)"))
        #expect(errors[0].message.hasSuffix("did you mean \"target\"?"))
    }

    @Test("text in a quantitative column names the row, the column and the value")
    func textInNumbers() {
        let errors = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"r": "A", "v": 1}, {"r": "B", "v": "n/a"}]},
         "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("column \"v\", row 2: \"n/a\" is not a number"))
        #expect(errors[0].location?.line == 1)
    }

    @Test("a missing data file is reported at the spec's data.csv")
    func missingFile() {
        let errors = TestSupport.resolveErrors(#"{"data": {"csv": "data/nope.csv"}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v"}}}"#)
        #expect(errors.count == 1)
        #expect(errors[0].path == "data.csv")
        #expect(errors[0].message.contains("not found"))
    }

    @Test("a field without a type is typed as Vega-Lite types it: from the encoding, never from the data")
    func inference() throws {
        let values = #""data": {"values": [{"r": "A", "v": 3}, {"r": "B", "v": -1}]}, "mark": "bar""#
        // Numbers alone do not make a field quantitative: both fields are nominal, as in Vega-Lite.
        let untyped = TestSupport.resolveErrors(#"{\#(values), "encoding": {"x": {"field": "r"}, "y": {"field": "v"}}}"#)
        #expect(untyped.first?.message.contains("\"r\" and \"v\" are both categories") == true)
        // An aggregate makes it quantitative; a scale type too; an explicit sort array makes it ordinal.
        let aggregated = try TestSupport.compile(#"{\#(values), "encoding": {"x": {"field": "r"}, "y": {"field": "v", "aggregate": "sum"}}}"#)
        #expect(aggregated.scene.bars.count == 2)
        let scaled = try ChartResolver.resolve(try SpecDecoder.decode(text: #"{\#(values), "encoding": {"x": {"field": "r", "sort": ["B", "A"]}, "y": {"field": "v", "scale": {"type": "linear"}}}}"#, file: "t.json"))
        #expect(scaled.layers[0].x?.type == .ordinal)
        #expect(scaled.layers[0].y?.type == .quantitative)
    }

    @Test("two rows for one bar is an error naming both rows")
    func duplicateCategory() {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "A", "v": 3}, {"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("\"A\" appears twice (rows 1 and 2)"))
    }
}
