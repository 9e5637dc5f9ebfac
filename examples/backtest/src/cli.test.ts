import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureIo } from '../test-support/captureIo.js'
import { type CliJson, main, symbolFromFileName } from './cli.js'
import { sharedDataDir } from './loadData.js'

const data = sharedDataDir()!
const GOOG = join(data, 'GOOG.csv')
const BTC_HOURLY = join(data, 'Coinbase_BTCUSD_1h.csv')
const tmp = mkdtempSync(join(tmpdir(), 'aitrade-cli-'))

async function cli(...argv: string[]) {
  const io = captureIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

// GOOG.csv rows, oldest first: Date,Open,High,Low,Close,Volume — the oracle for bar indices and fill prices.
const googRows = readFileSync(GOOG, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))

describe('aitrade-backtest on GOOG.csv --json', () => {
  const file = join(tmp, 'goog.json')
  const ran = cli(
    ...['--data', GOOG, '--strategy', 'sma-cross', '--param', 'fast=10', '--param', 'slow=20'],
    ...['--commission', '0.002', '--semantics', 'backtesting.py', '--json', file],
  )

  it('prints the stats table and writes { stats, trades, equity } with the documented fields', async () => {
    const { code, out, err } = await ran
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toMatch(/Equity Final \[\$\]\s+56263\.52/)
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    expect(Object.keys(json).sort()).toEqual(['equity', 'stats', 'trades'])
    const fields = [
      ...['return', 'buyAndHoldReturn', 'cagr', 'annualReturn', 'annualVolatility', 'sharpeRatio', 'sortinoRatio'],
      ...['calmarRatio', 'maxDrawdown', 'avgDrawdown', 'maxDrawdownDuration', 'tradeCount', 'winRate', 'bestTrade'],
      ...['worstTrade', 'avgTrade', 'profitFactor', 'expectancy', 'sqn', 'kellyCriterion', 'exposureTime'],
      ...['equityFinal', 'equityPeak', 'fees'],
    ]
    for (const f of fields) expect(typeof json.stats[f], f).toBe('number')
    for (const t of json.trades) {
      expect(Object.keys(t).sort()).toEqual(
        ['amount', 'entryBar', 'entryPrice', 'entryTime', 'exitBar', 'exitPrice', 'exitTime', 'fees', 'pnl'].sort(),
      )
    }
    expect(json.equity.time.length).toBe(googRows.length)
    expect(json.equity.equity.length).toBe(googRows.length)
  })

  it("follows backtesting.py: its published Quick Start figures, fractions not percents, fills at the bar's open", async () => {
    await ran
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    // backtesting.py 0.6 Quick Start (SmaCross 10/20, cash 10 000, commission .002): Return [%] 462.64, # Trades 93,
    // Max. Drawdown [%] -33.93, Win Rate [%] 54.84, Max. Drawdown Duration 830 days.
    expect(json.stats.equityFinal).toBeCloseTo(56263.52, 2)
    expect(json.stats.return).toBeCloseTo(4.6264, 4)
    expect(json.stats.tradeCount).toBe(93)
    expect(json.stats.maxDrawdown).toBeCloseTo(-0.3393, 4)
    expect(json.stats.winRate).toBeCloseTo(0.5484, 4)
    expect(json.stats.maxDrawdownDuration).toBe(830 * 86_400_000)
    // bar indices are rows of the file (0-based, oldest first); entries fill at that row's open
    for (const t of json.trades) {
      const row = googRows[t.entryBar!]!
      expect(t.entryTime).toBe(Date.parse(`${row[0]}T00:00:00Z`))
      expect(t.entryPrice).toBe(Number(row[1]))
      expect(Number.isInteger(t.amount)).toBe(true)
    }
    // the strategy alternates long and short: signed amounts
    expect(json.trades.some((t) => t.amount > 0)).toBe(true)
    expect(json.trades.some((t) => t.amount < 0)).toBe(true)
    for (let i = 1; i < json.trades.length; i++)
      expect(Math.sign(json.trades[i]!.amount)).toBe(-Math.sign(json.trades[i - 1]!.amount))
  })
})

