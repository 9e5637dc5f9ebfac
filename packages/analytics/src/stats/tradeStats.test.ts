import { Decimal, isAitradeError, type Trade, TradeSchema } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runSmaCross } from '../../test-support/backtestingPy.js'
import { loadSharedBars } from '../../test-support/sharedData.js'
import { tradeStats } from './tradeStats.js'

const DAY = 86_400_000

function loadGoog() {
  const s = loadSharedBars('GOOG.csv', 'GOOG')
  return { time: Array.from(s.time), open: Array.from(s.open), close: Array.from(s.close) }
}

function close(actual: number, expected: number, rtol = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rtol * Math.abs(expected))
}

describe('tradeStats — golden values of backtesting.py 0.6', () => {
  // Oracle: kernc/backtesting.py 0.6, backtesting/test/_test.py `TestBacktest.test_compute_stats`:
  // `Backtest(GOOG, SmaCross, finalize_trades=True).run()` with SmaCross(fast=10, slow=30), cash 10 000, no commission,
  // compared there with rtol 1e-8. The inputs (trades, equity) are rebuilt by test-support/backtestingPy.ts, and the
  // published `Equity Final`, `# Trades` and `Exposure Time` confirm them before the other lines are compared.
  const goog = loadGoog()
  const run = runSmaCross(goog, 10, 30, { finalizeTrades: true })
  const s = tradeStats(
    run.trades,
    { time: goog.time, equity: run.equity },
    { prices: goog.close, firstTradingBar: run.warmup },
  )

  it('reproduces the inputs of the published run', () => {
    expect(s.tradeCount).toBe(66)
    close(s.equityFinal, 51422.98999999996, 1e-12)
    close(s.exposureTime, 96.74115456238361 / 100)
  })

  it('matches every published statistic', () => {
    expect(s.start).toBe(Date.UTC(2004, 7, 19))
    expect(s.end).toBe(Date.UTC(2013, 2, 1))
    expect(s.duration).toBe(3116 * DAY)
    close(s.equityPeak, 75787.44)
    close(s.return, 414.2298999999996 / 100)
    close(s.buyAndHoldReturn, 522.0601851851852 / 100)
    close(s.annualReturn, 21.180255813792282 / 100)
    close(s.annualVolatility, 36.49390889140787 / 100)
    close(s.cagr, 14.159843619607383 / 100)
    close(s.sharpeRatio, 0.5803778344714113)
    close(s.sortinoRatio, 1.0847880675854096)
    close(s.calmarRatio, 0.4414380935608377)
    close(s.alpha, 394.37391142027462 / 100)
    close(s.beta, 0.03803390709192, 1e-8) // published with 13 significant digits
    close(s.maxDrawdown, -47.98012705007589 / 100)
    close(s.avgDrawdown, -5.925851581948801 / 100)
    expect(s.maxDrawdownDuration).toBe(584 * DAY)
    expect(s.avgDrawdownDuration).toBe(41 * DAY)
    close(s.winRate, 46.96969696969697 / 100)
    close(s.bestTrade, 53.59595229490424 / 100)
    close(s.worstTrade, -18.39887353835481 / 100)
    close(s.avgTrade, 2.531715975158555 / 100)
    expect(s.maxTradeDuration).toBe(183 * DAY)
    expect(s.avgTradeDuration).toBe(46 * DAY)
    close(s.profitFactor, 2.167945974262033)
    close(s.expectancy, 3.2748078066748834 / 100)
    close(s.sqn, 1.0766187356697705)
    close(s.kellyCriterion, 0.1518705127029717)
    expect(s.fees).toBe(0)
  })
})

