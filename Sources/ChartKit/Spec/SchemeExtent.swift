import Foundation

extension SpecDecoder {
    /// `scheme.extent`: two numbers in [0, 1], the part of a continuous scheme a scale uses
    /// ([1, 0] runs it backwards), as in Vega.
    static func schemeExtent(_ o: ObjectReader, log: DiagnosticLog) -> [Double]? {
        guard let items = o.array("extent"), let n = o["extent"] else { return nil }
        let numbers = items.compactMap { item -> Double? in
            if case .number(let v) = item.value, (0...1).contains(v) { return v }
            return nil
        }
        guard numbers.count == 2, items.count == 2 else {
            log.error(n.location, o.childPath("extent"), "must be two numbers from 0 to 1, such as [0.2, 1]")
            return nil
        }
        return numbers
    }
}
