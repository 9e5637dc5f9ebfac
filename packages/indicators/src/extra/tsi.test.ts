import { isAitradeError } from '@aitrade/core'
import { TSI as PeerTSI } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { TSI, tsi, tsiLookback } from './tsi.js'

/** EMA of `x` from its first defined value, seeded with the mean of the first `p` defined values. */
function emaRef(x: number[], p: number): number[] {
  const out = x.map(() => Number.NaN)
  const start = x.findIndex((v) => !Number.isNaN(v))
  if (start < 0) return out
  let e = 0
  for (let i = start; i < x.length; i++) {
    if (i < start + p - 1) continue
    if (i === start + p - 1) e = x.slice(start, start + p).reduce((a, b) => a + b, 0) / p
    else e = e + (2 / (p + 1)) * (x[i]! - e)
    out[i] = e
  }
  return out
}

/** Blau's definition written out. */
function reference(c: ArrayLike<number>, r: number, s: number, sig: number): { tsi: number[]; signal: number[] } {
  const m: number[] = [Number.NaN]
  const a: number[] = [Number.NaN]
  for (let i = 1; i < c.length; i++) {
    m.push(c[i]! - c[i - 1]!)
    a.push(Math.abs(c[i]! - c[i - 1]!))
  }
  const num = emaRef(emaRef(m, r), s)
  const den = emaRef(emaRef(a, r), s)
  const t = num.map((v, i) => (100 * v) / den[i]!)
  const signal = emaRef(t, sig)
  const lb = r + s + sig - 2
  return { tsi: t.map((v, i) => (i < lb ? Number.NaN : v)), signal }
}

describe('tsi (William Blau)', () => {
  it.each([
    ['GOOG.csv', 25, 13, 13],
    ['Coinbase_BTCUSD_1h.csv', 25, 13, 7],
    ['EURUSD.csv', 5, 3, 2],
  ])('matches the definition on %s (%i/%i/%i)', (file, longPeriod, shortPeriod, signalPeriod) => {
    const b = parityBars(file)
    const ours = tsi(b.close, { longPeriod, shortPeriod, signalPeriod })
    const want = reference(b.close, longPeriod, shortPeriod, signalPeriod)
    expectSeriesClose(ours.tsi, want.tsi, 1e-9, 'tsi')
    expectSeriesClose(ours.signal, want.signal, 1e-9, 'signal')
  })

  it('is +100 on a steadily rising series and -100 on a falling one', () => {
    const up = Array.from({ length: 40 }, (_, i) => 10 + i * 0.5)
    expect(tsi(up, { longPeriod: 5, shortPeriod: 3, signalPeriod: 3 }).tsi[20]).toBeCloseTo(100, 12)
    expect(
      tsi(
        up.map((x) => -x),
        { longPeriod: 5, shortPeriod: 3, signalPeriod: 3 },
      ).signal[39],
    ).toBeCloseTo(-100, 12)
  })

  it('matches trading-signals TSI once its first-value EMA seeds have decayed', () => {
    const b = parityBars('GOOG.csv')
    const ours = tsi(b.close)
    const peer = runPeer(new PeerTSI({ longPeriod: 25, shortPeriod: 13 }), Array.from(b.close))
    expectSeriesClose(ours.tsi.subarray(600), peer.slice(600), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const c = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.subarray(0, 3000))
    expectStreamingMatchesBatch(() => new TSI(), c, tsi(c), ['tsi', 'signal'])
  })

  it('handles short input and rejects bad options', () => {
    expect(tsiLookback()).toBe(49)
    expect(tsi([]).tsi.length).toBe(0)
    expect(Array.from(tsi([1, 2, 3]).signal)).toEqual([Number.NaN, Number.NaN, Number.NaN])
    for (const arg of ['longPeriod', 'shortPeriod', 'signalPeriod'] as const) {
      try {
        tsi([1, 2, 3], { [arg]: 1 })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
