import Testing
@testable import ChartKit

@Suite("Spec decoding")
struct SpecDecoderTests {
    @Test("a full spec decodes into one normalised layer")
    func validSpec() throws {
        let spec = try SpecDecoder.decode(text: """
        {
          "title": "T", "subtitle": "S", "notes": ["a", "b"], "source": "Data source: X",
          "width": 640, "height": 400, "style": "print",
          "data": {"csv": "data/x.csv"},
          "mark": {"type": "bar", "labels": true},
          "encoding": {
            "x": {"field": "region", "type": "nominal", "sort": "-y"},
            "y": {"field": "target", "type": "quantitative", "title": "Reduction (%)", "format": ".1f"},
            "color": {"field": "year", "type": "ordinal", "legend": {"orient": "bottom"}}
          },
          "annotations": [{"type": "rule", "y": 13.5, "label": "National"}, {"type": "band", "y": 12, "y2": 14}]
        }
        """, file: "f.json")
        #expect(spec.title == "T")
        #expect(spec.notes == ["a", "b"])
        #expect(spec.width?.value == 640)
        #expect(spec.style?.value == "print")
        #expect(spec.layers.count == 1)
        let layer = spec.layers[0]
        #expect(layer.mark.type == .bar)
        #expect(layer.mark.labels)
        #expect(layer.encoding.x?.sort == .byChannel("y", descending: true))
        #expect(layer.encoding.y?.type?.value == .quantitative)
        #expect(layer.encoding.color?.legend?.orient == .bottom)
        #expect(spec.annotations.count == 2)
        #expect(spec.annotations[1].value2 == .number(14))
        if case .csv(let path)? = spec.data { #expect(path.value == "data/x.csv") } else { Issue.record("data not decoded") }
    }

    @Test("mark as a plain string")
    func markString() throws {
        let spec = try SpecDecoder.decode(text: #"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}"#)
        #expect(spec.layers[0].mark.type == .bar)
        #expect(spec.layers[0].mark.labels == false)
    }

    @Test("JSON syntax errors point at line and column")
    func syntaxError() {
        let errors = TestSupport.decodeErrors("{\n  \"title\": \"x\",\n  \"width\": 800,\n}\n")
        #expect(errors.count == 1)
        #expect(errors[0].location?.line == 4)
        #expect(errors[0].location?.column == 1)
        #expect(errors[0].message.contains("trailing comma"))
        #expect(errors[0].description.hasPrefix("spec.json:4:1: "))
    }

    @Test("an unknown key is an error at the key, with the nearest valid key")
    func unknownKey() {
        let errors = TestSupport.decodeErrors("{\n  \"titel\": \"x\",\n  \"mark\": \"bar\",\n  \"data\": {\"values\": []},\n  \"encoding\": {\"x\": {\"field\": \"a\"}, \"y\": {\"field\": \"b\"}}\n}")
        #expect(errors.count == 1)
        #expect(errors[0].location?.line == 2)
        #expect(errors[0].location?.column == 3)
        #expect(errors[0].path == "titel")
        #expect(errors[0].message.contains("did you mean \"title\"?"))
    }

    @Test("a nested unknown key names its full path")
    func nestedUnknownKey() {
        let errors = TestSupport.decodeErrors(#"{"mark": "bar", "data": {"values": []}, "encoding": {"x": {"field": "a", "sortt": "-y"}, "y": {"field": "b"}}}"#)
        #expect(errors.map(\.path) == ["encoding.x.sortt"])
        #expect(errors[0].message.contains("\"sort\""))
    }

    @Test("a value of the wrong kind says what was expected and what was found")
    func wrongType() {
        let errors = TestSupport.decodeErrors("{\"width\": \"800\", \"mark\": \"bar\", \"data\": {\"values\": []}, \"encoding\": {\"x\": {\"field\": \"a\"}, \"y\": {\"field\": \"b\"}}}")
        #expect(errors.count == 1)
        #expect(errors[0].path == "width")
        #expect(errors[0].message == #"must be a number, "container" or {"step": …}, found a string"#)
        #expect(errors[0].location?.column == 11)
    }

    @Test("a misspelt mark type suggests the real one")
    func markTypo() {
        let errors = TestSupport.decodeErrors(#"{"mark": {"type": "bra"}, "data": {"values": []}, "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}"#)
        #expect(errors.count == 1)
        #expect(errors[0].path == "mark.type")
        #expect(errors[0].message.contains("did you mean \"bar\"?"))
    }

    @Test("every error in a file is reported in one pass")
    func manyErrors() {
        let errors = TestSupport.decodeErrors(#"{"titel": 1, "width": -5, "mark": "bra", "data": {"csv": 3}, "encoding": {"x": {"field": "a", "type": "nominl"}, "y": {}}}"#)
        let paths = Set(errors.map(\.path))
        #expect(paths.isSuperset(of: ["titel", "width", "mark", "data.csv", "encoding.x.type"]))
    }

    @Test("a channel with no field, datum or value is dropped with a warning, as Vega-Lite drops it")
    func emptyChannelDropped() throws {
        // A layered chart's shared y gives the type and axis; a layer that names no y field
        // gets the type alone, which Vega-Lite drops with its emptyFieldDef warning.
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}]},
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"type": "quantitative", "axis": {"grid": false}}},
         "layer": [{"mark": "line", "encoding": {"y": {"field": "b"}}}, {"mark": "point"}]}
        """#)
        #expect(spec.layers[0].encoding.y?.field?.value == "b")
        #expect(spec.layers[1].encoding.y == nil)
        #expect(spec.warnings.contains { $0.contains("encoding.y has no \"field\", \"datum\" or \"value\", so it is dropped") })
    }

    @Test("annotations need a value on one axis, and bands a far edge")
    func annotationErrors() {
        let errors = TestSupport.decodeErrors(#"{"mark": "bar", "data": {"values": []}, "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}, "annotations": [{"type": "band", "y": 1}, {"type": "rule"}, {"type": "rul", "y": 2}]}"#)
        #expect(errors.count == 3)
        #expect(errors[0].message.contains("\"y2\""))
        #expect(errors[1].path == "annotations[1]")
        #expect(errors[2].message.contains("did you mean \"rule\"?"))
    }

    @Test("duplicate keys, NaN and deep nesting are refused, not guessed at")
    func hostileJSON() {
        #expect(TestSupport.decodeErrors(#"{"title": "a", "title": "b"}"#)[0].message.contains("duplicate key"))
        #expect(TestSupport.decodeErrors(#"{"width": NaN}"#)[0].message.contains("NaN"))
        #expect(TestSupport.decodeErrors(#"{"width": 1e999}"#)[0].message.contains("too large"))
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(TestSupport.decodeErrors(deep)[0].message.contains("nesting"))
        #expect(TestSupport.decodeErrors("")[0].message.contains("empty"))
        #expect(TestSupport.decodeErrors("[1, 2]")[0].message.contains("must be a JSON object"))
        #expect(TestSupport.decodeErrors("{\"title\": \"a\nb\"}")[0].message.contains("line break"))
    }

    @Test("records repeating their keys parse as written; a duplicate in a later record is still found")
    func repeatedRecordKeys() throws {
        // Keys matched against the previous record's: same order, a prefix, another order, escapes.
        let records = #"[{"a": 1, "b": {"c": 2}}, {"a": 3, "b": {"c": 4}}, {"a": 5}, {"b": 6, "a": 7}, {"a": 8, "b\u0041": 9}]"#
        let node = try JSONParser.parse(records, file: "f")
        guard case .array(let rows) = node.value else { Issue.record("not an array"); return }
        #expect(rows.map { $0.members!.map(\.key) } == [["a", "b"], ["a", "b"], ["a"], ["b", "a"], ["a", "bA"]])
        #expect(rows[1]["b"]?["c"]?.value == .number(4) && rows[3]["a"]?.value == .number(7))
        // The duplicate sits after keys that repeat the last record's, and past the 12 keys
        // where the check turns to an index.
        let keys = (0..<14).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        for dup in [#"[{"a": 1, "b": 2}, {"a": 1, "b": 2, "a": 3}]"#, "[{\(keys)}, {\(keys), \"k3\": 0}]"] {
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(dup, file: "f") }
            do { _ = try JSONParser.parse(dup, file: "f") } catch { #expect(error.message.contains("duplicate key")) }
        }
    }

    @Test("columns count characters, not bytes, after Chinese text")
    func unicodeColumns() {
        let errors = TestSupport.decodeErrors("{\"title\": \"内蒙古\", \"widht\": 5}")
        #expect(errors[0].location?.column == 18)
    }

    @Test("string escapes decode, including surrogate pairs")
    func escapes() throws {
        let node = try JSONParser.parse(#"{"a": "x\n\u00e9\ud83d\ude00\"/"}"#, file: "f")
        #expect(node["a"]?.value == .string("x\né😀\"/"))
    }
}
