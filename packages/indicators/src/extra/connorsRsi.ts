import { RSI, rsi } from '../momentum/rsi.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link connorsRsi} and {@link CONNORSRSI}. */
export interface ConnorsRsiOptions {
  /** RSI period on the closes, integer ≥ 2. Default `3`. */
  rsiPeriod?: number
  /** RSI period on the up/down streak, integer ≥ 2. Default `2`. */
  streakPeriod?: number
  /** Number of previous one-bar returns the current one is ranked against, integer ≥ 1. Default `100`. */
  rankPeriod?: number
}

type ConnorsConfig = Required<ConnorsRsiOptions>

function connorsConfig(options: ConnorsRsiOptions): ConnorsConfig {
  return {
    rsiPeriod: checkPeriod('rsiPeriod', options.rsiPeriod ?? 3, 2),
    streakPeriod: checkPeriod('streakPeriod', options.streakPeriod ?? 2, 2),
    rankPeriod: checkPeriod('rankPeriod', options.rankPeriod ?? 100, 1),
  }
}

function lookbackOf(c: ConnorsConfig): number {
  return Math.max(c.rsiPeriod, c.streakPeriod + 1, c.rankPeriod + 1)
}

/**
 * Lookback of {@link connorsRsi}: `max(rsiPeriod, streakPeriod + 1, rankPeriod + 1)` (101 by default).
 * @param options - As for {@link connorsRsi}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad period.
 * @example
 * ```ts
 * import { connorsRsiLookback } from '@aitrade/indicators'
 *
 * connorsRsiLookback() // 101
 * ```
 * @see {@link connorsRsi} for the formula and its source.
 */
export function connorsRsiLookback(options: ConnorsRsiOptions = {}): number {
  return lookbackOf(connorsConfig(options))
}

/** Next up/down streak: consecutive higher closes count up from 1, lower closes down from −1, unchanged is 0. */
function nextStreak(prevStreak: number, close: number, prevClose: number): number {
  if (close > prevClose) return prevStreak > 0 ? prevStreak + 1 : 1
  if (close < prevClose) return prevStreak < 0 ? prevStreak - 1 : -1
  return 0
}

/**
 * Connors RSI: the mean of three `[0, 100]` components,
 * `CRSI = (RSI(close, rsiPeriod) + RSI(streak, streakPeriod) + PercentRank(ROC₁, rankPeriod)) / 3`, where the
 * streak (from the second bar) counts consecutive up closes as 1, 2, 3… and down closes as −1, −2…, `0` on an
 * unchanged close; `ROC₁ = 100·(close − close₋₁)/close₋₁`; and PercentRank is the percentage of the previous
 * `rankPeriod` returns strictly less than the current one. RSI is Wilder's (TA-Lib `RSI`). TradingView's
 * `ta.percentrank` counts ties as lower (≤), so its values differ on bars whose return ties an earlier one.
 *
 * @param values - Closes, oldest first.
 * @param options - `rsiPeriod` (3), `streakPeriod` (2), `rankPeriod` (100), optional `out`.
 * @returns CRSI in `[0, 100]`, input length; the first {@link connorsRsiLookback} values `NaN`. A `NaN` close
 *   makes every later value `NaN` (RSI recursion).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period, non-array input or short `out`.
 *
 * @example
 * ```ts
 * import { connorsRsi } from '@aitrade/indicators'
 *
 * const closes = [100]
 * for (let i = 1; i < 12; i++) closes.push((closes[i - 1] as number) * (1 + i / 100)) // returns 1 %, 2 %, …
 * connorsRsi(closes, { rankPeriod: 5 })[11] // 100: rising closes, a rising streak, the largest return so far
 * ```
 * @see Connors Research, "An Introduction to ConnorsRSI" (Larry Connors, Matt Radtke, Connors Research LLC, 2012).
 */
