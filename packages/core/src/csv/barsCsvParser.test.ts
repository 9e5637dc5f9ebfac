import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedDataText } from '../../test-support/sharedData.js'
import type { BarSeries } from '../barSeries.js'
import { isAitradeError } from '../errors.js'
import { BarsCsvParser } from './barsCsvParser.js'
import type { ParseBarsCsvOptions } from './options.js'
import { parseBarsCsv } from './parseBarsCsv.js'
import { parseBarsCsvMulti } from './parseBarsCsvMulti.js'

/** Feeds `text` to a parser cut at `cuts` (positions), as a stream would. */
function parseChunked(text: string, cuts: number[], options?: ParseBarsCsvOptions): BarSeries {
  const parser = new BarsCsvParser(options, false)
  let prev = 0
  for (const c of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(prev, c))
    prev = c
  }
  parser.push(text.slice(prev))
  parser.end()
  return parser.series()
}

function errorLine(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return isAitradeError(e) ? e.details.line : e
  }
  return undefined
}

const same = (a: BarSeries, b: BarSeries) =>
  a.length === b.length &&
  a.time.every((t, i) => t === b.time[i]) &&
  a.close.every((x, i) => x === b.close[i]) &&
  a.volume.every((x, i) => x === b.volume[i])

describe('BarsCsvParser: chunk boundaries never change the result (fast-check)', () => {
  const cdd = sharedDataText('Coinbase_BTCUSD_d.csv').slice(0, 4000) // banner, CRLF, newest-first
  const cut = cdd.lastIndexOf('\n') + 1
  const banner = cdd.slice(0, cut)
  const whole = parseChunked(banner, [])
  const quoted =
    '"Date","Open","High","Low","Close","Volume"\r\n"2024-01-02","1.5","2","1","1.75","1000"\r\n' +
    '"2024-01-03","1.75","2.5","1.5","2",""""\r\n' // bad volume `"` on line 3

  it('CryptoDataDownload text cut anywhere (even between CR and LF)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: banner.length }), { maxLength: 40 }), (cuts) =>
        same(parseChunked(banner, cuts), whole),
      ),
      { numRuns: 200 },
    )
  })

  it('quoted fields cut anywhere give the same error line', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: quoted.length }), { maxLength: 12 }), (cuts) => {
        expect(errorLine(() => parseChunked(quoted, cuts))).toBe(3)
      }),
      { numRuns: 200 },
    )
  })

  it('one character at a time', () => {
    const cuts = Array.from({ length: banner.length }, (_, i) => i)
    expect(same(parseChunked(banner, cuts), whole)).toBe(true)
  })
})

describe('ugly input never escapes as anything but a typed error (fast-check)', () => {
  const header = fc.constantFrom(
    'Date,Open,High,Low,Close,Volume\n',
    ',A:open,A:high,A:low,A:close,A:volume,B:open,B:high,B:low,B:close,B:volume\n',
    'date,symbol,open,high,low,close\n',
    '',
  )
  const cell = fc.oneof(
    fc.constantFrom('', '1', '2.5', '-3', '1e400', 'x', '"', '""', '"a,b"', '2024-01-02', '2024-01-02 09-AM', ' ', ':'),
    fc.string({ maxLength: 6 }),
  )
  const line = fc.array(cell, { maxLength: 12 }).map((c) => c.join(','))
  const text = fc.tuple(header, fc.array(line, { maxLength: 15 }), fc.constantFrom('\n', '\r\n'))
  const opts = fc.constantFrom<ParseBarsCsvOptions>(
    {},
    { onInvalid: 'skip', duplicates: 'keepLast' },
    { order: 'strict' },
  )

  it('parseBarsCsv and parseBarsCsvMulti return or throw AitradeError', () => {
    fc.assert(
      fc.property(text, opts, ([h, lines, eol], o) => {
        const csv = h + lines.join(eol)
        for (const run of [() => parseBarsCsv(csv, o), () => parseBarsCsvMulti(csv, o)]) {
          try {
            run()
          } catch (e) {
            if (!isAitradeError(e)) throw e
            if (e.code === 'DATA_FORMAT' && typeof e.details.line !== 'number') throw new Error(`no line: ${e.message}`)
          }
        }
      }),
      { numRuns: 1500 },
    )
  })
})
