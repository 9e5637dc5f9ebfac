import { InvalidArgumentError } from '@aitrade/core'
import { lastPerBucket, periodCalendar } from './resample.js'
import { underwater } from './underwater.js'

/** A ledger amount as a plain `number` or any Decimal-like object (`Decimal` from `@aitrade/core`). */
export type NumberLike = number | { toNumber(): number }

/**
 * The fields of a closed trade that {@link tradeStats} reads. Core's `Trade` satisfies it; plain objects with
 * `number` amounts do too.
 */
export interface TradeStatsTrade {
  /** Entry time, epoch ms UTC. */
  readonly entryTimestamp: number
  /** Exit time, epoch ms UTC, `>= entryTimestamp`. */
  readonly exitTimestamp: number
  /** Net PnL after fees, account currency. */
  readonly pnl: NumberLike
  /** Net PnL as a fraction of the entry notional (`0.05` = +5 %); backtesting.py's `ReturnPct`. */
  readonly pnlFraction: number
  /** Fees paid on the round trip, account currency (negative for maker rebates). Missing means `0`. */
  readonly fees?: NumberLike | undefined
  /** Index of the entry bar in the equity series. Found from `entryTimestamp` when missing. */
  readonly entryBar?: number | undefined
  /** Index of the exit bar in the equity series. Found from `exitTimestamp` when missing. */
  readonly exitBar?: number | undefined
}

/** An equity curve: one value per bar, index-aligned with its bar times. */
export interface EquityCurve {
  /** Bar times, epoch ms UTC, strictly ascending. */
  readonly time: ArrayLike<number>
  /** Account equity at each bar's close, account currency, `>= 0` (the first `> 0`). */
  readonly equity: ArrayLike<number>
}

/** Options of {@link tradeStats}. */
export interface TradeStatsOptions {
  /**
   * Close prices of the traded instrument, one per equity bar (same length as `equity.time`). Used for the buy & hold
   * return and for alpha/beta; without them those fields are `NaN`.
   */
  prices?: ArrayLike<number>
  /**
   * Index of the first bar the strategy could trade on (the indicator warm-up length; backtesting.py 0.6's
   * `_indicator_warmup_nbars`). Buy & hold is measured from this bar's close. Default `0`.
   */
  firstTradingBar?: number
  /** Annual risk-free rate as a fraction in `(-1, 1)`, subtracted in Sharpe, Sortino and alpha. Default `0`. */
  riskFreeRate?: number
  /**
   * Periods per year used to annualise, overriding backtesting.py's inference (52 for weekly bars, 12 for monthly, 1
   * for yearly, otherwise 365 when more than 60 % of 2/7 of the bars fall on weekends, else 252).
   */
  annualization?: number
}

/**
 * The statistics table of backtesting.py 0.6 (`backtesting/_stats.py: compute_stats`), field for field, as fractions
 * (`0.05` = 5 %) and durations in milliseconds. Undefined statistics (no trades, no losses, zero variance) are `NaN`
 * or `±Infinity` exactly where backtesting.py prints `NaN`/`inf`.
 *
 * Throughout, `E` is the equity per bar, `dd[i] = 1 - E[i] / max(E[0..i])`, `r` is the series of per-period returns
 * of `E` resampled to the last value of each calendar period (day, or week/month/year for bars that far apart; the
 * first return counts as `0` in the geometric mean, as in backtesting.py), `g` their geometric mean and `A` the periods
 * per year.
 */
