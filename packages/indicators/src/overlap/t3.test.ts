import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { T3, t3, t3Lookback } from './t3.js'

describe('t3', () => {
  it.each([2, 5, 10, 20])('matches TA-Lib T3 on real data, period %i', (period) => {
    expectTalibParity('T3', { optInTimePeriod: period }, (b) => t3(b.close, { period }))
  })

  it.each([0, 0.3, 1])('matches TA-Lib T3 with vFactor %f', (vFactor) => {
    expectTalibParity('T3', { optInTimePeriod: 5, optInVFactor: vFactor }, (b) => t3(b.close, { period: 5, vFactor }))
  })

  it('rejects vFactor outside [0, 1]', () => {
    expect(() => t3([1], { vFactor: 1.5 })).toThrow(/"vFactor"/)
    expect(() => new T3({ vFactor: -0.1 })).toThrow(/"vFactor"/)
  })

  it('worked by hand', () => {
    // the coefficients sum to 1, so a constant input gives the constant after 6·(period−1) bars
    const out = t3(new Array(12).fill(5), { period: 2 })
    expectSeriesClose(out, [...new Array(6).fill(Number.NaN), ...new Array(6).fill(5)])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, 6, 7, 8, 9, Number.NaN, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      t3(x, { period: 2 }),
      talibRun('T3', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(t3([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(t3Lookback({ period: 10 })).toBe(54)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => t3([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new T3({ period })).toThrow(/"period"/)
    }
  })
})
