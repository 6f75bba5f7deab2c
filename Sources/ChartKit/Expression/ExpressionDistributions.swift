import Foundation

// Vega's distribution functions (vega-statistics normal.js and uniform.js): quantile,
// cumulative and density of the normal (mean 0, stdev 1 unless given) and the uniform (on
// [0, 1], or [0, max] with one bound, [min, max] with two) distributions. Null in gives null.

extension ExprFunction {
    static func distribution(_ f: ExprFunction, _ a: ExprValue, _ b: ExprValue, _ c: ExprValue?) -> ExprValue {
        guard let x = a.numberValue else { return .null }
        let p1 = b.numberValue, p2 = c?.numberValue
        switch f {
        case .quantileNormal, .cumulativeNormal, .densityNormal:
            let mean = p1 ?? 0, stdev = p2 ?? 1
            switch f {
            case .quantileNormal: return .number(x < 0 || x > 1 ? .nan : mean + stdev * 2.0.squareRoot() * erfinv(2 * x - 1))
            case .cumulativeNormal: return .number(KernelDensity.normalCDF((x - mean) / stdev))
            default: return .number(KernelDensity.normalPDF((x - mean) / stdev) / stdev)
            }
        default:
            // One bound is the maximum (Vega's sampleUniform(max)).
            let (lo, hi) = p2.map { (p1 ?? 0, $0) } ?? (0, p1 ?? 1)
            switch f {
            case .quantileUniform: return .number(x >= 0 && x <= 1 ? lo + x * (hi - lo) : .nan)
            case .cumulativeUniform: return .number(x < lo ? 0 : x > hi ? 1 : (x - lo) / (hi - lo))
            default: return .number(x >= lo && x <= hi ? 1 / (hi - lo) : 0)
            }
        }
    }

    /// The inverse error function: M. Giles, "Approximating the erfinv function" (GPU Computing
    /// Gems 2, 2010), with Vega's coefficients (from Apache Commons Math).
    static func erfinv(_ x: Double) -> Double {
        // (1 − x)(1 + x), not 1 − x², which loses precision near ±1.
        var w = -Foundation.log((1 - x) * (1 + x))
        let coefficients: [Double]
        if w < 6.25 {
            w -= 3.125
            coefficients = [-3.6444120640178196996e-21, -1.685059138182016589e-19, 1.2858480715256400167e-18, 1.115787767802518096e-17,
                            -1.333171662854620906e-16, 2.0972767875968561637e-17, 6.6376381343583238325e-15, -4.0545662729752068639e-14,
                            -8.1519341976054721522e-14, 2.6335093153082322977e-12, -1.2975133253453532498e-11, -5.4154120542946279317e-11,
                            1.051212273321532285e-09, -4.1126339803469836976e-09, -2.9070369957882005086e-08, 4.2347877827932403518e-07,
                            -1.3654692000834678645e-06, -1.3882523362786468719e-05, 0.0001867342080340571352, -0.00074070253416626697512,
                            -0.0060336708714301490533, 0.24015818242558961693, 1.6536545626831027356]
        } else if w < 16 {
            w = w.squareRoot() - 3.25
            coefficients = [2.2137376921775787049e-09, 9.0756561938885390979e-08, -2.7517406297064545428e-07, 1.8239629214389227755e-08,
                            1.5027403968909827627e-06, -4.013867526981545969e-06, 2.9234449089955446044e-06, 1.2475304481671778723e-05,
                            -4.7318229009055733981e-05, 6.8284851459573175448e-05, 2.4031110387097893999e-05, -0.0003550375203628474796,
                            0.00095328937973738049703, -0.0016882755560235047313, 0.0024914420961078508066, -0.0037512085075692412107,
                            0.005370914553590063617, 1.0052589676941592334, 3.0838856104922207635]
        } else if w.isFinite {
            w = w.squareRoot() - 5
            coefficients = [-2.7109920616438573243e-11, -2.5556418169965252055e-10, 1.5076572693500548083e-09, -3.7894654401267369937e-09,
                            7.6157012080783393804e-09, -1.4960026627149240478e-08, 2.9147953450901080826e-08, -6.7711997758452339498e-08,
                            2.2900482228026654717e-07, -9.9298272942317002539e-07, 4.5260625972231537039e-06, -1.9681778105531670567e-05,
                            7.5995277030017761139e-05, -0.00021503011930044477347, -0.00013871931833623122026, 1.0103004648645343977,
                            4.8499064014085844221]
        } else {
            return .infinity * x
        }
        var p = coefficients[0]
        for c in coefficients.dropFirst() { p = c + p * w }
        return p * x
    }
}

extension ExprFunction {
    /// `value[index]`: the character at a whole index of a string (counted in Characters, as
    /// the other text functions count); null for anything else, as JavaScript's undefined.
    static func character(_ a: ExprValue, at b: ExprValue) -> ExprValue {
        guard case .string(let s) = a, let i = b.numberValue, i >= 0, i == i.rounded(), i < Double(s.count) else { return .null }
        return .string(String(s[s.index(s.startIndex, offsetBy: Int(i))]))
    }
}
