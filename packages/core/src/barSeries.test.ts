import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedDataText } from '../test-support/sharedData.js'
import type { Bar } from './bar.js'
import { BarSeries } from './barSeries.js'
import { parseBarsCsv } from './csv/parseBarsCsv.js'
import { isAitradeError } from './errors.js'
import { alignTime, TIMEFRAMES, type Timeframe, timeframeToMs } from './timeframe.js'

const H = 3_600_000
const D = 24 * H
const bar = (time: number, open: number, high: number, low: number, close: number, volume = 1): Bar => ({
  time,
  open,
  high,
  low,
  close,
  volume,
})

function caught(fn: () => unknown) {
  try {
    fn()
  } catch (e) {
    if (isAitradeError(e)) return e
    throw e
  }
  throw new Error('expected an error')
}

describe('BarSeries basics', () => {
  const bars = [bar(0, 10, 12, 9, 11, 5), bar(H, 11, 13, 10, 12, 6), bar(2 * H, 12, 12.5, 11, 11.5, 7)]
  const s = BarSeries.fromBars(bars, { symbol: 'X', timeframe: '1h' })

  it('stores columns as Float64Array and reads bars back', () => {
    expect(s.length).toBe(3)
    expect(s.close).toBeInstanceOf(Float64Array)
    expect(s.toBars()).toEqual(bars)
    expect(s.at(-1)).toEqual(bars[2])
    expect(s.at(0)).toEqual(bars[0])
    expect([s.symbol, s.timeframe]).toEqual(['X', '1h'])
    for (const i of [3, -4, 0.5, Number.NaN]) expect(caught(() => s.at(i)).code).toBe('INVALID_ARGUMENT')
  })

  it('slices as views (shared memory, subarray semantics)', () => {
    const v = s.slice(1)
    expect(v.toBars()).toEqual(bars.slice(1))
    expect(s.slice(-1).time).toEqual(new Float64Array([2 * H]))
    expect(s.slice(5).length).toBe(0)
    expect(v.close.buffer).toBe(s.close.buffer)
    expect([v.symbol, v.timeframe]).toEqual(['X', '1h'])
  })

  it('fromColumns adopts Float64Arrays and copies other array-likes', () => {
    const time = new Float64Array([0, 1])
    const c = BarSeries.fromColumns({ time, open: [1, 1], high: [1, 1], low: [1, 1], close: [1, 1], volume: [0, 0] })
    expect(c.time).toBe(time)
    expect(c.open).toBeInstanceOf(Float64Array)
  })
})

describe('BarSeries validation names the field and index', () => {
  const ok = () => ({
    time: [0, 1, 2],
    open: [10, 10, 10],
    high: [11, 11, 11],
    low: [9, 9, 9],
    close: [10, 10, 10],
    volume: [1, 1, 1],
  })
  const cases: [string, (c: ReturnType<typeof ok>) => void, string, RegExp][] = [
    ['unequal lengths', (c) => c.low.pop(), 'columns.low', /length 2, expected 3/],
    ['non-ascending time', (c) => (c.time[2] = 1), 'time[2]', /strictly ascending/],
    ['NaN time', (c) => (c.time[1] = Number.NaN), 'time[1]', /finite/],
    [
      'negative price',
      (c) => {
        c.open[1] = -1
        c.low[1] = -1
      },
      'open[1]',
      />= 0/,
    ],
    ['infinite volume', (c) => (c.volume[0] = Number.POSITIVE_INFINITY), 'volume[0]', /finite/],
    ['NaN close', (c) => (c.close[2] = Number.NaN), 'close[2]', /finite/],
    ['high < low', (c) => (c.high[1] = 8), 'high[1]', /high 8 < low 9/],
    ['high < open', (c) => (c.open[0] = 11.5), 'high[0]', /high 11 < open 11.5/],
    ['low > close', (c) => (c.close[2] = 8.5), 'low[2]', /low 9 > close 8.5/],
  ]
  for (const [name, breakIt, argument, reason] of cases) {
    it(name, () => {
      const c = ok()
      breakIt(c)
      const e = caught(() => BarSeries.fromColumns(c))
      expect(e.code).toBe('INVALID_ARGUMENT')
      expect(e.details.argument).toBe(argument)
      expect(e.message).toMatch(reason)
    })
  }

  it('rejects a bad timeframe and missing columns', () => {
    expect(caught(() => BarSeries.fromBars([], { timeframe: '2d' as never })).details.argument).toBe('meta.timeframe')
    const { volume: _, ...noVolume } = ok()
    expect(caught(() => BarSeries.fromColumns(noVolume as never)).details.argument).toBe('columns.volume')
    expect(caught(() => BarSeries.fromBars([null as never])).details.argument).toBe('bars[0]')
  })
})

