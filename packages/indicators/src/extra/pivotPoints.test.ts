import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { headOf } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch } from '../../test-support/parity.js'
import { loadShared } from '../../test-support/sharedData.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { PIVOTPOINTS, type PivotMethod, pivotPoints, pivotPointsLookback } from './pivotPoints.js'

const KEYS = ['pivot', 'r1', 'r2', 'r3', 'r4', 's1', 's2', 's3', 's4'] as const

/** The published formulas written out, from the previous period's H, L, C. */
function levels(method: PivotMethod, H: number, L: number, C: number): number[] {
  const R = H - L
  const N = Number.NaN
  if (method === 'camarilla') {
    const P = (H + L + C) / 3
    return [
      P,
      C + (R * 1.1) / 12,
      C + (R * 1.1) / 6,
      C + (R * 1.1) / 4,
      C + (R * 1.1) / 2,
      C - (R * 1.1) / 12,
      C - (R * 1.1) / 6,
      C - (R * 1.1) / 4,
      C - (R * 1.1) / 2,
    ]
  }
  if (method === 'fibonacci') {
    const P = (H + L + C) / 3
    return [P, P + 0.382 * R, P + 0.618 * R, P + R, N, P - 0.382 * R, P - 0.618 * R, P - R, N]
  }
  const P = method === 'woodie' ? (H + L + 2 * C) / 4 : (H + L + C) / 3
  const r3 = H + 2 * (P - L)
  const s3 = L - 2 * (H - P)
  return [
    P,
    2 * P - L,
    P + R,
    r3,
    method === 'woodie' ? r3 + R : N,
    2 * P - H,
    P - R,
    s3,
    method === 'woodie' ? s3 - R : N,
  ]
}

/** Reference: group bars by `session`, levels from the previous group's highest high, lowest low, last close. */
function reference(file: string, method: PivotMethod, session: (t: number, i: number) => string): number[][] {
  const b = loadShared(file)
  const out: number[][] = KEYS.map(() => [])
  let key = ''
  let prev: number[] | undefined
  let H = 0
  let L = 0
  let C = 0
  for (let i = 0; i < b.close.length; i++) {
    const k = session(b.time[i]!, i)
    if (k !== key) {
      if (key !== '') prev = levels(method, H, L, C)
      key = k
      H = b.high[i]!
      L = b.low[i]!
    }
    H = Math.max(H, b.high[i]!)
    L = Math.min(L, b.low[i]!)
    C = b.close[i]!
    KEYS.forEach((_, j) => {
      out[j]!.push(prev ? prev[j]! : Number.NaN)
    })
  }
  return out
}

const utcDate = (t: number) => new Date(t).toISOString().slice(0, 10)

describe('pivotPoints', () => {
  it.each(['classic', 'fibonacci', 'camarilla', 'woodie'] as const)(
    '%s: daily levels from the previous UTC day on hourly BTC',
    (method) => {
      const ours = pivotPoints(loadShared('Coinbase_BTCUSD_1h.csv'), { method, anchor: 'day' })
      const want = reference('Coinbase_BTCUSD_1h.csv', method, utcDate)
      KEYS.forEach((k, j) => {
        expectSeriesClose(ours[k], want[j]!, 1e-12, `${method} ${k}`)
      })
    },
  )

  it.each(['classic', 'woodie'] as const)(
    '%s: levels from the previous bar and from the previous month on daily GOOG',
    (method) => {
      const b = loadShared('GOOG.csv')
      const byBar = reference('GOOG.csv', method, (_, i) => String(i))
      const byMonth = reference('GOOG.csv', method, (t) => utcDate(t).slice(0, 7))
      KEYS.forEach((k, j) => {
        expectSeriesClose(pivotPoints(b, { method })[k], byBar[j]!, 1e-12, `bar ${k}`)
        expectSeriesClose(pivotPoints(b, { method, anchor: 'month' })[k], byMonth[j]!, 1e-12, `month ${k}`)
      })
    },
  )

  it('matches values worked by hand from GOOG.csv row 1 (H 104.06, L 95.96, C 100.34)', () => {
    const p = pivotPoints(loadShared('GOOG.csv'))
    const P = (104.06 + 95.96 + 100.34) / 3
    expect(p.pivot[1]).toBeCloseTo(100.12, 10)
    expect(p.r1[1]).toBeCloseTo(2 * P - 95.96, 10)
    expect(p.s2[1]).toBeCloseTo(P - 8.1, 10)
    const cam = pivotPoints(loadShared('GOOG.csv'), { method: 'camarilla' })
    expect(cam.r4[1]).toBeCloseTo(100.34 + (8.1 * 1.1) / 2, 10)
    expect(p.pivot[0]).toBeNaN()
  })

  it('streams exactly like the batch', () => {
    const b = loadShared('Coinbase_BTCUSD_1h.csv')
    const bars = barList(b, 3000).map((bar, i) => ({ ...bar, time: b.time[i]! }))
    expectStreamingMatchesBatch(
      () => new PIVOTPOINTS({ method: 'camarilla' }),
      bars,
      headOf(pivotPoints(b, { method: 'camarilla' }), 3000),
      KEYS,
    )
    const daily = new PIVOTPOINTS({ method: 'fibonacci', anchor: 'day' })
    const batch = pivotPoints(b, { method: 'fibonacci', anchor: 'day' })
    bars.forEach((bar, i) => {
      const got = daily.update(bar)
      if (!Object.is(got.r2, batch.r2[i]) && got.r2 !== batch.r2[i]) expect.fail(`daily r2[${i}]`)
      expect(daily.isReady).toBe(!Number.isNaN(batch.pivot[i]!))
    })
  })

  it('rejects bad options and a missing time', () => {
    expect(pivotPointsLookback()).toBe(1)
    const bars = { high: [2], low: [1], close: [1.5] }
    const cases: [() => unknown, string][] = [
      [() => pivotPoints(bars, { method: 'demark' as PivotMethod }), 'method'],
      [() => pivotPoints(bars, { anchor: 'day' }), 'bars.time'],
      [() => pivotPoints({ ...bars, time: [0] }, { anchor: 'year' as 'day' }), 'anchor'],
      [() => new PIVOTPOINTS({ anchor: 'week' }).update({ high: 1, low: 1, close: 1 }), 'bar.time'],
    ]
    for (const [run, arg] of cases) {
      try {
        run()
        expect.fail(`no error for ${arg}`)
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
