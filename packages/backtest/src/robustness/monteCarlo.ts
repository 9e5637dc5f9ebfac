import { InsufficientDataError, InvalidArgumentError } from '@aitrade/core'
import { SplitMix64 } from '../optimize/splitMix64.js'
import type { BacktestResult } from '../runBacktest.js'

/** Options of {@link monteCarlo}. */
export interface MonteCarloOptions {
  /**
   * The closed trades to resample: a {@link BacktestResult} (its trades' net `pnl`) or the PnL of each trade in account
   * currency (finite numbers, at least one).
   */
  trades: BacktestResult | ArrayLike<number>
  /**
   * Equity before the first trade, account currency, `> 0`. Default: the backtest's starting cash
   * (`broker.ledger.initialBalance`); required with plain PnLs.
   */
  initialEquity?: number
  /** Number of simulated trade sequences, a positive integer; default 10 000. */
  simulations?: number
  /**
   * `'bootstrap'` (default): each sequence draws as many trades as there are, with replacement (the final result
   * varies); `'shuffle'`: each sequence is a random permutation of the trades (the final result is fixed, only the path
   * and so the drawdown vary).
   */
  method?: 'bootstrap' | 'shuffle'
  /**
   * `false` (default): add each trade's PnL in currency, as it was booked. `true`: resample each trade's return on the
   * equity before it — `pnl[i] / (initialEquity + pnl[0] + … + pnl[i − 1])`, the trades taken in the given order — and
   * compound them, for strategies that size every trade from the current equity (an all-in strategy's late, large
   * PnLs would otherwise ruin any sequence that draws them early).
   */
  compound?: boolean
  /** PRNG seed ({@link SplitMix64}), a non-negative safe integer; default 1. The same seed gives the same result. */
  seed?: number
  /**
   * Quantiles to report, fractions in `[0, 1]` (`0.05` = the 5th percentile); default `[0.05, 0.25, 0.5, 0.75, 0.95]`.
   * Linear interpolation between order statistics (numpy's default, Hyndman–Fan type 7).
   */
  quantiles?: readonly number[]
  /** Drawdown level for {@link MonteCarloResult.probabilityOfDrawdown}, a fraction in `(0, 1]`; default `0.2` (20 %). */
  drawdownLevel?: number
}

/** Summary of one simulated quantity over all simulations. */
export interface MonteCarloDistribution {
  /** The value at each requested quantile, index-aligned with {@link MonteCarloResult.quantiles}. */
  readonly quantiles: Float64Array
  /** Arithmetic mean. */
  readonly mean: number
  /** Smallest value. */
  readonly min: number
  /** Largest value. */
  readonly max: number
}

/** What {@link monteCarlo} returns. Returns and drawdowns are fractions (`-0.25` = 25 % below). */
export interface MonteCarloResult {
  /** The resampling method. */
  readonly method: 'bootstrap' | 'shuffle'
  /** `true` when trade returns were compounded, `false` when PnLs were added. */
  readonly compound: boolean
  /** Number of simulations. */
  readonly simulations: number
  /** Number of trades in each simulated sequence (the number of input trades). */
  readonly tradeCount: number
  /** Equity before the first trade, account currency. */
  readonly initialEquity: number
  /** The quantiles reported, fractions in `[0, 1]`. */
  readonly quantiles: readonly number[]
  /** Final return of each sequence, `final equity / initialEquity − 1`. */
  readonly finalReturn: MonteCarloDistribution
  /** Maximum drawdown of each sequence on its trade-by-trade equity, `min(equity / running peak) − 1`, ≤ 0. */
  readonly maxDrawdown: MonteCarloDistribution
  /** Fraction of sequences that end below `initialEquity`. */
  readonly probabilityOfLoss: number
  /** The drawdown level of {@link MonteCarloResult.probabilityOfDrawdown}, a fraction. */
  readonly drawdownLevel: number
  /** Fraction of sequences whose maximum drawdown reaches `drawdownLevel` or deeper (`maxDrawdown <= -drawdownLevel`). */
  readonly probabilityOfDrawdown: number
  /**
   * Fraction of sequences ruined: equity at or below 0 after a trade. A ruined sequence stops trading (final return −1,
   * drawdown −1).
   */
  readonly probabilityOfRuin: number
  /** Final return of every simulation, in simulation order. */
  readonly finalReturns: Float64Array
  /** Maximum drawdown of every simulation, in simulation order. */
  readonly maxDrawdowns: Float64Array
}

