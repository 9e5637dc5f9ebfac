import { SMA, smaRange } from '../overlap/sma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, checkReal, outputBuffer } from '../validate.js'

/** Options of {@link easeOfMovement} and {@link EOM}. */
export interface EaseOfMovementOptions {
  /** SMA period of the smoothing, integer ≥ 2. Default `14`. */
  period?: number
  /** Volume scale of the box ratio, > 0. Default `100_000_000` (StockCharts'). */
  volumeDivisor?: number
}

/** One-bar ease of movement: midpoint move × range / scaled volume; `0` on a zero-volume bar. */
function emv(h: number, l: number, ph: number, pl: number, v: number, divisor: number): number {
  return v === 0 ? 0 : ((h + l) / 2 - (ph + pl) / 2) * (h - l) * (divisor / v)
}

function eomConfig(options: EaseOfMovementOptions): { period: number; divisor: number } {
  const period = checkPeriod('period', options.period ?? 14, 2)
  return { period, divisor: checkReal('volumeDivisor', options.volumeDivisor ?? 100_000_000, Number.MIN_VALUE) }
}

/**
 * Lookback of {@link easeOfMovement}: `period` (one bar for the first midpoint move, then the SMA's `period - 1`).
 * @param options - As for {@link easeOfMovement}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
 * @example
 * ```ts
 * import { easeOfMovementLookback } from '@aitrade/indicators'
 *
 * easeOfMovementLookback() // 14
 * ```
 * @see {@link easeOfMovement} for the formula and its source.
 */
export function easeOfMovementLookback(options: EaseOfMovementOptions = {}): number {
  return eomConfig(options).period
}

/**
 * Arms' Ease of Movement: the one-bar value `EMV = distance / boxRatio` with
 * `distance = (H + L)/2 − (H₋₁ + L₋₁)/2` and `boxRatio = (V / volumeDivisor) / (H − L)`, smoothed by an SMA
 * of `period` bars. A zero-volume bar (a price carried flat) counts as `0`; a bar with `H = L` gives `0`. A `NaN`
 * input makes every later value `NaN` (TA-Lib's running SMA sum).
 *
 * @param bars - High, low, volume of equal lengths.
 * @param options - `period` (14), `volumeDivisor` (1e8) and an optional `out` buffer.
 * @returns EoM in price units per scaled volume, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad option or short `out`.
 *
 * @example
 * ```ts
 * import { easeOfMovement } from '@aitrade/indicators'
 *
 * const e = easeOfMovement({ high: [10, 12, 12], low: [8, 10, 10], volume: [1, 2, 4] }, { period: 2, volumeDivisor: 1 })
 * e[2] // 1 = mean of 2·2/(2/1) and 0·2/(4/1)
 * ```
 * @see Richard W. Arms Jr., *Volume Cycles in the Stock Market* (1994); StockCharts ChartSchool, "Ease of Movement (EMV)".
 */
export function easeOfMovement(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'volume'>,
  options: EaseOfMovementOptions & OutputOptions = {},
): Float64Array {
  const { period, divisor } = eomConfig(options)
  const n = checkBars(bars, ['high', 'low', 'volume'])
  const out = outputBuffer(n, options.out)
  const { high, low, volume } = bars
  const raw = new Float64Array(n)
  for (let i = 1; i < n; i++) {
    raw[i] = emv(
      high[i] as number,
      low[i] as number,
      high[i - 1] as number,
      low[i - 1] as number,
      volume[i] as number,
      divisor,
    )
  }
  out.fill(Number.NaN, 0, Math.min(n, period))
  smaRange(raw, 1, n, period, out)
  return out
}

const FIELDS = ['n', 'ph', 'pl', 'pN', 'pPh', 'pPl', 'sma'] as const

/**
 * Streaming {@link easeOfMovement}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { EOM } from '@aitrade/indicators'
 *
 * const e = new EOM({ period: 2, volumeDivisor: 1 })
 * e.update({ high: 10, low: 8, volume: 1 })
 * e.update({ high: 12, low: 10, volume: 2 })
 * e.update({ high: 12, low: 10, volume: 4 }) // 1
 * ```
 * @see {@link easeOfMovement} for the formula and sources.
 */
export class EOM implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'volume'>, number> {
  /** `period`. */
  readonly lookback: number
  private readonly cfg: { period: number; divisor: number }
  private readonly sma: SMA
  private n = 0
  private ph = Number.NaN
  private pl = Number.NaN
  private pN = -1
  private pPh = Number.NaN
  private pPl = Number.NaN

  /**
   * @param options - See {@link EaseOfMovementOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
   */
  constructor(options: EaseOfMovementOptions = {}) {
    this.cfg = eomConfig(options)
    this.lookback = this.cfg.period
    this.sma = new SMA({ period: this.cfg.period })
  }

  /** `true` once `period + 1` bars have been consumed. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, volume.
   * @returns The newest EoM, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'volume'>): number {
    this.pN = this.n
    this.pPh = this.ph
    this.pPl = this.pl
    this.n++
    return this.step(bar, false)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised EoM.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'volume'>): number {
    if (this.pN < 0) throw noBarToReplace('EOM')
    this.ph = this.pPh
    this.pl = this.pPl
    return this.step(bar, true)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'volume'>, replace: boolean): number {
    const first = this.n === 1
    const e = first ? 0 : emv(bar.high, bar.low, this.ph, this.pl, bar.volume, this.cfg.divisor)
    this.ph = bar.high
    this.pl = bar.low
    if (first) return Number.NaN
    return replace ? this.sma.replace(e) : this.sma.update(e)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.ph = Number.NaN
    this.pl = Number.NaN
    this.pN = -1
    this.sma.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('EOM', 1, { period: this.cfg.period, volumeDivisor: this.cfg.divisor }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `EOM` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'EOM', 1, { period: this.cfg.period, volumeDivisor: this.cfg.divisor }, this, FIELDS)
  }
}
