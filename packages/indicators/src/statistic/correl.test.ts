import { describe, expect, it } from 'vitest'
import { loadShared } from '../../test-support/sharedData.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { CORREL, correl, correlLookback } from './correl.js'

describe('correl', () => {
  it.each([1, 2, 10, 30, 100])(
    'matches TA-Lib CORREL on real data (high vs low, close vs volume), period %i',
    (period) => {
      for (const file of ['GOOG.csv', 'EURUSD.csv', 'Coinbase_BTCUSD_1h.csv']) {
        const b = loadShared(file)
        for (const [a, c] of [
          [b.high, b.low],
          [b.close, b.volume],
        ] as const) {
          const want = talibRun('CORREL', { inReal0: a, inReal1: c }, { optInTimePeriod: period })
            .outReal as Float64Array
          expectSeriesClose(correl(a, c, { period }), want, 1e-9, file)
        }
      }
    },
  )

  it('worked by hand: perfectly linear → 1, anti-linear → −1, flat → 0', () => {
    expectSeriesClose(correl([1, 2, 3], [2, 4, 6], { period: 3 }), [Number.NaN, Number.NaN, 1])
    expectSeriesClose(correl([1, 2, 3], [3, 2, 1], { period: 3 }), [Number.NaN, Number.NaN, -1])
    expectSeriesClose(correl([1, 2, 3], [5, 5, 5], { period: 3 }), [Number.NaN, Number.NaN, 0])
  })

  it('NaN like TA-Lib; empty; unequal lengths; bad period', () => {
    const x0 = [10, 11, 9, 12, Number.NaN, 13, 14, 15]
    const x1 = [5, 6, 7, 6, 8, 9, 8, 10]
    expectSeriesClose(
      correl(x0, x1, { period: 3 }),
      talibRun('CORREL', { inReal0: x0, inReal1: x1 }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(correl([], [])).toEqual(new Float64Array(0))
    expect(correlLookback()).toBe(29)
    expect(() => correl([1, 2], [1, 2, 3])).toThrow(/"real1"/)
    expect(() => new CORREL({ period: 1.5 })).toThrow(/"period"/)
  })
})