describe('tradeStats — published Quick Start output of backtesting.py 0.6 (with commissions)', () => {
  // Oracle: backtesting.py's "Quick Start User Guide" (doc/examples/Quick Start User Guide), 0.6 series:
  // `Backtest(GOOG, SmaCross, cash=10_000, commission=.002).run()` with SmaCross(n1=10, n2=20), printed to 2 decimals.
  // That release lists trade PnL and ReturnPct before commissions (its `_trades` table: 87 × (185.23 − 114.42) =
  // 6160.47), while the equity pays them; the inputs are rebuilt the same way.
  const goog = loadGoog()
  const run = runSmaCross(goog, 10, 20, { commission: 0.002, grossTradePnl: true })
  const s = tradeStats(
    run.trades,
    { time: goog.time, equity: run.equity },
    { prices: goog.close, firstTradingBar: run.warmup },
  )
  const printed = (actual: number, shown: number) => expect(Math.abs(actual - shown)).toBeLessThanOrEqual(0.005 + 1e-12)

  it('matches every printed line', () => {
    expect(s.tradeCount).toBe(93)
    printed(s.exposureTime * 100, 94.27)
    printed(s.equityFinal, 56263.52)
    printed(s.equityPeak, 56309.06)
    printed(s.fees, 10563.95)
    printed(s.return * 100, 462.64)
    printed(s.buyAndHoldReturn * 100, 607.37)
    printed(s.annualReturn * 100, 22.47)
    printed(s.annualVolatility * 100, 37.41)
    printed(s.cagr * 100, 14.99)
    printed(s.sharpeRatio, 0.6)
    printed(s.sortinoRatio, 1.14)
    printed(s.calmarRatio, 0.66)
    printed(s.alpha * 100, 450.62)
    printed(s.beta, 0.02)
    printed(s.maxDrawdown * 100, -33.93)
    printed(s.avgDrawdown * 100, -6.16)
    expect(s.maxDrawdownDuration).toBe(830 * DAY)
    expect(s.avgDrawdownDuration).toBe(50 * DAY)
    printed(s.winRate * 100, 54.84)
    printed(s.bestTrade * 100, 57.43)
    printed(s.worstTrade * 100, -16.4)
    printed(s.avgTrade * 100, 2.16)
    expect(s.maxTradeDuration).toBe(121 * DAY)
    expect(s.avgTradeDuration).toBe(32 * DAY)
    printed(s.profitFactor, 2.27)
    printed(s.expectancy * 100, 2.69)
    printed(s.sqn, 2.01)
    printed(s.kellyCriterion, 0.26)
  })
})