export interface TradeStats {
  /** Time of the first bar, epoch ms UTC. */
  start: number
  /** Time of the last bar, epoch ms UTC. */
  end: number
  /** `end - start`, ms. */
  duration: number
  /** Fraction of bars with an open trade: bars `entryBar..exitBar` inclusive of each trade, over all bars (backtesting.py "Exposure Time"). */
  exposureTime: number
  /** Last equity value, account currency (backtesting.py "Equity Final"). */
  equityFinal: number
  /** Highest equity value, account currency (backtesting.py "Equity Peak"). */
  equityPeak: number
  /** Sum of the trades' `fees`, account currency (backtesting.py "Commissions"). */
  fees: number
  /** `(E[last] - E[0]) / E[0]` (backtesting.py "Return"). */
  return: number
  /** `(close[last] - close[f]) / close[f]` with `f = firstTradingBar`; `NaN` without `prices` (backtesting.py "Buy & Hold Return"). */
  buyAndHoldReturn: number
  /** `(1 + g)^A - 1`, the geometric annual return (backtesting.py "Return (Ann.)"). */
  annualReturn: number
  /**
   * `sqrt((var(r) + (1 + g)^2)^A - (1 + g)^(2A))`, the volatility of the compounded annual return (sample variance,
   * ddof 1; backtesting.py "Volatility (Ann.)", after https://dx.doi.org/10.2139/ssrn.3054517).
   */
  annualVolatility: number
  /** `(E[last] / E[0])^(1 / years) - 1` with `years = duration in days / A` (backtesting.py "CAGR"). */
  cagr: number
  /** `(annualReturn - riskFreeRate) / annualVolatility`, `NaN` when the volatility is 0 (backtesting.py "Sharpe Ratio"; not empyrical's). */
  sharpeRatio: number
  /** `(annualReturn - riskFreeRate) / (sqrt(mean(min(r, 0)^2)) * sqrt(A))` (backtesting.py "Sortino Ratio"; not empyrical's). */
  sortinoRatio: number
  /** `annualReturn / -maxDrawdown`, `NaN` without a drawdown (backtesting.py "Calmar Ratio"). */
  calmarRatio: number
  /**
   * Jensen's alpha against buy & hold: `return - riskFreeRate - beta * (buyAndHoldReturn - riskFreeRate)`
   * (backtesting.py 0.6 "Alpha"). `NaN` without `prices`.
   */
  alpha: number
  /** `cov(ln E[i]/E[i-1], ln close[i]/close[i-1]) / var(ln close[i]/close[i-1])` over all bars (backtesting.py 0.6 "Beta"). */
  beta: number
  /** `-max(dd)`, ≤ 0 (backtesting.py "Max. Drawdown"; `-0.25` = 25 % below the peak). */
  maxDrawdown: number
  /** `-mean` of the deepest `dd` of each drawdown episode, ≤ 0 (backtesting.py "Avg. Drawdown"). */
  avgDrawdown: number
  /**
   * Longest drawdown episode, ms: time from the last bar at a peak to the first bar back at a peak (or to the last
   * bar if not recovered), rounded up to the resolution of the bar spacing (whole days for daily bars), as
   * backtesting.py's `_round_timedelta` does. `NaN` when no episode is delimited (no drawdown, or one that starts on
   * the last bar), where backtesting.py would print the drawdown fractions in place of durations.
   */
  maxDrawdownDuration: number
  /** Mean drawdown-episode duration, ms, rounded up like {@link TradeStats.maxDrawdownDuration}. */
  avgDrawdownDuration: number
  /** Number of closed trades (backtesting.py "# Trades"). */
  tradeCount: number
  /** Fraction of trades with `pnl > 0`; `NaN` without trades (backtesting.py "Win Rate"). */
  winRate: number
  /** Largest `pnlFraction` (backtesting.py "Best Trade"). */
  bestTrade: number
  /** Smallest `pnlFraction` (backtesting.py "Worst Trade"). */
  worstTrade: number
  /** Geometric mean of `pnlFraction`: `exp(mean(ln(1 + p))) - 1`, `0` if any `p <= -1` (backtesting.py "Avg. Trade"). */
  avgTrade: number
  /** Longest `exitTimestamp - entryTimestamp`, ms, rounded up like the drawdown durations (backtesting.py "Max. Trade Duration"). */
  maxTradeDuration: number
  /** Mean `exitTimestamp - entryTimestamp`, ms, rounded up (backtesting.py "Avg. Trade Duration"). */
  avgTradeDuration: number
  /** `sum(p > 0) / |sum(p < 0)|` over `pnlFraction` (not PnL), `NaN` without losses (backtesting.py "Profit Factor"). */
  profitFactor: number
  /** Arithmetic mean of `pnlFraction` (backtesting.py "Expectancy"). */
  expectancy: number
  /** Van Tharp's system quality number `sqrt(n) * mean(pnl) / std(pnl)` (ddof 1; backtesting.py "SQN"). */
  sqn: number
  /** `winRate - (1 - winRate) / (mean(winning pnl) / -mean(losing pnl))` (backtesting.py "Kelly Criterion"). */
  kellyCriterion: number
}

const DAY_MS = 86_400_000
/** Units pandas' `Timedelta.resolution_string` can report, largest first (D, h, min, s, ms). */
const RESOLUTIONS = [DAY_MS, 3_600_000, 60_000, 1000, 1] as const

function toNumber(x: NumberLike | undefined, field: string, index: number): number {
  const v = x === undefined ? 0 : typeof x === 'number' ? x : x.toNumber()
  if (!Number.isFinite(v)) throw new InvalidArgumentError('trades', `trades[${index}].${field} is not a finite number`)
  return v
}