describe('BarSeries.gaps', () => {
  it('finds the 13-day hole of Coinbase_BTCUSD_d.csv and nothing else (README)', () => {
    const s = parseBarsCsv(sharedDataText('Coinbase_BTCUSD_d.csv'))
    const gaps = s.gaps()
    expect(gaps.length).toBe(1)
    const g = gaps[0]!
    expect((g.toTime - g.fromTime) / D - 1).toBe(g.missingBars)
    expect(g.missingBars).toBeGreaterThanOrEqual(12)
    expect(g.missingBars).toBeLessThanOrEqual(13)
  })

  it('the hourly BTC file has no gaps; EURUSD gaps are weekends', () => {
    expect(parseBarsCsv(sharedDataText('Coinbase_BTCUSD_1h.csv')).gaps('1h')).toEqual([])
    const fx = parseBarsCsv(sharedDataText('EURUSD.csv'))
    const gaps = fx.gaps()
    expect(gaps.length).toBeGreaterThan(30)
    for (const g of gaps.filter((x) => x.missingBars > 24)) {
      // a weekend hole starts on a Friday or Saturday (UTC) and ends on Sunday or Monday
      expect([5, 6]).toContain(new Date(g.fromTime).getUTCDay())
      expect([0, 1]).toContain(new Date(g.toTime).getUTCDay())
    }
  })

  it('counts calendar buckets: Friday-dated weeks and month-end months have no holes', () => {
    expect(parseBarsCsv(sharedDataText('2006-week-001.txt')).gaps('1w')).toEqual([])
    expect(parseBarsCsv(sharedDataText('BTCUSD.csv')).gaps('1M')).toEqual([])
    const m = BarSeries.fromBars([bar(Date.UTC(2024, 0, 31), 1, 1, 1, 1), bar(Date.UTC(2024, 3, 30), 1, 1, 1, 1)])
    expect(m.gaps('1M')).toEqual([
      { index: 1, fromTime: Date.UTC(2024, 0, 31), toTime: Date.UTC(2024, 3, 30), missingBars: 2 },
    ])
  })

  it('with a duration in ms', () => {
    const s = BarSeries.fromBars([bar(0, 1, 1, 1, 1), bar(60_000, 1, 1, 1, 1), bar(240_000, 1, 1, 1, 1)])
    expect(s.gaps(60_000)).toEqual([{ index: 2, fromTime: 60_000, toTime: 240_000, missingBars: 2 }])
    expect(s.gaps()).toEqual(s.gaps(60_000))
    expect(caught(() => s.gaps(0)).code).toBe('INVALID_ARGUMENT')
    expect(caught(() => s.gaps('7m' as never)).code).toBe('INVALID_ARGUMENT')
  })
})

