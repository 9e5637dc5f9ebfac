import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { SAREXT, type SarExtOptions, sarExt, sarExtLookback } from './sarExt.js'

const talibOpts = (o: Required<SarExtOptions>) => ({
  optInStartValue: o.startValue,
  optInOffsetOnReverse: o.offsetOnReverse,
  optInAccelerationInitLong: o.accelerationInitLong,
  optInAccelerationLong: o.accelerationLong,
  optInAccelerationMaxLong: o.accelerationMaxLong,
  optInAccelerationInitShort: o.accelerationInitShort,
  optInAccelerationShort: o.accelerationShort,
  optInAccelerationMaxShort: o.accelerationMaxShort,
})
const base: Required<SarExtOptions> = {
  startValue: 0,
  offsetOnReverse: 0,
  accelerationInitLong: 0.02,
  accelerationLong: 0.02,
  accelerationMaxLong: 0.2,
  accelerationInitShort: 0.02,
  accelerationShort: 0.02,
  accelerationMaxShort: 0.2,
}

describe('sarExt', () => {
  it.each([
    ['defaults', base],
    ['offset 1 % on reverse', { ...base, offsetOnReverse: 0.01 }],
    [
      'asymmetric factors',
      {
        ...base,
        accelerationInitLong: 0.01,
        accelerationLong: 0.03,
        accelerationMaxLong: 0.3,
        accelerationShort: 0.01,
      },
    ],
    ['init above cap', { ...base, accelerationInitShort: 0.5, accelerationShort: 0.4, accelerationMaxShort: 0.25 }],
  ] as const)('matches TA-Lib SAREXT on real data: %s', (_, o) => {
    expectTalibParity('SAREXT', talibOpts(o), (b) => sarExt(b, o))
  })

  it('matches TA-Lib with a forced start (long at the first low, short at the first high)', () => {
    expectTalibParity('SAREXT', { ...talibOpts(base), optInStartValue: 1 }, (b) => sarExt(b, { startValue: 1 }))
    expectTalibParity('SAREXT', { ...talibOpts(base), optInStartValue: -1e6 }, (b) => sarExt(b, { startValue: -1e6 }))
  })

  it('worked by hand: short positions are negative', () => {
    expectSeriesClose(sarExt({ high: [10, 11, 12, 11], low: [9, 10, 11, 9] }), [Number.NaN, 9, 9.04, -12])
  })

  it('NaN like TA-Lib; empty; bad options naming them', () => {
    const bars = { high: [10, 11, 12, Number.NaN, 13, 12, 11], low: [9, 10, 11, 10, Number.NaN, 10, 9] }
    expectSeriesClose(sarExt(bars), talibRun('SAREXT', bars, talibOpts(base)).outReal as Float64Array)
    expect(sarExt({ high: [], low: [] })).toEqual(new Float64Array(0))
    expect(sarExtLookback()).toBe(1)
    expect(() => sarExt({ high: [1], low: [1] }, { offsetOnReverse: -1 })).toThrow(/"offsetOnReverse"/)
    expect(() => new SAREXT({ accelerationMaxShort: -0.2 })).toThrow(/"accelerationMaxShort"/)
  })
})
