import { describe, expect, it } from 'vitest'
import { loadShared } from '../../test-support/sharedData.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { BETA, beta, betaLookback } from './beta.js'

describe('beta', () => {
  it.each([1, 2, 5, 20, 60])('matches TA-Lib BETA on real data (close vs open; NVDA on ORCL), period %i', (period) => {
    for (const file of ['GOOG.csv', 'EURUSD.csv', 'Coinbase_BTCUSD_1h.csv']) {
      const b = loadShared(file)
      const want = talibRun('BETA', { inReal0: b.close, inReal1: b.open }, { optInTimePeriod: period })
        .outReal as Float64Array
      expectSeriesClose(beta(b.close, b.open, { period }), want, 1e-9, `${file}`)
    }
    const orcl = loadShared('orcl-1995-2014.txt').close
    const nvda = loadShared('nvda-1999-2014.txt').close
    const n = Math.min(orcl.length, nvda.length)
    const a = orcl.subarray(orcl.length - n)
    const m = nvda.subarray(nvda.length - n)
    expectSeriesClose(
      beta(a, m, { period }),
      talibRun('BETA', { inReal0: a, inReal1: m }, { optInTimePeriod: period }).outReal as Float64Array,
    )
  })

  it("worked by hand: real1's returns twice real0's give 2", () => {
    // real0 returns x = [0.1, −0.1], real1 returns y = 2x = [0.2, −0.2]: (2·Σxy − ΣxΣy)/(2·Σx² − (Σx)²) = 2
    const out = beta([100, 110, 99], [100, 120, 96], { period: 2 })
    expect(out[2]).toBeCloseTo(2, 12)
    expect(Number.isNaN(out[1])).toBe(true)
  })

  it('NaN like TA-Lib; zero prices count as zero returns; empty; unequal lengths; bad period', () => {
    const x0 = [10, 11, 0, 12, Number.NaN, 13, 14, 15]
    const x1 = [5, 6, 7, 6, 8, 9, 8, 10]
    expectSeriesClose(
      beta(x0, x1, { period: 2 }),
      talibRun('BETA', { inReal0: x0, inReal1: x1 }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(beta([], [])).toEqual(new Float64Array(0))
    expect(betaLookback({ period: 5 })).toBe(5)
    expect(() => beta([1, 2], [1])).toThrow(/"real1"/)
    expect(() => new BETA({ period: 0 })).toThrow(/"period"/)
  })
})