describe('BarSeries.resample against the files of the same index (2006-*)', () => {
  const min5 = parseBarsCsv(sharedDataText('2006-min-005.txt'))
  const day = parseBarsCsv(sharedDataText('2006-day-001.txt'))
  const week = parseBarsCsv(sharedDataText('2006-week-001.txt'))

  it('5m → 1d equals 2006-day-001.txt on the 21 overlapping days (one known discrepancy in the files)', () => {
    const d = min5.resample('1d')
    expect(d.length).toBe(21)
    expect(d.timeframe).toBe('1d')
    let compared = 0
    for (let i = 0; i < d.length; i++) {
      const j = day.time.indexOf(d.time[i]!)
      expect(j).toBeGreaterThanOrEqual(0)
      const want = { ...day.at(j), volume: 0 }
      if (d.time[i] === Date.UTC(2006, 0, 27)) {
        // the daily file's high is 3685.48 while the intraday file has a 5m high of 3685.95 that day
        expect(d.at(i)).toEqual({ ...want, high: 3685.95 })
        expect(want.high).toBe(3685.48)
      } else {
        expect(d.at(i)).toEqual(want)
      }
      compared++
    }
    expect(compared).toBe(21)
  })

  it('1d → 1w (Monday buckets) equals all 52 weeks of 2006-week-001.txt (dated Fridays)', () => {
    const w = day.resample('1w')
    expect(w.length).toBe(52)
    for (let i = 0; i < 52; i++) {
      const got = w.at(i)
      const want = week.at(i)
      expect(new Date(got.time).getUTCDay()).toBe(1)
      expect(want.time - got.time).toBeLessThanOrEqual(4 * D) // the file dates each week on its Friday (or earlier)
      expect([got.open, got.high, got.low, got.close]).toEqual([want.open, want.high, want.low, want.close])
    }
  })

  it('5m → 1h, first hour of 2006-01-02 checked by hand against the file lines', () => {
    const h = min5.resample('1h')
    // 09:05 … 09:55 fall in the 09:00 bucket: open 3578.73 (09:05), high 3605.49 (09:45), low 3578.73 (09:05),
    // close 3601.79 (09:55); the 10:00 bar opens the next bucket.
    expect(h.at(0)).toEqual({
      time: Date.UTC(2006, 0, 2, 9),
      open: 3578.73,
      high: 3605.49,
      low: 3578.73,
      close: 3601.79,
      volume: 0,
    })
    expect(h.at(1).open).toBe(3601.58)
  })

  it('calendar months and the partial last bucket', () => {
    const goog = parseBarsCsv(sharedDataText('GOOG.csv'))
    const m = goog.resample('1M')
    // 2004-08-19 … 2013-03-01: Aug 2004 … Mar 2013 = 5 + 12 * 8 + 3 months
    expect(m.length).toBe(104)
    expect(m.at(0).time).toBe(Date.UTC(2004, 7, 1))
    expect(m.at(0).open).toBe(100) // IPO bar (README)
    expect(m.at(-1)).toEqual({ ...goog.at(-1), time: Date.UTC(2013, 2, 1) }) // March 2013 has one bar: kept
    expect(goog.resample('1M', { partial: 'drop' }).length).toBe(103)
    // 5m data ending 17:30 does not reach midnight: the last day is partial
    expect(min5.resample('1d', { partial: 'drop' }).length).toBe(20)
    const full = BarSeries.fromBars([bar(0, 1, 1, 1, 1), bar(12 * H, 1, 1, 1, 1)], { timeframe: '12h' })
    expect(full.resample('1d', { partial: 'drop' }).length).toBe(1)
  })

  it('rejects a lower or unknown timeframe', () => {
    expect(caught(() => day.resample('1h')).code).toBe('INVALID_ARGUMENT')
    expect(caught(() => day.resample('1y' as never)).code).toBe('INVALID_ARGUMENT')
    expect(caught(() => day.resample('1d', { partial: 'x' as never })).code).toBe('INVALID_ARGUMENT')
  })
})

/** Random valid bars: ascending minute-aligned times over ~2 years, consistent OHLC. */
const barsArb = fc
  .array(
    fc.record({
      step: fc.integer({ min: 1, max: 5000 }),
      open: fc.double({ min: 1, max: 1000, noNaN: true }),
      close: fc.double({ min: 1, max: 1000, noNaN: true }),
      up: fc.double({ min: 0, max: 50, noNaN: true }),
      down: fc.double({ min: 0, max: 0.99, noNaN: true }),
      volume: fc.double({ min: 0, max: 1e6, noNaN: true }),
    }),
    { minLength: 1, maxLength: 300 },
  )
  .map((rows) => {
    let t = Date.UTC(2023, 0, 1)
    return rows.map((r) => {
      t += r.step * 60_000
      const hi = Math.max(r.open, r.close) + r.up
      const lo = Math.min(r.open, r.close) * (1 - r.down)
      return bar(t, r.open, hi, lo, r.close, r.volume)
    })
  })