const DEFAULT_QUANTILES: readonly number[] = [0.05, 0.25, 0.5, 0.75, 0.95]

function isBacktestResult(x: unknown): x is BacktestResult {
  return (
    typeof x === 'object' && x !== null && 'broker' in x && 'trades' in x && Array.isArray((x as BacktestResult).trades)
  )
}

/** Mean, extremes and type-7 quantiles of `values` (sorted in a copy). */
function summarize(values: Float64Array, qs: readonly number[]): MonteCarloDistribution {
  const sorted = values.slice().sort()
  const n = sorted.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += sorted[i] as number
  const quantiles = new Float64Array(qs.length)
  for (let k = 0; k < qs.length; k++) {
    const h = (n - 1) * (qs[k] as number)
    const lo = Math.floor(h)
    const a = sorted[lo] as number
    const b = sorted[Math.min(lo + 1, n - 1)] as number
    quantiles[k] = a + (h - lo) * (b - a)
  }
  return { quantiles, mean: sum / n, min: sorted[0] as number, max: sorted[n - 1] as number }
}

/**
 * Monte Carlo resampling of a strategy's closed trades: builds `simulations` alternative trade sequences from the
 * same trades — drawn with replacement (bootstrap) or reordered (shuffle) with a seeded {@link SplitMix64} — and
 * reports the distribution of the final return and of the maximum drawdown, the probability of a loss and of a
 * drawdown beyond a level. It answers "how much of the backtest's result and drawdown was the luck of the order".
 *
 * Each sequence starts at `initialEquity` and adds the trades' PnL in currency (no compounding: each trade's PnL is
 * what it was in the backtest, whatever equity it starts from). The drawdown is measured trade by trade (after each
 * trade's PnL), so it does not see the intra-trade excursions of the backtest's bar-by-bar equity. The loop reuses
 * two preallocated arrays: nothing is allocated per trade or per simulation.
 *
 * @param options - The trades (a backtest result or PnLs), the initial equity, the number of simulations, the method,
 *   the seed, the quantiles and the drawdown level; see {@link MonteCarloOptions}.
 * @returns The distributions of final return and maximum drawdown (fractions) at the requested quantiles, the
 *   probabilities and the raw per-simulation arrays; see {@link MonteCarloResult}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `trades` (or `trades[i]`, a PnL that
 *   is not a finite number), `initialEquity`, `simulations`, `method`, `seed`, `quantiles[i]` or `drawdownLevel`.
 * @throws {@link @aitrade/core!index.InsufficientDataError} `INSUFFICIENT_DATA` naming `trades` when there is no closed
 *   trade.
 *
 * @example
 * ```ts
 * import { monteCarlo } from '@aitrade/backtest'
 *
 * const mc = monteCarlo({ trades: [120, -80, 45, -30, 200, -60], initialEquity: 1000, simulations: 5000, seed: 7 })
 * mc.quantiles // [0.05, 0.25, 0.5, 0.75, 0.95]
 * mc.maxDrawdown.quantiles[0] // -0.258…: in 5 % of the sequences the drawdown is 25.8 % or deeper
 * mc.finalReturn.quantiles[2] // 0.195: the median final return
 * mc.probabilityOfLoss // 0.2226: the share of sequences that end below 1000
 * ```
 * @see Efron and Tibshirani, "An Introduction to the Bootstrap", Chapman & Hall 1993 (resampling with replacement);
 *   Pardo, "The Evaluation and Optimization of Trading Strategies", 2nd ed., Wiley 2008 (Monte Carlo analysis of the
 *   trade sequence); Hyndman and Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4),
 *   1996 (definition 7, numpy's `quantile` default).
 */
