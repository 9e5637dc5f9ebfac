import { describe, expect, it } from 'vitest'
import { sharedDataText } from '../../test-support/sharedData.js'
import { isAitradeError } from '../errors.js'
import type { CsvSkippedRow } from './options.js'
import { parseBarsCsv } from './parseBarsCsv.js'

// The oracle is the file itself: the first and last data lines are split here by hand and their dates computed
// with Date.UTC, independently of the parser.
interface FileCase {
  file: string
  rows: number
  /** Lines before the first data row (banner + header). */
  skip: number
  newestFirst: boolean
  /** Column of date, of time of day (or -1), then open, high, low, close, volume. */
  cols: [number, number, number, number, number, number, number]
  symbol?: string
  timeframe?: string
}

const CASES: FileCase[] = [
  { file: 'GOOG.csv', rows: 2148, skip: 1, newestFirst: false, cols: [0, -1, 1, 2, 3, 4, 5], timeframe: '1d' },
  { file: 'EURUSD.csv', rows: 5000, skip: 1, newestFirst: false, cols: [0, -1, 1, 2, 3, 4, 5], timeframe: '1h' },
  { file: 'BTCUSD.csv', rows: 156, skip: 1, newestFirst: false, cols: [0, -1, 1, 2, 3, 4, 5], timeframe: '1M' },
  {
    file: 'orcl-1995-2014.txt',
    rows: 5036,
    skip: 1,
    newestFirst: false,
    cols: [0, -1, 1, 2, 3, 4, 6],
    timeframe: '1d',
  },
  {
    file: 'nvda-1999-2014.txt',
    rows: 4012,
    skip: 1,
    newestFirst: false,
    cols: [0, -1, 1, 2, 3, 4, 6],
    timeframe: '1d',
  },
  { file: '2006-day-001.txt', rows: 255, skip: 1, newestFirst: false, cols: [0, -1, 1, 2, 3, 4, 5], timeframe: '1d' },
  { file: '2006-week-001.txt', rows: 52, skip: 1, newestFirst: false, cols: [0, -1, 1, 2, 3, 4, 5], timeframe: '1w' },
  { file: '2006-min-005.txt', rows: 2142, skip: 1, newestFirst: false, cols: [0, 1, 2, 3, 4, 5, 6], timeframe: '5m' },
  {
    file: 'Coinbase_BTCUSD_d.csv',
    rows: 1770,
    skip: 2,
    newestFirst: true,
    cols: [0, -1, 2, 3, 4, 5, 6],
    symbol: 'BTCUSD',
    timeframe: '1d',
  },
  {
    file: 'Coinbase_BTCUSD_1h.csv',
    rows: 20111,
    skip: 2,
    newestFirst: true,
    cols: [0, -1, 2, 3, 4, 5, 6],
    symbol: 'BTCUSD',
    timeframe: '1h',
  },
]

/** Independent date reader for the forms in the shared files: `YYYY-MM-DD[ HH:MM:SS]`, `YYYY-MM-DD HH-AM`. */
function utc(date: string, timeOfDay?: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2})(?::(\d{2}):(\d{2})|-(AM|PM)))?$/.exec(date)
  if (!d) throw new Error(`test cannot read date ${date}`)
  let hour = Number(d[4] ?? 0)
  if (d[7] === 'AM' && hour === 12) hour = 0
  if (d[7] === 'PM' && hour !== 12) hour += 12
  let ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hour, Number(d[5] ?? 0), Number(d[6] ?? 0))
  if (timeOfDay) {
    const [h, m, s] = timeOfDay.split(':').map(Number)
    ms += ((h! * 60 + m!) * 60 + s!) * 1000
  }
  return ms
}

function expectedBar(line: string, cols: FileCase['cols']) {
  const f = line.trim().split(',')
  const [date, tod, o, h, l, c, v] = cols
  return {
    time: utc(f[date]!, tod >= 0 ? f[tod] : undefined),
    open: Number(f[o]),
    high: Number(f[h]),
    low: Number(f[l]),
    close: Number(f[c]),
    volume: Number(f[v]),
  }
}