describe('tradeStats — hand-worked case', () => {
  // Mon 2024-01-01 .. Fri 2024-01-05 daily bars (no weekend bars, so A = 252).
  const t0 = Date.UTC(2024, 0, 1)
  const time = [0, 1, 2, 3, 4].map((i) => t0 + i * DAY)
  const equity = [100, 110, 99, 110, 121]
  const prices = [10, 11, 10, 11, 12]
  const trades = [
    // no bar indices: found from the timestamps
    {
      entryTimestamp: time[0] as number,
      exitTimestamp: time[1] as number,
      pnl: new Decimal(10),
      pnlFraction: 0.1,
      fees: new Decimal(1),
    },
    {
      entryTimestamp: time[1] as number,
      exitTimestamp: time[1] as number,
      pnl: -11,
      pnlFraction: -0.1,
      fees: 0.5,
      entryBar: 1,
      exitBar: 1,
    },
    {
      entryTimestamp: time[3] as number,
      exitTimestamp: time[4] as number,
      pnl: 22,
      pnlFraction: 0.2,
      fees: 2,
      entryBar: 3,
      exitBar: 4,
    },
  ]
  const s = tradeStats(trades, { time, equity }, { prices })

  it('return-series lines', () => {
    close(s.return, 0.21)
    close(s.buyAndHoldReturn, 0.2)
    // daily returns [NaN, .1, -.1, 1/9, .1]; the NaN counts as 0 in the geometric mean over 5 periods
    const g = 1.21 ** (1 / 5) - 1
    close(s.annualReturn, (1 + g) ** 252 - 1)
    const m = (0.1 - 0.1 + 1 / 9 + 0.1) / 4
    const v = ((0.1 - m) ** 2 + (-0.1 - m) ** 2 + (1 / 9 - m) ** 2 + (0.1 - m) ** 2) / 3
    const vol = Math.sqrt((v + (1 + g) ** 2) ** 252 - (1 + g) ** 504)
    close(s.annualVolatility, vol)
    close(s.sharpeRatio, ((1 + g) ** 252 - 1) / vol)
    // downside: mean(min(r,0)^2) over the 4 returns = 0.01 / 4
    close(s.sortinoRatio, ((1 + g) ** 252 - 1) / (Math.sqrt(0.01 / 4) * Math.sqrt(252)))
    close(s.cagr, 1.21 ** (252 / 4) - 1)
    // peaks 100,110,110,110,121: one episode bars 1..3, 10 % deep, 2 days long
    close(s.maxDrawdown, -0.1)
    close(s.avgDrawdown, -0.1)
    close(s.calmarRatio, ((1 + g) ** 252 - 1) / 0.1)
    expect(s.maxDrawdownDuration).toBe(2 * DAY)
    expect(s.avgDrawdownDuration).toBe(2 * DAY)
    const le = [Math.log(1.1), Math.log(0.9), Math.log(110 / 99), Math.log(1.1)]
    const lm = [Math.log(1.1), Math.log(10 / 11), Math.log(1.1), Math.log(12 / 11)]
    const me = le.reduce((a, b) => a + b) / 4
    const mm = lm.reduce((a, b) => a + b) / 4
    const cov = le.reduce((a, x, i) => a + (x - me) * ((lm[i] as number) - mm), 0)
    const varM = lm.reduce((a, x) => a + (x - mm) ** 2, 0)
    close(s.beta, cov / varM)
    close(s.alpha, 0.21 - (cov / varM) * 0.2)
    expect(s.equityFinal).toBe(121)
    expect(s.equityPeak).toBe(121)
  })

  it('trade lines', () => {
    expect(s.tradeCount).toBe(3)
    close(s.winRate, 2 / 3)
    close(s.bestTrade, 0.2)
    close(s.worstTrade, -0.1)
    close(s.avgTrade, (1.1 * 0.9 * 1.2) ** (1 / 3) - 1)
    close(s.profitFactor, 0.3 / 0.1)
    close(s.expectancy, 0.2 / 3)
    const mean = 21 / 3
    const sd = Math.sqrt(((10 - mean) ** 2 + (-11 - mean) ** 2 + (22 - mean) ** 2) / 2)
    close(s.sqn, (Math.sqrt(3) * mean) / sd)
    close(s.kellyCriterion, 2 / 3 - 1 / 3 / (16 / 11))
    close(s.exposureTime, 4 / 5) // bars 0,1 and 3,4
    close(s.fees, 3.5)
    expect(s.maxTradeDuration).toBe(DAY)
    expect(s.avgTradeDuration).toBe(DAY) // 2/3 day rounded up to the daily resolution
  })

  it('annualises with 365 when weekends carry bars, and honours the override and risk-free rate', () => {
    const sat = Date.UTC(2024, 0, 6)
    const wk = tradeStats([], { time: [0, 1, 2, 3].map((i) => sat + i * DAY), equity: [100, 101, 100, 102] })
    const g = 1.02 ** (1 / 4) - 1
    close(wk.annualReturn, (1 + g) ** 365 - 1)
    // weekly bars (Fridays): pandas resample('W') keeps one value per week and A = 52
    const fri = Date.UTC(2024, 0, 5)
    const w = tradeStats([], { time: [0, 1, 2].map((i) => fri + 7 * i * DAY), equity: [100, 110, 121] })
    close(w.annualReturn, 1.21 ** (52 / 3) - 1)
    const o = tradeStats([], { time, equity }, { annualization: 12, riskFreeRate: 0.02 })
    const g5 = 1.21 ** (1 / 5) - 1
    close(o.annualReturn, (1 + g5) ** 12 - 1)
    close(o.sortinoRatio, ((1 + g5) ** 12 - 1 - 0.02) / (Math.sqrt(0.01 / 4) * Math.sqrt(12)))
  })

  it('returns NaN where backtesting.py does: no trades, no prices, no drawdown', () => {
    const up = tradeStats([], { time, equity: [100, 101, 102, 103, 104] })
    expect(up.tradeCount).toBe(0)
    expect(up.winRate).toBeNaN()
    expect(up.avgTrade).toBeNaN()
    expect(up.sqn).toBeNaN()
    expect(up.kellyCriterion).toBeNaN()
    expect(up.profitFactor).toBeNaN()
    expect(up.buyAndHoldReturn).toBeNaN()
    expect(up.beta).toBeNaN()
    expect(up.maxDrawdown === 0).toBe(true)
    expect(up.calmarRatio).toBeNaN()
    expect(up.maxDrawdownDuration).toBeNaN()
    expect(up.sortinoRatio).toBe(Number.POSITIVE_INFINITY)
    expect(up.exposureTime).toBe(0)
  })
})

