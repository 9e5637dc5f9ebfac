import { describe, expect, it } from 'vitest'
import { parityBars } from '../../test-support/parity.js'
import { PARITY_FILES } from '../../test-support/sharedData.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import type { MaType } from './ma.js'
import { MAVP, mavp, mavpLookback } from './mavp.js'

/** Periods that wander with the data: 2 + (scaled volume) — includes values outside [min, max]. */
function periodsFor(volume: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: volume.length }, (_, i) => ((volume[i] as number) % 37) + ((i * 7) % 5) - 1.5)
}

describe('mavp', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])('matches TA-Lib MAVP on real data, maType %i', (maType) => {
    for (const file of PARITY_FILES) {
      const b = parityBars(file)
      const periods = periodsFor(b.volume)
      for (const [minPeriod, maxPeriod] of [
        [2, 30],
        [5, 12],
      ] as const) {
        const want = talibRun(
          'MAVP',
          { inReal: b.close, inPeriods: periods },
          { optInMinPeriod: minPeriod, optInMaxPeriod: maxPeriod, optInMAType: maType },
        ).outReal as Float64Array
        expectSeriesClose(
          mavp(b.close, periods, { minPeriod, maxPeriod, maType: maType as MaType }),
          want,
          1e-9,
          `${file} ${minPeriod}-${maxPeriod}`,
        )
      }
    }
  })

  it('worked by hand: SMA(2) then SMA(3) then SMA(2)', () => {
    expectSeriesClose(mavp([1, 2, 3, 4, 5], [2, 2, 3, 2, 3], { minPeriod: 2, maxPeriod: 3 }), [
      Number.NaN,
      Number.NaN,
      2,
      3.5,
      4,
    ])
  })

  it('streams like the batch function for exponential types too', () => {
    const b = parityBars(PARITY_FILES[0])
    const periods = periodsFor(b.volume)
    for (const maType of [1, 3, 6] as const) {
      const want = mavp(b.close, periods, { minPeriod: 3, maxPeriod: 9, maType })
      const s = new MAVP({ minPeriod: 3, maxPeriod: 9, maType })
      for (let i = 0; i < 600; i++) {
        const got = s.update({ value: b.close[i] as number, period: periods[i] as number })
        expect(Object.is(got, want[i]), `type ${maType} [${i}]`).toBe(true)
      }
    }
  })

  it('NaN period counts as minPeriod; empty; unequal lengths; bad options', () => {
    expectSeriesClose(mavp([1, 2, 3, 4], [Number.NaN, 9, Number.NaN, 3], { minPeriod: 2, maxPeriod: 3 }), [
      Number.NaN,
      Number.NaN,
      2.5,
      3,
    ])
    expect(mavp([], [])).toEqual(new Float64Array(0))
    expect(mavpLookback()).toBe(29)
    expect(() => mavp([1, 2], [2])).toThrow(/"periods"/)
    expect(() => mavp([1], [2], { minPeriod: 10, maxPeriod: 5 })).toThrow(/"maxPeriod"/)
    expect(() => new MAVP({ minPeriod: 1 })).toThrow(/"minPeriod"/)
  })
})