describe('BarSeries.resample properties (fast-check)', () => {
  it('keeps total volume, high >= low, bucket extremes, first open and last close', () => {
    fc.assert(
      fc.property(barsArb, fc.constantFrom(...TIMEFRAMES), (bars, tf: Timeframe) => {
        const s = BarSeries.fromBars(bars, { timeframe: '1m' })
        const r = s.resample(tf)
        let vIn = 0
        for (const b of bars) vIn += b.volume
        let vOut = 0
        for (let i = 0; i < r.length; i++) {
          vOut += r.volume[i]!
          if (!(r.high[i]! >= r.low[i]!)) return false
          if (alignTime(r.time[i]!, tf) !== r.time[i]) return false
          if (i > 0 && !(r.time[i]! > r.time[i - 1]!)) return false
          const inBucket = bars.filter((b) => alignTime(b.time, tf) === r.time[i])
          if (inBucket[0]!.open !== r.open[i] || inBucket[inBucket.length - 1]!.close !== r.close[i]) return false
          if (Math.max(...inBucket.map((b) => b.high)) !== r.high[i]) return false
          if (Math.min(...inBucket.map((b) => b.low)) !== r.low[i]) return false
        }
        return Math.abs(vIn - vOut) <= 1e-9 * Math.max(1, vIn)
      }),
      { numRuns: 150 },
    )
  })

  it('resampling twice equals resampling once to the coarser timeframe (1m → 1h → 1d)', () => {
    fc.assert(
      fc.property(barsArb, (bars) => {
        const s = BarSeries.fromBars(bars, { timeframe: '1m' })
        const a = s.resample('1h').resample('1d')
        const b = s.resample('1d')
        return (
          a.length === b.length &&
          a.time.every((t, i) => t === b.time[i]) &&
          a.high.every((x, i) => x === b.high[i]) &&
          a.close.every((x, i) => x === b.close[i])
        )
      }),
      { numRuns: 100 },
    )
  })

  it('partial drop removes at most the last bucket', () => {
    fc.assert(
      fc.property(barsArb, fc.constantFrom<Timeframe>('1h', '4h', '1d', '1w', '1M'), (bars, tf) => {
        const s = BarSeries.fromBars(bars, { timeframe: '1m' })
        const kept = s.resample(tf).length
        const dropped = s.resample(tf, { partial: 'drop' }).length
        // the last 1m bar closes at `end`; the bucket is complete exactly when `end` is a bucket boundary
        const end = bars[bars.length - 1]!.time + timeframeToMs('1m')
        const complete = alignTime(end, tf) === end
        return dropped === (complete ? kept : kept - 1)
      }),
      { numRuns: 100 },
    )
  })
})

describe('BarSeries.align', () => {
  const a = BarSeries.fromBars([bar(1, 10, 10, 10, 10, 1), bar(2, 11, 11, 11, 11, 2), bar(4, 12, 12, 12, 12, 3)], {
    symbol: 'A',
  })
  const b = BarSeries.fromBars([bar(2, 50, 52, 49, 51, 5), bar(3, 51, 51, 51, 51, 6)])

  it('puts every series on the union of times, forward-filling flat bars by default', () => {
    const out = BarSeries.align({ a, b })
    expect([...out.keys()]).toEqual(['a', 'b'])
    const A = out.get('a')!
    const B = out.get('b')!
    expect(A.time).toEqual(new Float64Array([1, 2, 3, 4]))
    expect(B.time).toBe(A.time)
    expect(A.close).toEqual(new Float64Array([10, 11, 11, 12]))
    expect(A.volume).toEqual(new Float64Array([1, 2, 0, 3]))
    expect(B.toBars()).toEqual([
      bar(1, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN),
      bar(2, 50, 52, 49, 51, 5),
      bar(3, 51, 51, 51, 51, 6),
      bar(4, 51, 51, 51, 51, 0),
    ])
    expect([A.symbol, B.symbol]).toEqual(['A', 'b'])
  })

  it("fill: 'nan' leaves holes as NaN", () => {
    const A = BarSeries.align(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      { fill: 'nan' },
    ).get('a')!
    expect(A.close).toEqual(new Float64Array([10, 11, Number.NaN, 12]))
    expect(caught(() => BarSeries.align({ a }, { fill: 'zero' as never })).code).toBe('INVALID_ARGUMENT')
  })

  it('aligns real files: union size equals the distinct dates of both', () => {
    const orcl = parseBarsCsv(sharedDataText('orcl-1995-2014.txt'))
    const btc = parseBarsCsv(sharedDataText('Coinbase_BTCUSD_d.csv'))
    const out = BarSeries.align({ ORCL: orcl, BTC: btc })
    const distinct = new Set([...orcl.time, ...btc.time])
    expect(out.get('ORCL')!.length).toBe(distinct.size)
    const o = out.get('ORCL')!
    const b = out.get('BTC')!
    // ORCL has no bar on Saturday 2014-12-06: it carries Friday 2014-12-05's close flat with zero volume
    const sat = o.time.indexOf(Date.UTC(2014, 11, 6))
    expect(o.time[sat - 1]).toBe(Date.UTC(2014, 11, 5))
    expect(o.close[sat]).toBe(o.close[sat - 1])
    expect([o.open[sat], o.high[sat], o.low[sat], o.volume[sat]]).toEqual([o.close[sat], o.close[sat], o.close[sat], 0])
    // BTC has no bar before 2014-12-01: NaN there
    expect(Number.isNaN(b.close[0])).toBe(true)
    expect(b.close[b.time.indexOf(Date.UTC(2014, 11, 1))]).toBe(370)
  })
})
