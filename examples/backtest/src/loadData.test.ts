import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { binance } from '../test-support/binance.js'
import { downloadDailyCandles, loadCsv } from './loadData.js'

// The recorded Binance klines response of ccxt's own static tests (../shared/fixtures/ccxt, MIT).
const fixtures = JSON.parse(
  readFileSync(new URL('../../../../shared/fixtures/ccxt/response/binance.json', import.meta.url), 'utf8'),
) as { methods: { fetchOHLCV: { input: unknown[]; httpResponse: unknown[][] }[] } }
const spot = fixtures.methods.fetchOHLCV.find((m) => m.input[0] === 'BTC/USDT')!

const requests: string[] = []
const server = setupServer(
  http.get('https://api.binance.com/api/v3/klines', ({ request }) => {
    requests.push(request.url)
    const start = Number(new URL(request.url).searchParams.get('startTime'))
    return HttpResponse.json(spot.httpResponse.filter((r) => (r[0] as number) >= start))
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('data loading', () => {
  it('downloads candles through ccxt (msw), caches them, and reuses the cache offline', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aitrade-cache-'))
    const since = spot.httpResponse[0]![0] as number
    const now = since + 3 * 3_600_000
    const { series, file } = await downloadDailyCandles({ exchange: binance(), since, cacheDir, now })
    expect(requests[0]).toBe(
      `https://api.binance.com/api/v3/klines?interval=1d&limit=1000&symbol=BTCUSDT&startTime=${since}`,
    )
    expect(series.length).toBe(spot.httpResponse.length)
    expect(series.close[0]).toBe(Number(spot.httpResponse[0]![4]))
    expect(series.time[2]).toBe(spot.httpResponse[2]![0])
    const count = requests.length
    const again = await downloadDailyCandles({ exchange: binance(), since, cacheDir, now })
    expect(requests.length).toBe(count) // served from the cache file
    expect(again.file).toBe(file)
    expect(Array.from(again.series.close)).toEqual(Array.from(series.close))
  })

  it('names the file and line of a malformed CSV row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aitrade-csv-'))
    const f = join(dir, 'bad.csv')
    writeFileSync(f, 'Date,Open,High,Low,Close,Volume\n2020-01-01,1,2,0.5,1.5,10\n2020-01-02,1,0.5,2,1.5,10\n')
    await expect(loadCsv(f)).rejects.toThrow(`--data: ${f}:3 (High): high 0.5 < low 2`)
    await expect(loadCsv(join(dir, 'missing.csv'))).rejects.toThrow('--data: file not found')
  })
})
