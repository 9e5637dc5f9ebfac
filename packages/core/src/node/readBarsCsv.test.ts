import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sharedDataPath, sharedDataText } from '../../test-support/sharedData.js'
import { parseBarsCsv } from '../csv/parseBarsCsv.js'
import { parseBarsCsvMulti } from '../csv/parseBarsCsvMulti.js'
import { isAitradeError } from '../errors.js'
import { readBarsCsv, readBarsCsvMulti } from './index.js'

const FILES = [
  'GOOG.csv',
  'EURUSD.csv',
  'BTCUSD.csv',
  'orcl-1995-2014.txt',
  'nvda-1999-2014.txt',
  '2006-day-001.txt',
  '2006-week-001.txt',
  '2006-min-005.txt',
  'Coinbase_BTCUSD_d.csv',
  'Coinbase_BTCUSD_1h.csv',
]

const dir = mkdtempSync(join(tmpdir(), 'aitrade-readBarsCsv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (isAitradeError(e)) return e
    throw e
  }
  throw new Error('expected a rejection')
}

describe('readBarsCsv', () => {
  for (const file of FILES) {
    it(`streams ${file} to the same bars as parseBarsCsv`, async () => {
      const streamed = await readBarsCsv(sharedDataPath(file))
      const parsed = parseBarsCsv(sharedDataText(file))
      expect(streamed.length).toBe(parsed.length)
      expect(streamed.time).toEqual(parsed.time)
      expect(streamed.close).toEqual(parsed.close)
      expect(streamed.volume).toEqual(parsed.volume)
      expect([streamed.symbol, streamed.timeframe]).toEqual([parsed.symbol, parsed.timeframe])
    })
  }

  it('reports the file line of a bad row far past the first 1 MiB chunk', async () => {
    // 60 000 one-minute bars (~2.4 MB), with high < low on file line 45 002 (header is line 1)
    const lines = ['time,open,high,low,close,volume']
    const t0 = Date.UTC(2024, 0, 1)
    for (let i = 0; i < 60_000; i++) {
      const iso = new Date(t0 + i * 60_000).toISOString()
      lines.push(i === 45_000 ? `${iso},100.5,99.25,100.25,100.5,12` : `${iso},100.5,101.25,99.75,100.25,12`)
    }
    const path = join(dir, 'big.csv')
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`)
    const e = await rejection(readBarsCsv(path))
    expect(e.code).toBe('DATA_FORMAT')
    expect(e.details.line).toBe(45_002)
    expect(e.details.field).toBe('high')
    const skipped: number[] = []
    const s = await readBarsCsv(path, { onInvalid: 'skip', onSkip: (r) => skipped.push(r.line) })
    expect(skipped).toEqual([45_002])
    expect(s.length).toBe(59_999)
    expect(s.time[0]).toBe(t0)
    expect(s.at(-1).time).toBe(t0 + 59_999 * 60_000)
    expect(s.timeframe).toBe('1m')
  })

  it('rejects a missing file with NOT_FOUND', async () => {
    expect((await rejection(readBarsCsv(join(dir, 'nope.csv')))).code).toBe('NOT_FOUND')
    expect((await rejection(readBarsCsvMulti(join(dir, 'nope.csv')))).code).toBe('NOT_FOUND')
  })

  it('readBarsCsvMulti streams the wide BTC/ETH file like parseBarsCsvMulti', async () => {
    const streamed = await readBarsCsvMulti(sharedDataPath('bitfinex_BTC_ETH_USD_d.csv'))
    const parsed = parseBarsCsvMulti(sharedDataText('bitfinex_BTC_ETH_USD_d.csv'))
    expect([...streamed.keys()]).toEqual(['BTC', 'ETH'])
    for (const k of ['BTC', 'ETH']) {
      expect(streamed.get(k)!.time).toEqual(parsed.get(k)!.time)
      expect(streamed.get(k)!.close).toEqual(parsed.get(k)!.close)
    }
    expect(streamed.get('ETH')!.length).toBe(1319)
  })
})
