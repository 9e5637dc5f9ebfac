import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { sharedDataDir } from './loadData.js'

// Runs every ```ts block of docs/guides/migrating-from-backtesting-py.md on backtesting.py's GOOG.csv (../shared/data)
// and compares what the blocks print with what backtesting.py 0.6 prints for the same code. (guides.test.ts
// type-checks the blocks; this test executes them.)
//
// Oracle: backtesting.py 0.6, doc/examples/"Quick Start User Guide": Out[5] of
// `Backtest(GOOG, SmaCross, cash=10_000, commission=.002).run()` and Out[7]/Out[8] of
// `bt.optimize(n1=range(5, 30, 5), n2=range(10, 70, 5), maximize='Equity Final [$]', constraint=…)`.
const here = dirname(fileURLToPath(import.meta.url))
const guide = readFileSync(join(here, '..', '..', '..', 'docs', 'guides', 'migrating-from-backtesting-py.md'), 'utf8')
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)\n```/gm)].map((m) => m[1]!)
const goog = join(sharedDataDir()!, 'GOOG.csv')
// inside the package (so '@aitrade/*' resolve through the workspace) in a git-ignored folder of its own
const tmp = join(here, '..', '.cache', `migration-guide-${process.pid}`)

/** Quick Start User Guide, Out[5] (times of day and pandas' `days 00:00:00` dropped). */
const PUBLISHED_RUN = `
Start                     2004-08-19
End                       2013-03-01
Duration                   3116 days
Exposure Time [%]                       94.27
Equity Final [$]                     56263.52
Equity Peak [$]                      56309.06
Commissions [$]                      10563.95
Return [%]                             462.64
Buy & Hold Return [%]                  607.37
Return (Ann.) [%]                       22.47
Volatility (Ann.) [%]                   37.41
CAGR [%]                                14.99
Sharpe Ratio                             0.60
Sortino Ratio                            1.14
Calmar Ratio                             0.66
Alpha [%]                              450.62
Beta                                     0.02
Max. Drawdown [%]                      -33.93
Avg. Drawdown [%]                       -6.16
Max. Drawdown Duration      830 days
Avg. Drawdown Duration       50 days
# Trades                                   93
Win Rate [%]                            54.84
Best Trade [%]                          57.43
Worst Trade [%]                        -16.40
Avg. Trade [%]                           2.16
Max. Trade Duration         121 days
Avg. Trade Duration          32 days
Profit Factor                            2.27
Expectancy [%]                           2.69
SQN                                      2.01
Kelly Criterion                          0.26`

/** `name → value` of a printed table whose columns are separated by two or more spaces. */
function table(text: string): Map<string, string> {
  const rows = text
    .trim()
    .split('\n')
    .map((line) => /^(.*?)\s{2,}(\S.*)$/.exec(line.trim()))
  return new Map(rows.map((m) => [m![1]!, m![2]!]))
}

/** Runs one block as a module (the data file pointed at GOOG.csv) and returns the lines it logged. */
async function run(index: number): Promise<string[]> {
  const code = blocks[index]!
  expect(code).toContain("readBarsCsv('GOOG.csv'")
  mkdirSync(tmp, { recursive: true })
  const file = join(tmp, `block${index}.ts`)
  writeFileSync(file, code.replaceAll("'GOOG.csv'", JSON.stringify(goog)))
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
  try {
    await import(pathToFileURL(file).href)
    return log.mock.calls.map((args) => args.join(' '))
  } finally {
    log.mockRestore()
  }
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('docs/guides/migrating-from-backtesting-py.md', () => {
  it('has the Quick Start run, the order example and the optimization as TypeScript blocks', () => {
    expect(blocks).toHaveLength(3)
  })

  it("SmaCross prints backtesting.py's published statistics (Equity Final 56263.52, 93 trades)", async () => {
    const lines = await run(0)
    const printed = table(lines.join('\n'))
    expect(printed.get('Equity Final [$]')).toBe('56263.52')
    expect(printed.get('# Trades')).toBe('93')
    expect(Object.fromEntries(printed)).toEqual(Object.fromEntries(table(PUBLISHED_RUN)))
    // the guide shows the same output
    expect(guide).toContain(lines.join('\n'))
  })

  it('the order example runs: fractional size, limit entry, stop-loss / take-profit, trade_on_close, finalize_trades', async () => {
    const [line] = await run(1)
    expect(line).toMatch(/^\d+ trades; first: \d+ shares at [\d.]+, out at [\d.]+$/)
  })

  it('the optimization finds the Quick Start optimum: SmaCross(n1=10,n2=15), Equity Final 77829.05, 152 trades', async () => {
    const lines = await run(2)
    expect(lines).toEqual([
      '50 runs, best {"n1":10,"n2":15}',
      'Equity Final [$] 77829.05, # Trades 152',
      'heatmap 5 × 12',
    ])
    // the guide shows the same output
    expect(guide).toContain(lines.join('\n'))
  }, 120_000)
})
