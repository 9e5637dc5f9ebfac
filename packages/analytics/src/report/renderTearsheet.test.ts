import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { launchChromium } from '../../../../test-support/chromium.js'
import { runSmaCross } from '../../test-support/backtestingPy.js'
import { loadSharedBars } from '../../test-support/sharedData.js'
import { readChartLibrary } from '../node/readChartLibrary.js'
import { renderTearsheet } from './renderTearsheet.js'

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'

function googInput() {
  const bars = loadSharedBars('GOOG.csv', 'GOOG')
  // A real trade list: backtesting.py's SmaCross(10, 30) on GOOG (see test-support/backtestingPy.ts).
  const run = runSmaCross(
    { time: Array.from(bars.time), open: Array.from(bars.open), close: Array.from(bars.close) },
    10,
    30,
    { finalizeTrades: true },
  )
  const trades = run.trades.map((t, i) => ({
    ...t,
    symbol: i === 0 ? EVIL : 'GOOG',
    side: t.size > 0 ? ('long' as const) : ('short' as const),
    amount: Math.abs(t.size),
  }))
  return { bars, trades, equity: { time: bars.time, equity: run.equity } }
}

/** Hourly BTC/USD (20 111 bars, newest-first file) with a simple synthetic trade list: every 500 bars a 0.1 BTC trade
 * held 200 bars, alternately long and short, marked to market bar by bar from 10 000 USD. */
function btcInput() {
  const bars = loadSharedBars('Coinbase_BTCUSD_1h.csv', 'BTC/USD')
  const n = bars.length
  const close = bars.close
  const trades = []
  const equity = new Float64Array(n)
  let cash = 10_000
  let open: { entry: number; size: number } | undefined
  for (let i = 0; i < n; i++) {
    if (open && i === open.entry + 200) {
      const size = open.size
      const entryPrice = close[open.entry] as number
      const exitPrice = close[i] as number
      const pnl = size * (exitPrice - entryPrice)
      cash += pnl
      trades.push({
        symbol: 'BTC/USD',
        side: size > 0 ? ('long' as const) : ('short' as const),
        amount: Math.abs(size),
        entryBar: open.entry,
        exitBar: i,
        entryTimestamp: bars.time[open.entry] as number,
        exitTimestamp: bars.time[i] as number,
        entryPrice,
        exitPrice,
        pnl,
        pnlFraction: Math.sign(size) * (exitPrice / entryPrice - 1),
        fees: 0,
      })
      open = undefined
    }
    if (!open && i % 500 === 10 && i + 200 < n) open = { entry: i, size: trades.length % 2 ? -0.1 : 0.1 }
    equity[i] = cash + (open ? open.size * ((close[i] as number) - (close[open.entry] as number)) : 0)
  }
  return { bars, trades, equity: { time: bars.time, equity } }
}

describe('renderTearsheet — HTML', () => {
  const lib = readChartLibrary()

  it('escapes every input string and embeds the library and data once', () => {
    const { bars, trades, equity } = googInput()
    const html = renderTearsheet(
      { title: EVIL, equity, trades, bars, benchmark: { name: EVIL, time: bars.time, value: bars.close } },
      { chartLibrary: lib },
    )
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>window.__pwned')
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;')
    expect(html.match(/<script/g)).toHaveLength(3)
    expect(html).toContain("default-src 'none'")
  })

  it('rejects a missing chart library and bad options', () => {
    const input = { title: 't', equity: { time: [0, 1], equity: [1, 2] }, trades: [] }
    for (const [fn, msg] of [
      [() => renderTearsheet(input, { chartLibrary: '' }), /chartLibrary/],
      [() => renderTearsheet(input, { chartLibrary: lib, rollingWindow: 0 }), /rollingWindow/],
      [() => renderTearsheet(input, { chartLibrary: lib, topDrawdowns: 1.5 }), /topDrawdowns/],
      [
        () =>
          renderTearsheet(
            { ...input, bars: { time: [0, 1], open: [1], high: [1, 1], low: [1, 1], close: [1, 1] } },
            { chartLibrary: lib },
          ),
        /bars\.open/,
      ],
      [
        () => renderTearsheet({ ...input, equity: { time: [1, 0], equity: [1, 2] } }, { chartLibrary: lib }),
        /time\[1\]/,
      ],
    ] as [() => unknown, RegExp][]) {
      let err: unknown
      try {
        fn()
      } catch (e) {
        err = e
      }
      expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
      expect((err as Error).message).toMatch(msg)
    }
  })
})

