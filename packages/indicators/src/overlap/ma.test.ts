import { describe, expect, it } from 'vitest'
import { expectTalibParity, parityBars } from '../../test-support/parity.js'
import { PARITY_FILES } from '../../test-support/sharedData.js'
import { createMa, MA, MaType, ma, maLookback } from './ma.js'

const TYPES = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const

describe('ma', () => {
  for (const maType of TYPES) {
    it.each([1, 2, 3, 14, 30])(`matches TA-Lib MA type ${maType} on real data, period %i`, (period) => {
      expectTalibParity('MA', { optInTimePeriod: period, optInMAType: maType }, (b) => ma(b.close, { period, maType }))
    })
  }

  it('lookback follows TA-Lib per type', () => {
    expect(maLookback({ period: 10 })).toBe(9)
    expect(maLookback({ period: 10, maType: MaType.DEMA })).toBe(18)
    expect(maLookback({ period: 10, maType: MaType.TEMA })).toBe(27)
    expect(maLookback({ period: 10, maType: MaType.KAMA })).toBe(10)
    expect(maLookback({ period: 10, maType: MaType.T3 })).toBe(54)
    expect(maLookback({ period: 1, maType: MaType.T3 })).toBe(0)
    expect(maLookback({ period: 10, maType: MaType.MAMA })).toBe(32)
  })

  it('rejects bad period and maType naming them', () => {
    expect(() => ma([1, 2], { period: 0 })).toThrow(/"period"/)
    expect(() => ma([1, 2], { period: 2.5 })).toThrow(/"period"/)
    expect(() => ma([1, 2], { maType: 9 as MaType })).toThrow(/"maType"/)
    expect(() => createMa(-1 as MaType, 5)).toThrow(/"maType"/)
  })

  it('createMa and MA stream exactly like the batch function', () => {
    const close = parityBars(PARITY_FILES[0]).close
    for (const maType of TYPES) {
      for (const period of [1, 4]) {
        const want = ma(close, { period, maType })
        const a = createMa(maType, period)
        const b = new MA({ period, maType })
        for (let i = 0; i < close.length; i++) {
          const x = close[i] as number
          expect(
            Object.is(a.update(x), want[i]) && Object.is(b.update(x), want[i]),
            `type ${maType} p${period} [${i}]`,
          ).toBe(true)
          expect(a.isReady).toBe(i >= a.lookback)
        }
      }
    }
  })
})
