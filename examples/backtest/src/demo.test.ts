import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseBarsCsv } from '@aitrade/core'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { binance } from '../test-support/binance.js'
import { captureIo } from '../test-support/captureIo.js'
import { demo } from './demo.js'
import { sharedDataDir } from './loadData.js'

// Outside this repository there is no ../shared/data: the demo downloads real daily candles through ccxt. Binance's
// klines endpoint is answered here (msw, no network) with real daily BTC/USD candles recorded by CryptoDataDownload.
const real = parseBarsCsv(readFileSync(join(sharedDataDir()!, 'Coinbase_BTCUSD_d.csv'), 'utf8'))
const server = setupServer(
  http.get('https://api.binance.com/api/v3/klines', ({ request }) => {
    const q = new URL(request.url).searchParams
    const start = Number(q.get('startTime'))
    const limit = Number(q.get('limit'))
    const rows: unknown[][] = []
    for (let i = 0; i < real.length && rows.length < limit; i++) {
      const t = real.time[i]!
      if (t < start) continue
      const ohlcv = [real.open[i], real.high[i], real.low[i], real.close[i], real.volume[i]].map(String)
      rows.push([t, ...ohlcv, t + 86_399_999, '0', 0, '0', '0', '0'])
    }
    return HttpResponse.json(rows)
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('npm run demo without ../shared/data', () => {
  it('downloads daily candles once, then runs the three steps on them and writes the reports', async () => {
    const io = captureIo()
    const reportDir = mkdtempSync(join(tmpdir(), 'aitrade-demo-'))
    const cacheDir = mkdtempSync(join(tmpdir(), 'aitrade-demo-cache-'))
    const code = await demo({
      dataDir: null,
      download: { exchange: binance(), since: Date.UTC(2017, 0, 1), cacheDir, now: Date.UTC(2019, 9, 18) },
      reportDir,
      io,
      workers: 0,
    })
    expect(code).toBe(0)
    expect(io.err()).toMatch(/downloading daily BTC\/USDT candles through ccxt/)
    const days = real.time.filter((t) => t >= Date.UTC(2017, 0, 1)).length
    expect(io.err()).toContain(`${days} candles cached in ${join(cacheDir, 'binance-BTCUSDT-1d.csv')}`)
    expect(io.out()).toContain('1/3  sma-cross 10/20 on daily BTC/USDT')
    expect(io.out()).toMatch(/Equity Final \[\$\]/)
    expect(io.out()).toMatch(/Challenge ftmo-2step: (PASSED|FAILED|ACTIVE)/)
    expect(io.out()).toMatch(/Optimization of sma-cross: \d+ runs/)
    expect(io.out()).toMatch(/Walk-forward of sma-cross: \d+ windows/)
    expect(io.out()).toContain(`Reports in ${reportDir}`)
    for (const f of ['signal-score-ftmo.html', 'sma-cross-optimized.html', 'sma-cross.json', 'signal-score-ftmo.json'])
      expect(existsSync(join(reportDir, f)), f).toBe(true)
  }, 120_000)
})