export function connorsRsi(values: ArrayLike<number>, options: ConnorsRsiOptions & OutputOptions = {}): Float64Array {
  const c = connorsConfig(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  const lookback = lookbackOf(c)
  if (n <= lookback) {
    out.fill(Number.NaN, 0, n)
    return out
  }
  const rsiClose = rsi(values, { period: c.rsiPeriod })
  const streak = new Float64Array(n - 1)
  let s = 0
  for (let i = 1; i < n; i++) {
    s = nextStreak(s, values[i] as number, values[i - 1] as number)
    streak[i - 1] = s
  }
  const rsiStreak = rsi(streak, { period: c.streakPeriod })
  const roc = new Float64Array(n)
  for (let i = 1; i < n; i++) {
    const prev = values[i - 1] as number
    roc[i] = (100 * ((values[i] as number) - prev)) / prev
  }
  const rp = c.rankPeriod
  out.fill(Number.NaN, 0, lookback)
  for (let i = lookback; i < n; i++) {
    const r = roc[i] as number
    let below = 0
    // branch-free count: the comparison outcome is random, so a branch would mispredict half the time
    for (let j = i - rp; j < i; j++) below += +((roc[j] as number) < r)
    out[i] = ((rsiClose[i] as number) + (rsiStreak[i - 1] as number) + (100 * below) / rp) / 3
  }
  return out
}

const FIELDS = ['n', 'prevClose', 'streak', 'rocs', 'pPrevClose', 'pStreak', 'pRoc', 'priceRsi', 'streakRsi'] as const

/**
 * Streaming {@link connorsRsi}: O(rankPeriod) per close (the percent rank scans its window); equals the
 * batch output exactly.
 *
 * @example
 * ```ts
 * import { CONNORSRSI } from '@aitrade/indicators'
 *
 * const c = new CONNORSRSI({ rankPeriod: 5 })
 * let close = 100
 * let v = c.update(close)
 * for (let i = 1; i < 12; i++) v = c.update((close *= 1 + i / 100))
 * v // 100
 * ```
 * @see {@link connorsRsi} for the formula and source.
 */
export class CONNORSRSI implements StreamingIndicator<number, number> {
  /** See {@link connorsRsiLookback}. */
  readonly lookback: number
  private readonly cfg: ConnorsConfig
  private readonly priceRsi: RSI
  private readonly streakRsi: RSI
  /** The last `rankPeriod + 1` one-bar returns, slot `n % (rankPeriod + 1)`. */
  private readonly rocs: Float64Array
  private n = 0
  private prevClose = Number.NaN
  private streak = 0
  private pPrevClose = Number.NaN
  private pStreak = 0
  private pRoc = 0

  /**
   * @param options - See {@link ConnorsRsiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad period.
   */
  constructor(options: ConnorsRsiOptions = {}) {
    this.cfg = connorsConfig(options)
    this.lookback = lookbackOf(this.cfg)
    this.priceRsi = new RSI({ period: this.cfg.rsiPeriod })
    this.streakRsi = new RSI({ period: this.cfg.streakPeriod })
    this.rocs = new Float64Array(this.cfg.rankPeriod + 1)
  }

  /** `true` once {@link CONNORSRSI.lookback} + 1 closes have been consumed. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next close.
   * @param value - The new close.
   * @returns The newest CRSI, `NaN` before ready.
   */
  update(value: number): number {
    this.pPrevClose = this.prevClose
    this.pStreak = this.streak
    this.pRoc = this.rocs[this.n % this.rocs.length] as number
    this.n++
    return this.step(value, false)
  }

  /**
   * Revises the last close consumed.
   * @param value - The revised close.
   * @returns The revised CRSI.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.n === 0) throw noBarToReplace('CONNORSRSI')
    this.prevClose = this.pPrevClose
    this.streak = this.pStreak
    this.rocs[(this.n - 1) % this.rocs.length] = this.pRoc
    return this.step(value, true)
  }

  private step(x: number, replace: boolean): number {
    const r1 = replace ? this.priceRsi.replace(x) : this.priceRsi.update(x)
    const prev = this.prevClose
    this.prevClose = x
    if (this.n === 1) return Number.NaN
    this.streak = nextStreak(this.streak, x, prev)
    const r2 = replace ? this.streakRsi.replace(this.streak) : this.streakRsi.update(this.streak)
    const len = this.rocs.length
    const slot = (this.n - 1) % len
    const roc = (100 * (x - prev)) / prev
    this.rocs[slot] = roc
    if (this.n <= this.lookback) return Number.NaN
    let below = 0
    const rocs = this.rocs
    for (let k = slot + 1; k < len; k++) below += +((rocs[k] as number) < roc)
    for (let k = 0; k < slot; k++) below += +((rocs[k] as number) < roc)
    return (r1 + r2 + (100 * below) / this.cfg.rankPeriod) / 3
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.prevClose = Number.NaN
    this.streak = 0
    this.rocs.fill(0)
    this.priceRsi.reset()
    this.streakRsi.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('CONNORSRSI', 1, this.cfg, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `CONNORSRSI` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'CONNORSRSI', 1, this.cfg, this, FIELDS)
  }
}