describe('aitrade-backtest semantics and options', () => {
  it('trades BTC in fractional units under the aitrade semantics even when one BTC costs more than the cash', async () => {
    const file = join(tmp, 'btc.json')
    const { code } = await cli(
      ...['--data', BTC_HOURLY, '--strategy', 'sma-cross', '--cash', '1000', '--commission', '0.001'],
      ...['--json', file],
    )
    expect(code).toBe(0)
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    expect(json.trades.length).toBeGreaterThan(10)
    const first = json.trades[0]!
    expect(first.entryPrice).toBeGreaterThan(1000)
    expect(Math.abs(first.amount)).toBeLessThan(1)
    expect(Math.abs(first.amount)).toBeGreaterThan(0)
    // 1e-8 lot step: the amount has at most 8 decimals
    expect(Math.abs(first.amount * 1e8 - Math.round(first.amount * 1e8))).toBeLessThan(1e-6)
    expect(symbolFromFileName(BTC_HOURLY)).toBe('BTC/USD')
  })

  it('reports the prop-firm challenge verdict with --risk', async () => {
    const file = join(tmp, 'ftmo.json')
    const { code, out } = await cli(
      ...['--data', BTC_HOURLY, '--strategy', 'signal-score', '--cash', '100000', '--risk', 'ftmo-2step'],
      ...['--json', file],
    )
    expect(code).toBe(0)
    expect(out).toMatch(/Challenge ftmo-2step: (PASSED|FAILED|ACTIVE)/)
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    expect(['active', 'passed', 'failed']).toContain(json.challenge!.status)
    if (json.challenge!.status === 'failed') expect(out).toMatch(/FAILED — rule \S+ at \d{4}-\d\d-\d\dT/)
  })

  it('writes the HTML tearsheet with --report', async () => {
    const file = join(tmp, 'report.html')
    const { code, out } = await cli('--data', GOOG, '--strategy', 'macd-trend', '--report', file)
    expect(code).toBe(0)
    expect(out).toContain(`Report written to ${file}`)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/) // offline: no CDN
  })

  it("--optimize finds backtesting.py's published optimum and backtests it", async () => {
    // backtesting.py 0.6 Quick Start, Out[7]/Out[8]: bt.optimize(n1=range(5, 30, 5), n2=range(10, 70, 5),
    // maximize='Equity Final [$]', constraint=lambda p: p.n1 < p.n2) → SmaCross(n1=10,n2=15), Equity Final [$]
    // 77829.05, # Trades 152
    const file = join(tmp, 'optimized.json')
    const { code, out } = await cli(
      ...['--data', GOOG, '--strategy', 'sma-cross', '--commission', '0.002', '--semantics', 'backtesting.py'],
      ...['--optimize', 'fast=5:25:5', '--optimize', 'slow=10:65:5', '--maximize', 'equityFinal', '--json', file],
    )
    expect(code).toBe(0)
    expect(out).toMatch(/Optimization of sma-cross: 50 runs/) // 5 × 12 sets less the 10 with fast >= slow
    expect(out).toContain('sma-cross (fast=10 slow=15) on GOOG')
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    expect(json.stats.equityFinal).toBeCloseTo(77829.05, 2)
    expect(json.stats.tradeCount).toBe(152)
  })

  it('runs a user strategy module', async () => {
    const mod = join(tmp, 'buyAndHold.mjs')
    writeFileSync(
      mod,
      `export function createStrategy(params, env) {
        let done = false
        return { onBar(bar, ctx) { if (!done) { done = true; ctx.submit({ symbol: env.symbol, side: 'buy', type: 'market', amount: '10' }) } } }
      }\n`,
    )
    const file = join(tmp, 'user.json')
    const { code } = await cli('--data', GOOG, '--strategy', mod, '--json', file)
    expect(code).toBe(0)
    const json = JSON.parse(readFileSync(file, 'utf8')) as CliJson
    // bought 10 shares at the second row's open (next-open fill), closed at the end at the last close
    expect(json.trades).toHaveLength(1)
    expect(json.trades[0]!.entryBar).toBe(1)
    expect(json.trades[0]!.entryPrice).toBe(Number(googRows[1]![1]))
    expect(json.trades[0]!.exitPrice).toBe(Number(googRows.at(-1)![4]))
    expect(json.trades[0]!.amount).toBe(10)
  })
})