function dataLines(file: string, skip: number): string[] {
  return sharedDataText(file)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(skip)
}

/** Runs `fn` and returns the AitradeError it throws. */
function caught(fn: () => unknown) {
  try {
    fn()
  } catch (e) {
    if (isAitradeError(e)) return e
    throw e
  }
  throw new Error('expected an error')
}

describe('parseBarsCsv on every file in ../shared/data (auto-detected)', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.rows} rows, oldest first, first/last bar as in the file`, () => {
      const s = parseBarsCsv(sharedDataText(c.file))
      const lines = dataLines(c.file, c.skip)
      expect(lines.length).toBe(c.rows)
      expect(s.length).toBe(c.rows)
      const oldest = c.newestFirst ? lines[lines.length - 1]! : lines[0]!
      const newest = c.newestFirst ? lines[0]! : lines[lines.length - 1]!
      expect(s.at(0)).toEqual(expectedBar(oldest, c.cols))
      expect(s.at(-1)).toEqual(expectedBar(newest, c.cols))
      for (let i = 1; i < s.length; i++) if (!(s.time[i]! > s.time[i - 1]!)) throw new Error(`not ascending at ${i}`)
      expect(s.symbol).toBe(c.symbol)
      expect(s.timeframe).toBe(c.timeframe)
    })
  }

  it('Coinbase_BTCUSD_1h.csv: `volume_btc` (base units) is the volume, not the USD `volume`', () => {
    const s = parseBarsCsv(sharedDataText('Coinbase_BTCUSD_1h.csv'))
    // newest row: 2019-10-17 09-AM,BTCUSD,8051,8056.83,8021.23,8035.88,61.25,492394.56
    expect(s.at(-1)).toEqual({
      time: Date.UTC(2019, 9, 17, 9),
      open: 8051,
      high: 8056.83,
      low: 8021.23,
      close: 8035.88,
      volume: 61.25,
    })
  })

  it('Yahoo files: raw prices by default, Adj Close scaling on request', () => {
    // 2014-12-31,45.450001,45.560001,44.970001,44.970001,42.303135,13269200
    const raw = parseBarsCsv(sharedDataText('orcl-1995-2014.txt'))
    const adj = parseBarsCsv(sharedDataText('orcl-1995-2014.txt'), { adjusted: true })
    expect(raw.at(-1).close).toBe(44.970001)
    const f = 42.303135 / 44.970001
    const last = adj.at(-1)
    expect(last.close).toBe(42.303135)
    expect(last.open).toBeCloseTo(45.450001 * f, 12)
    expect(last.high).toBeCloseTo(45.560001 * f, 12)
    expect(last.low).toBeCloseTo(44.970001 * f, 12)
    expect(last.volume).toBe(13269200)
    expect(adj.length).toBe(raw.length)
    const e = caught(() => parseBarsCsv(sharedDataText('GOOG.csv'), { adjusted: true }))
    expect(e.code).toBe('DATA_FORMAT')
    expect(e.details.line).toBe(1)
  })

  it('refuses a wide multi-asset file without `symbol`, and picks one asset with it', () => {
    const text = sharedDataText('bitfinex_BTC_ETH_USD_d.csv')
    const e = caught(() => parseBarsCsv(text))
    expect(e.code).toBe('DATA_FORMAT')
    expect(e.message).toMatch(/BTC, ETH/)
    const eth = parseBarsCsv(text, { symbol: 'ETH' })
    expect(eth.length).toBe(1862 - 543)
    expect(eth.symbol).toBe('ETH')
  })
})

describe('parseBarsCsv layouts', () => {
  it('reads a MetaTrader 5 history export (tabs, <DATE> 2024.01.02, tick volume)', () => {
    const mt5 = [
      '<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>',
      '2024.01.02\t00:00:00\t1.10427\t1.10436\t1.10385\t1.10404\t361\t0\t10',
      '2024.01.02\t01:00:00\t1.10405\t1.10420\t1.10364\t1.10377\t512\t0\t8',
      '',
    ].join('\r\n')
    const s = parseBarsCsv(mt5, { symbol: 'EURUSD' })
    expect(s.toBars()).toEqual([
      { time: Date.UTC(2024, 0, 2, 0), open: 1.10427, high: 1.10436, low: 1.10385, close: 1.10404, volume: 361 },
      { time: Date.UTC(2024, 0, 2, 1), open: 1.10405, high: 1.1042, low: 1.10364, close: 1.10377, volume: 512 },
    ])
    expect(s.timeframe).toBe('1h')
    expect(parseBarsCsv(mt5, { timeframe: '4h' }).timeframe).toBe('4h') // explicit wins over inference
    expect(
      parseBarsCsv(mt5, {
        columns: {
          time: '<DATE>',
          timeOfDay: '<TIME>',
          open: '<OPEN>',
          high: '<HIGH>',
          low: '<LOW>',
          close: '<CLOSE>',
          volume: '<VOL>',
        },
      }).volume,
    ).toEqual(new Float64Array([0, 0]))
  })

  it('reads a MetaStock/Finam export (<DTYYYYMMDD>, compact <TIME>, <TICKER> as symbol)', () => {
    const text =
      '<TICKER>,<PER>,<DTYYYYMMDD>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>\nSBER,60,20240102,100000,270.5,271,270,270.8,1200\n'
    const s = parseBarsCsv(text)
    expect(s.at(0)).toEqual({
      time: Date.UTC(2024, 0, 2, 10),
      open: 270.5,
      high: 271,
      low: 270,
      close: 270.8,
      volume: 1200,
    })
    expect(s.symbol).toBe('SBER')
  })

  it('reads a MetaTrader daily export without a time column', () => {
    const s = parseBarsCsv('<DATE>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\n2024.01.02\t1\t2\t0.5\t1.5\t10\n')
    expect(s.at(0)).toEqual({ time: Date.UTC(2024, 0, 2), open: 1, high: 2, low: 0.5, close: 1.5, volume: 10 })
  })

  it('handles quoted fields, CRLF, no trailing newline and a header-less file', () => {
    const quoted = '"Date","Open","High","Low","Close","Volume"\r\n"2024-01-02","1.5","2","1","1.75","1,000"'
    expect(caught(() => parseBarsCsv(quoted)).details.field).toBe('Volume')
    const q2 = '"Date","Open","High","Low","Close","Volume"\r\n"2024-01-02","1.5","2","1","1.75","1000"'
    expect(parseBarsCsv(q2).at(0)).toEqual({
      time: Date.UTC(2024, 0, 2),
      open: 1.5,
      high: 2,
      low: 1,
      close: 1.75,
      volume: 1000,
    })
    const headerless = '1704153600000,1,2,0.5,1.5,7\n1704153660000,1.5,2,1,1.8,3\n'
    const s = parseBarsCsv(headerless)
    expect(s.time).toEqual(new Float64Array([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2, 0, 1)]))
    expect(s.volume).toEqual(new Float64Array([7, 3]))
    expect(s.timeframe).toBe('1m')
  })

  it('reads ISO times with zones, epoch seconds, day-first and month-first dates', () => {
    const s = parseBarsCsv(
      [
        'time,open,high,low,close',
        '2024-01-02T10:00:00+02:00,1,1,1,1',
        '1704196800,1,1,1,1', // 2024-01-02T12:00:00Z in epoch seconds
        '2024-01-02 13:30:00.500Z,1,1,1,1',
      ].join('\n'),
    )
    expect(s.time).toEqual(
      new Float64Array([Date.UTC(2024, 0, 2, 8), Date.UTC(2024, 0, 2, 12), Date.UTC(2024, 0, 2, 13, 30, 0, 500)]),
    )
    const dmy = parseBarsCsv('Date,Open,High,Low,Close\n17.10.2019,1,1,1,1\n')
    expect(dmy.time[0]).toBe(Date.UTC(2019, 9, 17))
    const mdy = parseBarsCsv('Date,Open,High,Low,Close\n10/17/2019,1,1,1,1\n')
    expect(mdy.time[0]).toBe(Date.UTC(2019, 9, 17))
    const forced = parseBarsCsv('Date,Open,High,Low,Close\n05/04/2019,1,1,1,1\n', { dateOrder: 'DMY' })
    expect(forced.time[0]).toBe(Date.UTC(2019, 3, 5))
    expect(parseBarsCsv('Date,Open,High,Low,Close\n20190405,1,1,1,1\n').time[0]).toBe(Date.UTC(2019, 3, 5))
  })

  it('reads naive times in the `timeZone` option (DST both sides, hand-checked offsets)', () => {
    const text =
      'Date,Open,High,Low,Close\n2024-01-02 09:30,1,1,1,1\n2024-07-01 09:30,1,1,1,1\n2024-07-01 10:00Z,1,1,1,1\n'
    const s = parseBarsCsv(text, { timeZone: 'America/New_York' })
    // New York is UTC-5 in January (EST) and UTC-4 in July (EDT); an explicit Z is kept as is
    expect(s.time).toEqual(
      new Float64Array([Date.UTC(2024, 0, 2, 14, 30), Date.UTC(2024, 6, 1, 10), Date.UTC(2024, 6, 1, 13, 30)]),
    )
    expect(parseBarsCsv(text).time[1]).toBe(Date.UTC(2024, 6, 1, 9, 30)) // default UTC
    // the ambiguous 01:30 on the night clocks go back resolves to the earlier instant (EDT, UTC-4)
    const fallBack = parseBarsCsv('Date,Open,High,Low,Close\n2024-11-03 01:30,1,1,1,1\n', {
      timeZone: 'America/New_York',
    })
    expect(fallBack.time[0]).toBe(Date.UTC(2024, 10, 3, 5, 30))
    expect(parseBarsCsv('Date,Open,High,Low,Close\n2024-06-03,1,1,1,1\n', { timeZone: 'Asia/Tokyo' }).time[0]).toBe(
      Date.UTC(2024, 5, 2, 15),
    )
    expect(caught(() => parseBarsCsv(text, { timeZone: 'Mars/Olympus' })).code).toBe('INVALID_ARGUMENT')
  })

  it('maps columns explicitly by name or by index', () => {
    const text = 'when;px_o;px_h;px_l;px_c;qty\n2024-01-02;1;2;0.5;1.5;9\n'
    const byName = parseBarsCsv(text, {
      columns: { time: 'when', open: 'px_o', high: 'px_h', low: 'px_l', close: 'px_c', volume: 'qty' },
    })
    expect(byName.at(0)).toEqual({ time: Date.UTC(2024, 0, 2), open: 1, high: 2, low: 0.5, close: 1.5, volume: 9 })
    const byIndex = parseBarsCsv(text, { columns: { time: 0, open: 1, high: 2, low: 3, close: 4 } })
    expect(byIndex.at(0)).toEqual({ time: Date.UTC(2024, 0, 2), open: 1, high: 2, low: 0.5, close: 1.5, volume: 0 })
    const e = caught(() =>
      parseBarsCsv(text, { columns: { time: 'date', open: 'o', high: 'h', low: 'l', close: 'c' } }),
    )
    expect(e.code).toBe('DATA_FORMAT')
  })

  it('skipLines, an explicit delimiter, and one symbol per file', () => {
    const text =
      'exported by X: open,high,low,close\nsecond banner line\nDate|Open|High|Low|Close\n2024-01-02|1|2|0.5|1.5\n'
    const s = parseBarsCsv(text, { skipLines: 2, delimiter: '|' })
    expect(s.at(0)).toEqual({ time: Date.UTC(2024, 0, 2), open: 1, high: 2, low: 0.5, close: 1.5, volume: 0 })
    expect(parseBarsCsv(text).toBars()).toEqual(s.toBars()) // auto: '|' detected, banners skipped
    // with ',' forced the header is not found within the first lines
    expect(caught(() => parseBarsCsv(text, { delimiter: ',' })).code).toBe('DATA_FORMAT')
    const long = 'date,symbol,open,high,low,close\n2024-01-02,BTC,1,1,1,1\n2024-01-02,ETH,2,2,2,2\n'
    const e = caught(() => parseBarsCsv(long))
    expect([e.details.line, e.details.field]).toEqual([3, 'symbol'])
    expect(e.message).toMatch(/parseBarsCsvMulti/)
  })

  it('validates options with typed errors', () => {
    const text = 'Date,Open,High,Low,Close\n2024-01-02,1,1,1,1\n'
    for (const bad of [{ delimiter: ',,' }, { order: 'random' }, { timeframe: '2d' }, { onSkip: 1 }, { nope: true }]) {
      const e = caught(() => parseBarsCsv(text, bad as never))
      expect(e.code).toBe('INVALID_ARGUMENT')
    }
  })
})

describe('parseBarsCsv malformed rows: DATA_FORMAT with the 1-based line', () => {
  const header = 'Date,Open,High,Low,Close,Volume'
  const good = ['2024-01-02,10,12,9,11,100', '2024-01-03,11,13,10,12,80', '2024-01-04,12,14,11,13,70']
  const withLine3 = (bad: string) => [header, good[0], bad, good[2]].join('\n')
  const cases: [string, string, string | undefined, RegExp][] = [
    ['wrong field count', '2024-01-03,11,13,10,12', undefined, /expected 6 fields, got 5/],
    ['unparsable number', '2024-01-03,11,13,1o,12,80', 'Low', /not a finite number: "1o"/],
    ['blank cell', '2024-01-03,11,,10,12,80', 'High', /blank cell/],
    ['unparsable date', '2024-13-03,11,13,10,12,80', 'Date', /cannot parse date\/time "2024-13-03"/],
    ['impossible day', '2024-02-30,11,13,10,12,80', 'Date', /cannot parse date/],
    ['high < low', '2024-01-03,11,9,10,12,80', 'High', /high 9 < low 10/],
    ['high below close', '2024-01-03,11,11.5,10,12,80', 'High', /high 11.5 < close 12/],
    ['low above open', '2024-01-03,11,13,11.5,12,80', 'Low', /low 11.5 > open 11/],
    ['negative price', '2024-01-03,-11,13,10,12,80', 'Open', /negative value -11/],
    ['negative volume', '2024-01-03,11,13,10,12,-80', 'Volume', /negative value -80/],
    ['infinite number', '2024-01-03,11,1e400,10,12,80', 'High', /not a finite number/],
    [
      'duplicate time',
      '2024-01-02,11,13,10,12,80',
      'Date',
      /duplicate time 2024-01-02T00:00:00.000Z \(also on line 2\)/,
    ],
  ]
  for (const [name, bad, field, message] of cases) {
    it(name, () => {
      const e = caught(() => parseBarsCsv(withLine3(bad)))
      expect(e.code).toBe('DATA_FORMAT')
      expect(e.details.line).toBe(3)
      expect(e.details.field).toBe(field)
      expect(e.message).toMatch(message)
      expect(e.message.startsWith('line 3')).toBe(true)
    })
  }

  it('counts banner lines, blank lines and quoted newlines in line numbers', () => {
    const text = `banner, not csv\n\n${header}\n"2024-01-02",10,12,9,11,100\n\n2024-01-03,11,9,10,12,80\n`
    expect(caught(() => parseBarsCsv(text)).details.line).toBe(6)
    const quotedNewline = `${header}\n2024-01-02,10,12,9,11,"1\n00"\n2024-01-03,11,9,10,12,80\n`
    const e = caught(() => parseBarsCsv(quotedNewline))
    expect(e.details.line).toBe(2) // the record starting on line 2 has a bad volume "1\n00"
    expect(caught(() => parseBarsCsv(`${header}\n2024-01-02,10,12,9,11,"100`)).message).toMatch(/unterminated/)
  })

  it("order: 'strict': a row breaking the direction is out of order (both directions)", () => {
    const asc = [header, good[0], good[1], '2024-01-01,11,13,10,12,80', good[2]].join('\n')
    const e1 = caught(() => parseBarsCsv(asc, { order: 'strict' }))
    expect([e1.code, e1.details.line, e1.details.field]).toEqual(['DATA_FORMAT', 4, 'Date'])
    expect(e1.message).toMatch(/out of order: rows run oldest-first/)
    expect(parseBarsCsv(asc).close).toEqual(new Float64Array([12, 11, 12, 13])) // default 'sort' reorders
    const desc = [header, good[2], good[1], '2024-01-05,10,12,9,11,100'].join('\n')
    const e2 = caught(() => parseBarsCsv(desc, { order: 'strict' }))
    expect(e2.details.line).toBe(4)
    expect(e2.message).toMatch(/newest-first/)
    const skipped: CsvSkippedRow[] = []
    const s = parseBarsCsv(desc, { order: 'strict', onInvalid: 'skip', onSkip: (r) => skipped.push(r) })
    expect(s.close).toEqual(new Float64Array([12, 13]))
    expect(skipped.map((r) => r.line)).toEqual([4])
  })

  it('fails on a file with no header or no rows', () => {
    expect(caught(() => parseBarsCsv('')).message).toMatch(/empty/)
    expect(caught(() => parseBarsCsv('a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,14\n15,16\n17,18\n')).details.line).toBe(
      1,
    )
    expect(parseBarsCsv(`${header}\n`).length).toBe(0)
  })
})