/** Ceil `ms` to the finest non-zero component of `period` (pandas `Timedelta.ceil(period.resolution_string)`). */
function ceilToResolution(ms: number, period: number): number {
  if (!Number.isFinite(ms) || !Number.isFinite(period) || period <= 0) return ms
  const unit = RESOLUTIONS.find((u) => period % u === 0) ?? 1
  return Math.ceil(ms / unit) * unit
}

function barIndexAt(time: ArrayLike<number>, t: number): number {
  let lo = 0
  let hi = time.length - 1
  if (!(t >= (time[0] as number))) return -1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((time[mid] as number) <= t) lo = mid
    else hi = mid - 1
  }
  return lo
}

function geometricMean(values: ArrayLike<number>, count: number): number {
  if (count === 0) return Number.NaN
  let logSum = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number
    const g = (Number.isNaN(v) ? 0 : v) + 1
    if (g <= 0) return 0
    logSum += Math.log(g)
  }
  return Math.exp(logSum / count) - 1
}

function validateEquity(equity: EquityCurve): void {
  const { time, equity: e } = equity
  if (time.length !== e.length) {
    throw new InvalidArgumentError('equity', `time (${time.length}) and equity (${e.length}) lengths differ`)
  }
  if (time.length === 0) throw new InvalidArgumentError('equity', 'must hold at least one bar')
  for (let i = 0; i < time.length; i++) {
    const t = time[i] as number
    if (!Number.isFinite(t)) throw new InvalidArgumentError('equity', `time[${i}] = ${t} is not a finite epoch ms`)
    if (i > 0 && !(t > (time[i - 1] as number))) {
      throw new InvalidArgumentError('equity', `time[${i}] = ${t} is not after time[${i - 1}]`)
    }
  }
}

/**
 * Trade statistics of a backtest or a live account, computed exactly as backtesting.py 0.6 computes its `stats`
 * table (`Backtest.run()` output), so the two can be compared line by line. See {@link TradeStats} for each field's
 * formula; every value is a fraction (not a percent) and every duration is in ms.
 *
 * Inputs are measurements: ledger fields of trades may be `Decimal` and are converted with `toNumber()`.
 *
 * @param trades - Closed trades (core's `Trade` or any {@link TradeStatsTrade}); may be empty.
 * @param equity - Equity per bar with its bar times; see {@link EquityCurve}.
 * @param options - Prices for buy & hold and beta, risk-free rate, annualisation; see {@link TradeStatsOptions}.
 * @returns A {@link TradeStats} object of plain numbers.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the equity curve is empty, its times are
 *   not strictly ascending or its lengths differ, an equity value is negative or not finite, `prices` has a different
 *   length or a non-positive value, `firstTradingBar` is out of range, `riskFreeRate` is outside `(-1, 1)`,
 *   `annualization` is not `> 0`, or a trade has a non-finite field, exits before it enters or lies outside the bars.
 *
 * @example
 * ```ts
 * import { tradeStats } from '@aitrade/analytics'
 *
 * const day = 86_400_000
 * const s = tradeStats(
 *   [{ entryTimestamp: 0, exitTimestamp: 2 * day, pnl: 10, pnlFraction: 0.1, fees: 0 }],
 *   { time: [0, day, 2 * day, 3 * day], equity: [100, 105, 110, 110] },
 *   { prices: [10, 10.5, 11, 11] },
 * )
 * s.return // 0.1
 * s.exposureTime // 0.75
 * ```
 * @see backtesting.py 0.6 `backtesting/_stats.py` `compute_stats` and `compute_drawdown_duration_peaks`
 *   (https://github.com/kernc/backtesting.py).
 */
