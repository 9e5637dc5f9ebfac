import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { describe, expect, it } from 'vitest'
import { headOf } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { CHANDELIER, chandelierExit, chandelierExitLookback } from './chandelierExit.js'

describe('chandelierExit (Chuck LeBeau)', () => {
  it.each([
    ['GOOG.csv', 22, 3],
    ['Coinbase_BTCUSD_1h.csv', 10, 2.5],
  ])(
    'is highest high − m·ATR / lowest low + m·ATR with TA-Lib MAX, MIN and ATR as oracle on %s',
    (file, period, multiplier) => {
      const b = parityBars(file)
      const ce = chandelierExit(b, { period, multiplier })
      const hh = talibRun('MAX', { inReal: b.high }, { optInTimePeriod: period }).outReal!
      const ll = talibRun('MIN', { inReal: b.low }, { optInTimePeriod: period }).outReal!
      const range = talibRun('ATR', { high: b.high, low: b.low, close: b.close }, { optInTimePeriod: period }).outReal!
      expectSeriesClose(
        ce.long,
        Array.from(hh, (h, i) => h - multiplier * range[i]!),
        1e-12,
        'long',
      )
      expectSeriesClose(
        ce.short,
        Array.from(ll, (l, i) => l + multiplier * range[i]!),
        1e-12,
        'short',
      )
    },
  )

  it('matches a value worked by hand from GOOG.csv rows 1-2 (period 1, multiplier 1)', () => {
    // row 2: H 109.08, L 100.5; previous close 100.34 → TR = max(8.58, 8.74, 0.16) = 8.74
    const ce = chandelierExit(parityBars('GOOG.csv'), { period: 1, multiplier: 1 })
    expect(ce.long[1]).toBeCloseTo(109.08 - 8.74, 10)
    expect(ce.short[1]).toBeCloseTo(100.5 + 8.74, 10)
  })

  it('matches technicalindicators ChandelierExit (same ATR)', () => {
    const b = parityBars('GOOG.csv')
    const ce = chandelierExit(b)
    const theirs = ti.ChandelierExit.calculate({
      high: Array.from(b.high),
      low: Array.from(b.low),
      close: Array.from(b.close),
      period: 22,
      multiplier: 3,
    }) as unknown as { exitLong: number; exitShort: number }[]
    const start = b.close.length - theirs.length
    expect(start).toBe(22)
    expectSeriesClose(
      ce.long.subarray(start),
      theirs.map((r) => r.exitLong),
      1e-9,
      'exitLong',
    )
    expectSeriesClose(
      ce.short.subarray(start),
      theirs.map((r) => r.exitShort),
      1e-9,
      'exitShort',
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new CHANDELIER(), barList(b, 3000), headOf(chandelierExit(b), 3000), [
      'long',
      'short',
    ])
  })

  it('handles short input and rejects bad options', () => {
    expect(chandelierExitLookback()).toBe(22)
    expect(Array.from(chandelierExit({ high: [2], low: [1], close: [1.5] }).long)).toEqual([Number.NaN])
    for (const [arg, value] of [
      ['period', 0],
      ['multiplier', Number.NaN],
    ] as const) {
      try {
        chandelierExit({ high: [2], low: [1], close: [1.5] }, { [arg]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