export function monteCarlo(options: MonteCarloOptions): MonteCarloResult {
  const source = options.trades
  let pnl: Float64Array
  let initialEquity = options.initialEquity
  if (isBacktestResult(source)) {
    pnl = Float64Array.from(source.trades, (t) => t.pnl.toNumber())
    initialEquity ??= source.broker.ledger.initialBalance.toNumber()
  } else if (
    source !== null &&
    typeof source === 'object' &&
    typeof (source as ArrayLike<number>).length === 'number'
  ) {
    const list = source as ArrayLike<number>
    pnl = new Float64Array(list.length)
    for (let i = 0; i < list.length; i++) {
      const v = list[i]
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new InvalidArgumentError(`trades[${i}]`, `must be a finite PnL in account currency, got ${String(v)}`)
      pnl[i] = v
    }
  } else throw new InvalidArgumentError('trades', 'must be a BacktestResult or an array of trade PnLs')
  const n = pnl.length
  if (n === 0) throw new InsufficientDataError('trades', 1, 0)
  if (initialEquity === undefined)
    throw new InvalidArgumentError('initialEquity', 'is required with plain PnLs (the equity before the first trade)')
  if (!(typeof initialEquity === 'number' && initialEquity > 0 && Number.isFinite(initialEquity)))
    throw new InvalidArgumentError('initialEquity', `must be a finite number > 0, got ${String(initialEquity)}`)
  const simulations = options.simulations ?? 10_000
  if (!Number.isSafeInteger(simulations) || simulations < 1 || simulations > 100_000_000)
    throw new InvalidArgumentError('simulations', `must be an integer in [1, 100 000 000], got ${String(simulations)}`)
  const method = options.method ?? 'bootstrap'
  if (method !== 'bootstrap' && method !== 'shuffle')
    throw new InvalidArgumentError('method', `must be 'bootstrap' or 'shuffle', got ${String(method)}`)
  const quantiles = options.quantiles ?? DEFAULT_QUANTILES
  if (!Array.isArray(quantiles) || quantiles.length === 0)
    throw new InvalidArgumentError('quantiles', 'must be a non-empty array of fractions in [0, 1]')
  quantiles.forEach((q, i) => {
    if (!(typeof q === 'number' && q >= 0 && q <= 1))
      throw new InvalidArgumentError(`quantiles[${i}]`, `must be a fraction in [0, 1], got ${String(q)}`)
  })
  const drawdownLevel = options.drawdownLevel ?? 0.2
  if (!(typeof drawdownLevel === 'number' && drawdownLevel > 0 && drawdownLevel <= 1))
    throw new InvalidArgumentError('drawdownLevel', `must be a fraction in (0, 1], got ${String(drawdownLevel)}`)
  const compound = options.compound ?? false
  if (typeof compound !== 'boolean')
    throw new InvalidArgumentError('compound', `must be a boolean, got ${String(compound)}`)
  const rng = new SplitMix64(options.seed ?? 1)
  if (compound) {
    // each trade's return on the closed-trade equity before it
    let before = initialEquity
    for (let i = 0; i < n; i++) {
      if (!(before > 0))
        throw new InvalidArgumentError(
          'trades',
          `the equity before trade ${i} is ${before} (not > 0): its return, and compounding, are undefined`,
        )
      const x = pnl[i] as number
      pnl[i] = x / before
      before += x
    }
  }

  const finalReturns = new Float64Array(simulations)
  const maxDrawdowns = new Float64Array(simulations)
  const shuffle = method === 'shuffle'
  const work = shuffle ? pnl.slice() : pnl
  let losses = 0
  let deep = 0
  let ruined = 0
  for (let s = 0; s < simulations; s++) {
    // Fisher–Yates in place: a uniform permutation of any arrangement is uniform, so the buffer is never reset
    if (shuffle)
      for (let i = n - 1; i > 0; i--) {
        const j = rng.nextInt(i + 1)
        const t = work[i] as number
        work[i] = work[j] as number
        work[j] = t
      }
    let equity = initialEquity
    let peak = initialEquity
    let dd = 0
    for (let i = 0; i < n; i++) {
      const x = shuffle ? (work[i] as number) : (pnl[rng.nextInt(n)] as number)
      equity = compound ? equity * (1 + x) : equity + x
      if (equity <= 0) {
        equity = 0
        dd = -1
        ruined++
        break
      }
      if (equity > peak) peak = equity
      else {
        const d = equity / peak - 1
        if (d < dd) dd = d
      }
    }
    const r = equity / initialEquity - 1
    finalReturns[s] = r
    maxDrawdowns[s] = dd
    if (r < 0) losses++
    if (dd <= -drawdownLevel) deep++
  }
  return {
    method,
    compound,
    simulations,
    tradeCount: n,
    initialEquity,
    quantiles: quantiles.slice(),
    finalReturn: summarize(finalReturns, quantiles),
    maxDrawdown: summarize(maxDrawdowns, quantiles),
    probabilityOfLoss: losses / simulations,
    drawdownLevel,
    probabilityOfDrawdown: deep / simulations,
    probabilityOfRuin: ruined / simulations,
    finalReturns,
    maxDrawdowns,
  }
}
