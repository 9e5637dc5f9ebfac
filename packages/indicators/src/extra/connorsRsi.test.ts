import { isAitradeError } from '@aitrade/core'
import { ConnorsRSI } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { CONNORSRSI, connorsRsi, connorsRsiLookback } from './connorsRsi.js'

/** Wilder's RSI written out, from x[start]: averages seeded with the mean of the first p changes. */
function wilderRsi(x: number[], start: number, p: number): number[] {
  const out = x.map(() => Number.NaN)
  let g = 0
  let l = 0
  for (let i = start + 1; i < x.length; i++) {
    const d = x[i]! - x[i - 1]!
    const up = Math.max(d, 0)
    const down = Math.max(-d, 0)
    if (i - start <= p) {
      g += up / p
      l += down / p
      if (i - start < p) continue
    } else {
      g = (g * (p - 1) + up) / p
      l = (l * (p - 1) + down) / p
    }
    out[i] = g + l === 0 ? 0 : (100 * g) / (g + l)
  }
  return out
}

/** Connors Research's definition written out. */
function reference(src: ArrayLike<number>, rsiP: number, streakP: number, rankP: number): number[] {
  const c = Array.from(src)
  const streak = [Number.NaN]
  for (let i = 1; i < c.length; i++) {
    const prev = i === 1 ? 0 : streak[i - 1]!
    if (c[i]! > c[i - 1]!) streak.push(prev > 0 ? prev + 1 : 1)
    else if (c[i]! < c[i - 1]!) streak.push(prev < 0 ? prev - 1 : -1)
    else streak.push(0)
  }
  const roc = c.map((x, i) => (i === 0 ? Number.NaN : ((x - c[i - 1]!) / c[i - 1]!) * 100))
  const a = wilderRsi(c, 0, rsiP)
  const b = wilderRsi(streak, 1, streakP)
  const lb = Math.max(rsiP, streakP + 1, rankP + 1)
  return c.map((_, i) => {
    if (i < lb) return Number.NaN
    const below = roc.slice(i - rankP, i).filter((r) => r < roc[i]!).length
    return (a[i]! + b[i]! + (100 * below) / rankP) / 3
  })
}

describe('connorsRsi (Connors Research)', () => {
  it.each([
    ['GOOG.csv', 3, 2, 100],
    ['Coinbase_BTCUSD_1h.csv', 3, 2, 100],
    ['EURUSD.csv', 5, 3, 20],
  ])('matches the definition on %s (%i/%i/%i)', (file, rsiPeriod, streakPeriod, rankPeriod) => {
    const c = parityBars(file).close
    expectSeriesClose(
      connorsRsi(c, { rsiPeriod, streakPeriod, rankPeriod }),
      reference(c, rsiPeriod, streakPeriod, rankPeriod),
      1e-9,
    )
  })

  it('ranks a return worked by hand from GOOG.csv closes 1-4 (rankPeriod 2)', () => {
    // closes 100.34, 108.31, 109.4, 104.87: returns +7.94 %, +1.01 %, −4.14 % → the last ranks below both: 0
    const c = parityBars('GOOG.csv').close
    const crsi = connorsRsi(c, { rsiPeriod: 2, streakPeriod: 2, rankPeriod: 2 })
    const ref = reference(c, 2, 2, 2)
    expect(crsi[3]).toBeCloseTo(ref[3]!, 12)
    // RSI(close, 2): seed gain (7.97 + 1.09)/2 = 4.53, loss 0; then change −4.53 → gain = loss = 2.265 → 50
    // streak +1, +2, −1: changes +1, −3 → seed gain 0.5, loss 1.5 → RSI(streak, 2) = 25
    expect(crsi[3]).toBeCloseTo((50 + 25 + 0) / 3, 9)
  })

  it('matches trading-signals ConnorsRSI once its RSI seeds have decayed', () => {
    const c = Array.from(parityBars('GOOG.csv').close)
    expectSeriesClose(connorsRsi(c).subarray(400), runPeer(new ConnorsRSI(), c).slice(400), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const c = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.subarray(0, 3000))
    expectStreamingMatchesBatch(() => new CONNORSRSI(), c, connorsRsi(c))
  })

  it('handles short input and rejects bad options', () => {
    expect(connorsRsiLookback()).toBe(101)
    expect(connorsRsi([]).length).toBe(0)
    expect(Array.from(connorsRsi([1, 2, 3]))).toEqual([Number.NaN, Number.NaN, Number.NaN])
    for (const [arg, value] of [
      ['rsiPeriod', 1],
      ['streakPeriod', 0],
      ['rankPeriod', 0],
      ['rankPeriod', 1.5],
    ] as const) {
      try {
        connorsRsi([1, 2, 3], { [arg]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