export function tradeStats(
  trades: readonly TradeStatsTrade[],
  equity: EquityCurve,
  options: TradeStatsOptions = {},
): TradeStats {
  validateEquity(equity)
  const time = equity.time
  const n = time.length
  const rf = options.riskFreeRate ?? 0
  if (!(rf > -1 && rf < 1)) throw new InvalidArgumentError('riskFreeRate', `must be in (-1, 1), got ${rf}`)
  const firstBar = options.firstTradingBar ?? 0
  if (!Number.isInteger(firstBar) || firstBar < 0 || firstBar >= n) {
    throw new InvalidArgumentError('firstTradingBar', `must be an integer bar index in [0, ${n - 1}], got ${firstBar}`)
  }
  if (options.annualization !== undefined && !(options.annualization > 0 && Number.isFinite(options.annualization))) {
    throw new InvalidArgumentError('annualization', `must be a finite number > 0, got ${options.annualization}`)
  }
  const prices = options.prices
  if (prices !== undefined) {
    if (prices.length !== n) {
      throw new InvalidArgumentError('prices', `length ${prices.length} differs from the equity length ${n}`)
    }
    for (let i = 0; i < n; i++) {
      const p = prices[i] as number
      if (!(p > 0) || !Number.isFinite(p)) {
        throw new InvalidArgumentError('prices', `prices[${i}] = ${p} is not a finite number > 0`)
      }
    }
  }

  // Equity, drawdown and drawdown episodes (compute_drawdown_duration_peaks).
  const e = equity.equity
  const uw = underwater(e)
  const e0 = e[0] as number
  const eLast = e[n - 1] as number
  let equityPeak = e0
  let maxDd = 0
  for (let i = 0; i < n; i++) {
    if ((e[i] as number) > equityPeak) equityPeak = e[i] as number
    if (-(uw[i] as number) > maxDd) maxDd = -(uw[i] as number)
  }
  let episodes = 0
  let ddDepthSum = 0
  let ddDurSum = 0
  let ddDurMax = Number.NaN
  let prevZero = -1
  for (let i = 0; i < n; i++) {
    const atPeak = uw[i] === 0
    if (!atPeak && i !== n - 1) continue
    if (prevZero >= 0 && i > prevZero + 1) {
      let depth = 0
      for (let j = prevZero; j <= i; j++) if (-(uw[j] as number) > depth) depth = -(uw[j] as number)
      const dur = (time[i] as number) - (time[prevZero] as number)
      episodes++
      ddDepthSum += depth
      ddDurSum += dur
      if (!(dur <= ddDurMax)) ddDurMax = dur
    }
    prevZero = i
  }
  let avgDrawdown: number
  if (episodes > 0) avgDrawdown = -(ddDepthSum / episodes)
  else {
    // backtesting.py falls back to the mean of the non-zero drawdown values when no episode is delimited.
    let s = 0
    let c = 0
    for (let i = 0; i < n; i++) {
      if (uw[i] !== 0) {
        s += -(uw[i] as number)
        c++
      }
    }
    avgDrawdown = c ? -(s / c) : Number.NaN
  }

  // Periodic returns (resample to the last value per calendar period, pct_change).
  const { period, rule, periodsPerYear } = periodCalendar(time)
  const A = options.annualization ?? periodsPerYear
  const lastOfPeriod = lastPerBucket(time, e, rule).values
  const np = lastOfPeriod.length
  const r = new Float64Array(np)
  r[0] = Number.NaN
  for (let i = 1; i < np; i++) r[i] = (lastOfPeriod[i] as number) / (lastOfPeriod[i - 1] as number) - 1
  const g = geometricMean(r, np)
  let mean = 0
  let valid = 0
  let downSq = 0
  for (let i = 1; i < np; i++) {
    const v = r[i] as number
    if (Number.isNaN(v)) continue
    mean += v
    valid++
    const d = Math.min(v, 0)
    downSq += d * d
  }
  mean /= valid
  let ss = 0
  for (let i = 1; i < np; i++) {
    const v = r[i] as number
    if (!Number.isNaN(v)) ss += (v - mean) * (v - mean)
  }
  const variance = valid > 1 ? ss / (valid - 1) : Number.NaN
  const annualReturn = (1 + g) ** A - 1
  const annualVolatility = Math.sqrt((variance + (1 + g) ** 2) ** A - (1 + g) ** (2 * A))
  const duration = (time[n - 1] as number) - (time[0] as number)
  // pandas: Timedelta.days + Timedelta.seconds / 86400 (sub-second parts dropped)
  const years = (Math.floor(duration / DAY_MS) + Math.floor((duration % DAY_MS) / 1000) / 86_400) / A
  const cagr = years ? (eLast / e0) ** (1 / years) - 1 : Number.NaN
  const annVolPct = annualVolatility * 100
  const sharpeRatio = annVolPct ? (annualReturn * 100 - rf * 100) / annVolPct : Number.NaN
  const sortinoRatio = (annualReturn - rf) / (Math.sqrt(downSq / valid) * Math.sqrt(A))
  const calmarRatio = maxDd ? annualReturn / maxDd : Number.NaN
  const ret = (eLast - e0) / e0

  // Buy & hold, alpha and beta against the instrument's closes.
  let buyAndHoldReturn = Number.NaN
  let beta = Number.NaN
  if (prices !== undefined) {
    const c0 = prices[firstBar] as number
    buyAndHoldReturn = ((prices[n - 1] as number) - c0) / c0
    if (n - 1 > 1) {
      const le = new Float64Array(n - 1)
      const lm = new Float64Array(n - 1)
      let me = 0
      let mm = 0
      for (let i = 1; i < n; i++) {
        const a = Math.log((e[i] as number) / (e[i - 1] as number))
        const b = Math.log((prices[i] as number) / (prices[i - 1] as number))
        le[i - 1] = a
        lm[i - 1] = b
        me += a
        mm += b
      }
      me /= n - 1
      mm /= n - 1
      let cov = 0
      let varM = 0
      for (let i = 0; i < n - 1; i++) {
        const dm = (lm[i] as number) - mm
        cov += ((le[i] as number) - me) * dm
        varM += dm * dm
      }
      beta = cov / varM
    }
  }
  const alpha = (ret * 100 - rf * 100 - beta * (buyAndHoldReturn * 100 - rf * 100)) / 100

  // Trades.
  const nt = trades.length
  const exposed = new Uint8Array(n)
  const pl = new Float64Array(nt)
  const pf = new Float64Array(nt)
  let fees = 0
  let wins = 0
  let winSum = 0
  let lossSum = 0
  let losses = 0
  let plSum = 0
  let retSum = 0
  let posRet = 0
  let negRet = 0
  let best = Number.NaN
  let worst = Number.NaN
  let durMax = Number.NaN
  let durSum = 0
  for (let k = 0; k < nt; k++) {
    const t = trades[k] as TradeStatsTrade
    const entryT = t.entryTimestamp
    const exitT = t.exitTimestamp
    if (!Number.isFinite(entryT) || !Number.isFinite(exitT) || exitT < entryT) {
      throw new InvalidArgumentError(
        'trades',
        `trades[${k}] exits (${exitT}) before it enters (${entryT}) or has a non-finite time`,
      )
    }
    const p = toNumber(t.pnl, 'pnl', k)
    const f = t.pnlFraction
    if (!Number.isFinite(f)) throw new InvalidArgumentError('trades', `trades[${k}].pnlFraction is not a finite number`)
    const fee = toNumber(t.fees, 'fees', k)
    const eb = t.entryBar ?? barIndexAt(time, entryT)
    const xb = t.exitBar ?? barIndexAt(time, exitT)
    if (!Number.isInteger(eb) || !Number.isInteger(xb) || eb < 0 || xb < eb || xb >= n) {
      throw new InvalidArgumentError('trades', `trades[${k}] bars ${eb}..${xb} are not inside the ${n} equity bars`)
    }
    exposed.fill(1, eb, xb + 1)
    pl[k] = p
    pf[k] = f
    fees += fee
    plSum += p
    retSum += f
    if (p > 0) {
      wins++
      winSum += p
    } else if (p < 0) {
      losses++
      lossSum += p
    }
    if (f > 0) posRet += f
    else if (f < 0) negRet += f
    if (!(f <= best)) best = f
    if (!(f >= worst)) worst = f
    const d = exitT - entryT
    durSum += d
    if (!(d <= durMax)) durMax = d
  }
  let exposedBars = 0
  for (let i = 0; i < n; i++) exposedBars += exposed[i] as number
  const winRate = nt ? wins / nt : Number.NaN
  const plMean = plSum / nt
  let plSs = 0
  for (let k = 0; k < nt; k++) plSs += ((pl[k] as number) - plMean) ** 2
  const plStd = nt > 1 ? Math.sqrt(plSs / (nt - 1)) : Number.NaN
  const avgWin = winSum / wins
  const avgLoss = lossSum / losses

  return {
    start: time[0] as number,
    end: time[n - 1] as number,
    duration,
    exposureTime: exposedBars / n,
    equityFinal: eLast,
    equityPeak,
    fees,
    return: ret,
    buyAndHoldReturn,
    annualReturn,
    annualVolatility,
    cagr,
    sharpeRatio,
    sortinoRatio,
    calmarRatio,
    alpha,
    beta,
    maxDrawdown: -maxDd,
    avgDrawdown,
    maxDrawdownDuration: ceilToResolution(ddDurMax, period),
    avgDrawdownDuration: ceilToResolution(episodes ? ddDurSum / episodes : Number.NaN, period),
    tradeCount: nt,
    winRate,
    bestTrade: best,
    worstTrade: worst,
    avgTrade: geometricMean(pf, nt),
    maxTradeDuration: ceilToResolution(durMax, period),
    avgTradeDuration: ceilToResolution(nt ? durSum / nt : Number.NaN, period),
    profitFactor: negRet ? posRet / Math.abs(negRet) : Number.NaN,
    expectancy: nt ? retSum / nt : Number.NaN,
    sqn: plStd ? (Math.sqrt(nt) * plMean) / plStd : Number.NaN,
    kellyCriterion: winRate - (1 - winRate) / (avgWin / -avgLoss),
  }
}