describe('renderTearsheet — in headless Chromium', () => {
  const ALL_CHARTS = ['chart-price', 'chart-equity', 'chart-underwater', 'chart-sharpe']
  // A live account with no price data, no trades and three days of equity: only the equity and underwater charts.
  const minimal = () => ({
    bars: undefined,
    trades: [],
    equity: { time: [0, 1, 2].map((d) => Date.UTC(2024, 0, 2 + d)), equity: [1000, 990, 1010] },
  })
  it.each([
    ['GOOG daily, SmaCross(10, 30) trades', googInput, `GOOG SmaCross(10, 30) ${EVIL}`, ALL_CHARTS],
    ['BTC/USD hourly, synthetic trades', btcInput, 'BTC/USD hourly demo', ALL_CHARTS],
    ['three days of equity, nothing else', minimal, 'minimal', ['chart-equity', 'chart-underwater']],
  ] as const)(
    '%s: offline, no errors, no network, every chart drawn; screenshot saved',
    { timeout: 90_000 },
    async (_name, build, title, expectedCharts) => {
      const { bars, trades, equity } = build()
      const input = bars === undefined ? { title, equity, trades } : { title, equity, trades, bars }
      const html = renderTearsheet(input, { chartLibrary: readChartLibrary() })
      const dir = mkdtempSync(join(tmpdir(), 'aitrade-tearsheet-'))
      const file = join(dir, 'tearsheet.html')
      writeFileSync(file, html)
      const browser = await launchChromium()
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        const errors: string[] = []
        const requests: string[] = []
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text())
        })
        page.on('pageerror', (e) => errors.push(String(e)))
        page.on('request', (r) => requests.push(r.url()))
        page.on('dialog', (d) => {
          errors.push(`dialog: ${d.message()}`)
          void d.dismiss()
        })
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
        await page.waitForTimeout(500)
        // In-page check (a string: this package compiles without DOM types): for each chart container, the largest
        // number of painted (opaque, non-white) pixels over its canvases; -1 when it has no sized canvas.
        const charts = await page.evaluate<Record<string, number>>(`(() => {
        const out = {}
        for (const id of ['chart-price', 'chart-equity', 'chart-underwater', 'chart-sharpe']) {
          let painted = -1
          for (const c of document.getElementById(id)?.querySelectorAll('canvas') ?? []) {
            if (c.width === 0 || c.height === 0) continue
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
            let n = 0
            for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && !(d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255)) n++
            painted = Math.max(painted, n)
          }
          if (document.getElementById(id)) out[id] = painted
        }
        return out
      })()`)
        const pwned = await page.evaluate<number>('window.__pwned ?? 0')
        const shot = join(dir, 'tearsheet.png')
        await page.screenshot({ path: shot, fullPage: true })
        console.log(`tearsheet: ${file}\nscreenshot: ${shot}`)
        expect(errors).toEqual([])
        expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([])
        expect(pwned).toBe(0)
        expect(Object.keys(charts)).toEqual([...expectedCharts])
        for (const [id, painted] of Object.entries(charts)) {
          expect(painted, `${id} has a drawn canvas`).toBeGreaterThan(1000)
        }
        expect(await page.title()).toBe(title)
      } finally {
        await browser.close()
      }
    },
  )
})
