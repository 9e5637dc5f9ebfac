import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Bar } from '../bar.js'
import { parseBarsCsv } from './parseBarsCsv.js'

// Property: bars written in each supported layout parse back to exactly the bars that were written. The oracle is
// the generated data (numbers printed with String(), the shortest round-trip form), not the parser.

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const ymd = (d: Date, sep: string) =>
  `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())}`
const hms = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
const ampm = (d: Date) => {
  const h = d.getUTCHours()
  return `${pad(h % 12 === 0 ? 12 : h % 12)}-${h < 12 ? 'AM' : 'PM'}`
}

const barsArb = fc
  .array(
    fc.record({
      steps: fc.integer({ min: 1, max: 48 }),
      open: fc.double({ min: 0, max: 1e6, noNaN: true }),
      close: fc.double({ min: 0, max: 1e6, noNaN: true }),
      up: fc.double({ min: 0, max: 1e3, noNaN: true }),
      down: fc.double({ min: 0, max: 1, noNaN: true }),
      volume: fc.double({ min: 0, max: 1e9, noNaN: true }),
    }),
    { minLength: 2, maxLength: 60 },
  )
  .map((rows) => {
    let t = Date.UTC(2019, 9, 17)
    return rows.map((r): Bar => {
      t += r.steps * 3_600_000
      const low = Math.min(r.open, r.close) * (1 - r.down)
      return { time: t, open: r.open, high: Math.max(r.open, r.close) + r.up, low, close: r.close, volume: r.volume }
    })
  })

type Writer = (bars: Bar[]) => string
const LAYOUTS: Record<string, Writer> = {
  'backtesting.py': (bars) =>
    [
      ',Open,High,Low,Close,Volume',
      ...bars.map((b) =>
        [`${ymd(new Date(b.time), '-')} ${hms(new Date(b.time))}`, b.open, b.high, b.low, b.close, b.volume].join(','),
      ),
    ].join('\n'),
  'CryptoDataDownload (banner, newest-first, AM/PM, CRLF)': (bars) =>
    [
      'Created on 10-17-2019,https://www.CryptoDataDownload.com',
      'date,symbol,open,high,low,close,volume_btc,volume',
      ...[...bars]
        .reverse()
        .map((b) =>
          [
            `${ymd(new Date(b.time), '-')} ${ampm(new Date(b.time))}`,
            'BTCUSD',
            b.open,
            b.high,
            b.low,
            b.close,
            b.volume,
            b.volume * b.close,
          ].join(','),
        ),
    ].join('\r\n'),
  'MetaTrader 5 (tabs, split date/time)': (bars) =>
    [
      '<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>',
      ...bars.map((b) =>
        [ymd(new Date(b.time), '.'), hms(new Date(b.time)), b.open, b.high, b.low, b.close, b.volume, 0, 3].join('\t'),
      ),
    ].join('\n'),
  'quoted ISO with epoch ms': (bars) =>
    [
      '"timestamp";"open";"high";"low";"close";"volume"',
      ...bars.map((b) => [b.time, b.open, b.high, b.low, b.close, b.volume].map((x) => `"${x}"`).join(';')),
    ].join('\r\n'),
}

describe('round trip: every layout parses back what was written (fast-check)', () => {
  for (const [name, write] of Object.entries(LAYOUTS)) {
    it(name, () => {
      fc.assert(
        fc.property(barsArb, (bars) => {
          expect(parseBarsCsv(write(bars)).toBars()).toEqual(bars)
        }),
        { numRuns: 150 },
      )
    })
  }
})
