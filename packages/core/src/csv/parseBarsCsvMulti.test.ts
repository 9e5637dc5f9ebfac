import { describe, expect, it } from 'vitest'
import { sharedDataText } from '../../test-support/sharedData.js'
import { isAitradeError } from '../errors.js'
import type { CsvSkippedRow } from './options.js'
import { parseBarsCsvMulti } from './parseBarsCsvMulti.js'

function caught(fn: () => unknown) {
  try {
    fn()
  } catch (e) {
    if (isAitradeError(e)) return e
    throw e
  }
  throw new Error('expected an error')
}

/** Bar from cells `f[k..k+4]` of a wide row, and the date in cell 0 (`YYYY-MM-DD`), read here by hand. */
function barAt(line: string, k: number) {
  const f = line.split(',')
  const [y, m, d] = f[0]!.split('-').map(Number)
  return {
    time: Date.UTC(y!, m! - 1, d!),
    open: Number(f[k]),
    high: Number(f[k + 1]),
    low: Number(f[k + 2]),
    close: Number(f[k + 3]),
    volume: Number(f[k + 4]),
  }
}

describe('parseBarsCsvMulti', () => {
  it('bitfinex_BTC_ETH_USD_d.csv: BTC 1862 rows; ETH starts at its first complete row (543 blank rows before)', () => {
    const text = sharedDataText('bitfinex_BTC_ETH_USD_d.csv')
    const lines = text.split('\n').filter((l) => l.trim() !== '')
    const rows = lines.slice(1)
    expect(rows.length).toBe(1862)
    const ethRows = rows.filter((l) => l.split(',')[6] !== '')
    expect(rows.length - ethRows.length).toBe(543)

    const m = parseBarsCsvMulti(text)
    expect([...m.keys()]).toEqual(['BTC', 'ETH'])
    const btc = m.get('BTC')!
    const eth = m.get('ETH')!
    expect(btc.length).toBe(1862)
    expect(eth.length).toBe(1319)
    expect(btc.at(0)).toEqual(barAt(rows[0]!, 1))
    expect(btc.at(-1)).toEqual(barAt(rows[rows.length - 1]!, 1))
    expect(eth.at(0)).toEqual(barAt(ethRows[0]!, 6))
    expect(eth.at(0).time).toBe(Date.UTC(2016, 4, 27)) // README: ETH starts 2016-05-27
    expect(eth.at(-1)).toEqual(barAt(ethRows[ethRows.length - 1]!, 6))
    expect([btc.symbol, eth.symbol, btc.timeframe]).toEqual(['BTC', 'ETH', '1d'])
    // README: a 13-day hole in both
    expect(btc.gaps('1d').filter((g) => g.missingBars >= 12).length).toBeGreaterThan(0)
  })

  const header = ',A:open,A:high,A:low,A:close,A:volume,B:open,B:high,B:low,B:close,B:volume'

  it('a partly blank asset block is malformed, with the line and the asset', () => {
    const text = [header, '2024-01-01,1,2,0.5,1.5,10,,,,,', '2024-01-02,1,2,0.5,1.5,10,5,,4,5,1'].join('\n')
    const e = caught(() => parseBarsCsvMulti(text))
    expect(e.code).toBe('DATA_FORMAT')
    expect(e.details).toMatchObject({ line: 3, field: 'B:high', symbol: 'B' })
    expect(e.message).toMatch(/B: blank cell/)
    const skipped: CsvSkippedRow[] = []
    const m = parseBarsCsvMulti(text, { onInvalid: 'skip', onSkip: (r) => skipped.push(r) })
    expect(m.get('A')!.length).toBe(2)
    expect(m.get('B')!.length).toBe(0)
    expect(skipped).toEqual([{ line: 3, field: 'B:high', symbol: 'B', reason: 'blank cell' }])
  })

  it('an asset whose block is blank in the middle simply has no bar there', () => {
    const text = [
      header,
      '2024-01-01,1,2,0.5,1.5,10,5,6,4,5,1',
      '2024-01-02,1,2,0.5,1.5,10,,,,,',
      '2024-01-03,1,2,0.5,1.5,10,5,6,4,5,1',
    ]
    const b = parseBarsCsvMulti(text.join('\n')).get('B')!
    expect(b.time).toEqual(new Float64Array([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 3)]))
  })

  it('groups a long file by its symbol column', () => {
    const text = [
      'date,symbol,open,high,low,close,volume',
      '2024-01-02,ETH,20,21,19,20.5,3',
      '2024-01-02,BTC,100,110,90,105,1',
      '2024-01-01,BTC,95,101,94,100,2',
    ].join('\n')
    const m = parseBarsCsvMulti(text)
    expect([...m.keys()]).toEqual(['ETH', 'BTC'])
    expect(m.get('BTC')!.close).toEqual(new Float64Array([100, 105]))
    expect(m.get('ETH')!.symbol).toBe('ETH')
  })

  it('refuses a single-asset file', () => {
    const e = caught(() => parseBarsCsvMulti(sharedDataText('GOOG.csv')))
    expect(e.code).toBe('DATA_FORMAT')
    expect(e.details.line).toBe(1)
    expect(caught(() => parseBarsCsvMulti('\n2024-01-02,1,2,0.5,1.5\n')).details.line).toBe(2) // header-less
  })
})