describe('parseBarsCsv skip and repair policies report every dropped row', () => {
  const text = [
    'Date,Open,High,Low,Close,Volume',
    '2024-01-02,10,12,9,11,100',
    '2024-01-03,11,9,10,12,80', // line 3: high < low
    '2024-01-03,11,13,10,12,80', // line 4
    '2024-01-03,11,13,10,12.5,81', // line 5: duplicate of line 4
    'oops', // line 6: field count
    '2024-01-04,12,14,11,13,70', // line 7
  ].join('\n')

  it("onInvalid: 'skip' + duplicates: 'keepFirst'", () => {
    const skipped: CsvSkippedRow[] = []
    const s = parseBarsCsv(text, { onInvalid: 'skip', duplicates: 'keepFirst', onSkip: (r) => skipped.push(r) })
    expect(s.length).toBe(3)
    expect(s.close).toEqual(new Float64Array([11, 12, 13]))
    // row errors are reported as read; with the default order 'sort', duplicates once all rows are in
    expect(skipped.map((r) => r.line)).toEqual([3, 6, 5])
    expect(skipped[0]).toEqual({ line: 3, field: 'High', reason: 'high 9 < low 10' })
    expect(skipped[2]).toEqual({
      line: 5,
      field: 'Date',
      reason: 'duplicate time 2024-01-03T00:00:00.000Z (kept line 4)',
    })
  })

  it("duplicates: 'keepLast' keeps the later row", () => {
    const skipped: CsvSkippedRow[] = []
    const s = parseBarsCsv(text, { onInvalid: 'skip', duplicates: 'keepLast', onSkip: (r) => skipped.push(r) })
    expect(s.close).toEqual(new Float64Array([11, 12.5, 13]))
    expect(skipped.map((r) => r.line)).toEqual([3, 6, 4])
  })

  it("order: 'sort' accepts shuffled rows; duplicates still follow the policy in file order", () => {
    const shuffled = [
      'Date,Open,High,Low,Close',
      '2024-01-03,2,2,2,2',
      '2024-01-01,1,1,1,1',
      '2024-01-03,3,3,3,3',
      '2024-01-02,4,4,4,4',
    ].join('\n')
    expect(parseBarsCsv(shuffled, { order: 'sort', duplicates: 'keepFirst' }).close).toEqual(
      new Float64Array([1, 4, 2]),
    )
    const skipped: CsvSkippedRow[] = []
    const last = parseBarsCsv(shuffled, { order: 'sort', duplicates: 'keepLast', onSkip: (r) => skipped.push(r) })
    expect(last.close).toEqual(new Float64Array([1, 4, 3]))
    expect(skipped.map((r) => r.line)).toEqual([2])
    expect(caught(() => parseBarsCsv(shuffled, { order: 'sort' })).details.line).toBe(4)
    expect(caught(() => parseBarsCsv(shuffled)).details.line).toBe(4) // default 'sort': duplicate of line 2
    // strict: 01-03 then 01-01 sets newest-first; 01-03 on line 4 breaks it
    expect(caught(() => parseBarsCsv(shuffled, { order: 'strict', duplicates: 'keepFirst' })).details.line).toBe(4)
  })
})