describe('aitrade-backtest user errors: one line on stderr, exit code 2', () => {
  const bad = join(tmp, 'bad.csv')
  const EMPTY = join(tmp, 'empty.csv')
  writeFileSync(EMPTY, '')
  writeFileSync(bad, 'Date,Open,High,Low,Close,Volume\n2020-01-01,1,2,0.5,1.5,100\n2020-01-02,1,2,oops,1.5,100\n')
  const cases: [string, string[], RegExp][] = [
    [
      'a missing file',
      ['--data', join(tmp, 'nope.csv'), '--strategy', 'sma-cross'],
      /--data: file not found: .*nope\.csv/,
    ],
    [
      'an unknown strategy',
      ['--data', GOOG, '--strategy', 'moon'],
      /--strategy: unknown strategy "moon" \(built-ins: sma-cross/,
    ],
    [
      'an unknown parameter',
      ['--data', GOOG, '--strategy', 'sma-cross', '--param', 'speed=3'],
      /--param: unknown parameter "speed" for sma-cross \(known: fast, slow\)/,
    ],
    [
      'a parameter of the wrong type',
      ['--data', GOOG, '--strategy', 'sma-cross', '--param', 'fast=ten'],
      /--param fast: expected an integer in \[1, 10000\], got "ten"/,
    ],
    [
      'a non-integer integer parameter',
      ['--data', GOOG, '--strategy', 'sma-cross', '--param', 'fast=2.5'],
      /--param fast: expected an integer/,
    ],
    [
      'an impossible parameter combination',
      ['--data', GOOG, '--strategy', 'sma-cross', '--param', 'fast=30'],
      /fast=30 slow=20 is not a valid combination for sma-cross \(fast must be < slow\)/,
    ],
    [
      'a malformed CSV line',
      ['--data', bad, '--strategy', 'sma-cross'],
      /--data: .*bad\.csv:3 \(Low\): not a finite number: "oops"/,
    ],
    ['an unknown option', ['--data', GOOG, '--strategy', 'sma-cross', '--fast', '3'], /unknown option '--fast'/i],
    ['a missing --strategy', ['--data', GOOG], /--strategy is required/],
    [
      'a bad --commission',
      ['--data', GOOG, '--strategy', 'sma-cross', '--commission', '2'],
      /--commission: expected a fraction in \[0, 1\), got "2"/,
    ],
    [
      'a bad --semantics',
      ['--data', GOOG, '--strategy', 'sma-cross', '--semantics', 'zipline'],
      /--semantics: expected one of aitrade, backtesting\.py, backtrader/,
    ],
    [
      'an unknown --risk preset',
      ['--data', GOOG, '--strategy', 'sma-cross', '--risk', 'ftmo-9step'],
      /--risk: unknown preset "ftmo-9step"/,
    ],
    [
      'an --optimize range of an unknown parameter',
      ['--data', GOOG, '--strategy', 'sma-cross', '--optimize', 'speed=1:5:1'],
      /--optimize: unknown parameter "speed"/,
    ],
    [
      'a malformed --walk-forward',
      ['--data', GOOG, '--strategy', 'sma-cross', '--walk-forward', 'in=10'],
      /--walk-forward: expected in=<bars>,out=<bars>/,
    ],
    [
      'an unknown --maximize statistic',
      ['--data', GOOG, '--strategy', 'sma-cross', '--optimize', 'fast=5:10:5', '--maximize', 'profit'],
      /--maximize: unknown statistic "profit" \(one of start, end/,
    ],
    [
      'walk-forward windows longer than the data',
      ['--data', GOOG, '--strategy', 'sma-cross', '--walk-forward', 'in=3000,out=100'],
      /--walk-forward in=3000,out=100: needs 3100 bars, the data has 2148/,
    ],
    [
      'an empty CSV file',
      ['--data', EMPTY, '--strategy', 'sma-cross'],
      /--data: .*empty\.csv:1: no rows: the file is empty/,
    ],
  ]
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const { code, out, err } = await cli(...argv)
      expect(code).toBe(2)
      expect(out).toBe('')
      expect(err).toMatch(/^aitrade-backtest: .+\n$/)
      expect(err.split('\n')).toHaveLength(2) // exactly one line
      expect(err).toMatch(message)
      expect(err).not.toMatch(/\n\s+at /)
    })
  }
})