describe('tradeStats — properties', () => {
  it('scale-free lines do not change when the equity is multiplied by a constant; drawdowns are ≤ 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength: 3, maxLength: 120 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (rets, k) => {
          let v = 100
          const equity = [v, ...rets.map((r) => (v *= 1 + r))]
          const time = equity.map((_, i) => Date.UTC(2024, 0, 1) + i * DAY)
          const a = tradeStats([], { time, equity })
          const b = tradeStats([], { time, equity: equity.map((x) => x * k) })
          for (const key of [
            'return',
            'annualReturn',
            'annualVolatility',
            'cagr',
            'maxDrawdown',
            'avgDrawdown',
          ] as const) {
            if (Number.isFinite(a[key]))
              expect(Math.abs(a[key] - b[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a[key])))
          }
          expect(b.maxDrawdownDuration).toBe(a.maxDrawdownDuration)
          expect(a.maxDrawdown).toBeLessThanOrEqual(0)
          expect(a.avgDrawdown <= 0 || Number.isNaN(a.avgDrawdown)).toBe(true)
          expect(a.maxDrawdown <= a.avgDrawdown || Number.isNaN(a.avgDrawdown)).toBe(true)
        },
      ),
    )
  })
})

describe('tradeStats — core Trade objects', () => {
  it("accepts core's Trade (Decimal ledger fields) unchanged", () => {
    const t: Trade = TradeSchema.parse({
      id: 't1',
      symbol: 'GOOG',
      side: 'long',
      amount: '10',
      entryTimestamp: 0,
      exitTimestamp: DAY,
      entryPrice: '100',
      exitPrice: '110',
      pnl: '98',
      pnlFraction: 0.098,
      fees: '2',
      mae: '-3',
      mfe: '12',
      barsHeld: 1,
      entryBar: 0,
      exitBar: 1,
    })
    const s = tradeStats([t], { time: [0, DAY], equity: [1000, 1098] })
    expect(s.fees).toBe(2)
    expect(s.sqn).toBeNaN()
    expect(s.kellyCriterion).toBeNaN() // no losing trade: backtesting.py's Kelly is NaN
    close(s.avgTrade, 0.098)
  })
})

describe('tradeStats — bad input', () => {
  const time = [0, DAY, 2 * DAY]
  const eq = { time, equity: [1, 2, 3] }
  const cases: [string, () => unknown, RegExp][] = [
    ['empty equity', () => tradeStats([], { time: [], equity: [] }), /at least one bar/],
    ['length mismatch', () => tradeStats([], { time, equity: [1, 2] }), /lengths differ/],
    ['unsorted time', () => tradeStats([], { time: [0, 0, 1], equity: [1, 2, 3] }), /time\[1\]/],
    ['negative equity', () => tradeStats([], { time, equity: [1, -2, 3] }), /equity\[1\]/],
    ['prices length', () => tradeStats([], eq, { prices: [1, 2] }), /prices/],
    ['zero price', () => tradeStats([], eq, { prices: [1, 0, 2] }), /prices\[1\]/],
    ['risk-free', () => tradeStats([], eq, { riskFreeRate: 1.5 }), /riskFreeRate/],
    ['first bar', () => tradeStats([], eq, { firstTradingBar: 3 }), /firstTradingBar/],
    ['annualization', () => tradeStats([], eq, { annualization: 0 }), /annualization/],
    [
      'exit before entry',
      () => tradeStats([{ entryTimestamp: DAY, exitTimestamp: 0, pnl: 1, pnlFraction: 0.1 }], eq),
      /trades\[0\]/,
    ],
    [
      'trade before the data',
      () => tradeStats([{ entryTimestamp: -DAY, exitTimestamp: 0, pnl: 1, pnlFraction: 0.1 }], eq),
      /trades\[0\]/,
    ],
    [
      'NaN pnl',
      () => tradeStats([{ entryTimestamp: 0, exitTimestamp: 0, pnl: Number.NaN, pnlFraction: 0.1 }], eq),
      /trades\[0\]\.pnl/,
    ],
    [
      'bar out of range',
      () =>
        tradeStats([{ entryTimestamp: 0, exitTimestamp: 0, pnl: 1, pnlFraction: 0.1, entryBar: 0, exitBar: 9 }], eq),
      /trades\[0\]/,
    ],
  ]
  it.each(cases)('%s', (_name, fn, message) => {
    let err: unknown
    try {
      fn()
    } catch (e) {
      err = e
    }
    expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
    expect((err as Error).message).toMatch(message)
  })
})
