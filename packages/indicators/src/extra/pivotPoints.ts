import { InvalidArgumentError } from '@aitrade/core'
import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars } from '../validate.js'
import { checkAnchor, type PeriodAnchor, periodKey, utcOffsetMs } from './periodKey.js'

/** Pivot formula family. */
export type PivotMethod = 'classic' | 'fibonacci' | 'camarilla' | 'woodie'

/** Bars accepted by {@link pivotPoints}: high, low, close and, for a calendar anchor, bar open `time` (epoch ms UTC). */
export type PivotPointsInput = Pick<OhlcvInput, 'high' | 'low' | 'close'> & { readonly time?: ArrayLike<number> }

/** One bar for {@link PIVOTPOINTS}. */
export type PivotPointsBar = Pick<OhlcvBar, 'high' | 'low' | 'close'> & { readonly time?: number }

/** Options of {@link pivotPoints} and {@link PIVOTPOINTS}. */
export interface PivotPointsOptions {
  /** Formula family. Default `'classic'`. */
  method?: PivotMethod
  /**
   * Which previous period the levels come from: `'bar'` (the previous bar, e.g. daily pivots on daily bars)
   * or the previous local `'day'`, `'week'` (Monday start) or `'month'`, read from `time`. Default `'bar'`.
   */
  anchor?: 'bar' | PeriodAnchor
  /** Minutes east of UTC of the session time zone for a calendar anchor. Default `0`. */
  utcOffset?: number
}

/** Output of {@link pivotPoints}: arrays of the input's length, price units, `NaN` until a previous period exists. */
export interface PivotPointsOutput {
  /** Pivot point. */
  pivot: Float64Array
  /** First resistance. */
  r1: Float64Array
  /** Second resistance. */
  r2: Float64Array
  /** Third resistance. */
  r3: Float64Array
  /** Fourth resistance (Camarilla and Woodie only; `NaN` otherwise). */
  r4: Float64Array
  /** First support. */
  s1: Float64Array
  /** Second support. */
  s2: Float64Array
  /** Third support. */
  s3: Float64Array
  /** Fourth support (Camarilla and Woodie only; `NaN` otherwise). */
  s4: Float64Array
}

/** One set of streaming pivot levels; see {@link PivotPointsOutput}. */
export type PivotLevels = { [K in keyof PivotPointsOutput]: number }

const KEYS = ['pivot', 'r1', 'r2', 'r3', 'r4', 's1', 's2', 's3', 's4'] as const
const METHODS: readonly PivotMethod[] = ['classic', 'fibonacci', 'camarilla', 'woodie']

interface PivotConfig {
  method: PivotMethod
  anchor: 'bar' | PeriodAnchor
  offsetMs: number
  options: Record<string, unknown>
}

function pivotConfig(options: PivotPointsOptions): PivotConfig {
  const method = options.method ?? 'classic'
  if (!METHODS.includes(method)) {
    throw new InvalidArgumentError('method', `must be one of ${METHODS.join(', ')}, got ${String(method)}`)
  }
  const anchor = checkAnchor(options.anchor ?? 'bar', ['bar', 'day', 'week', 'month'])
  const utcOffset = options.utcOffset ?? 0
  return { method, anchor, offsetMs: utcOffsetMs(utcOffset), options: { method, anchor, utcOffset } }
}

/** Writes the nine levels from the previous period's high `h`, low `l`, close `c` into `o` (in KEYS order). */
function levels(method: PivotMethod, h: number, l: number, c: number, o: Float64Array): void {
  const range = h - l
  if (method === 'camarilla') {
    o[0] = (h + l + c) / 3
    o[1] = c + (range * 1.1) / 12
    o[2] = c + (range * 1.1) / 6
    o[3] = c + (range * 1.1) / 4
    o[4] = c + (range * 1.1) / 2
    o[5] = c - (range * 1.1) / 12
    o[6] = c - (range * 1.1) / 6
    o[7] = c - (range * 1.1) / 4
    o[8] = c - (range * 1.1) / 2
    return
  }
  const p = method === 'woodie' ? (h + l + 2 * c) / 4 : (h + l + c) / 3
  o[0] = p
  if (method === 'fibonacci') {
    o[1] = p + 0.382 * range
    o[2] = p + 0.618 * range
    o[3] = p + range
    o[4] = Number.NaN
    o[5] = p - 0.382 * range
    o[6] = p - 0.618 * range
    o[7] = p - range
    o[8] = Number.NaN
    return
  }
  o[1] = 2 * p - l
  o[2] = p + range
  o[3] = h + 2 * (p - l)
  o[5] = 2 * p - h
  o[6] = p - range
  o[7] = l - 2 * (h - p)
  o[4] = method === 'woodie' ? (o[3] as number) + range : Number.NaN
  o[8] = method === 'woodie' ? (o[7] as number) - range : Number.NaN
}

/**
 * Lookback of {@link pivotPoints}: `1` (the first bar has no previous period). With a calendar anchor the
 * real warm-up is the rest of the first period, which depends on the data; `1` is its minimum.
 * @param options - As for {@link pivotPoints}.
 * @returns `1`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
 * @example
 * ```ts
 * import { pivotPointsLookback } from '@aitrade/indicators'
 *
 * pivotPointsLookback() // 1
 * ```
 * @see {@link pivotPoints} for the formula and its source.
 */
export function pivotPointsLookback(options: PivotPointsOptions = {}): number {
  pivotConfig(options)
  return 1
}

/**
 * Floor-trader pivot points from the previous period's high `H`, low `L` and close `C` (`R = H − L`):
 *
 * - classic: `P = (H+L+C)/3`, `R1 = 2P−L`, `S1 = 2P−H`, `R2 = P+R`, `S2 = P−R`, `R3 = H+2(P−L)`, `S3 = L−2(H−P)`;
 * - fibonacci: `P = (H+L+C)/3`, `R1/R2/R3 = P + 0.382/0.618/1.000·R`, `S1/S2/S3 = P − …`;
 * - camarilla: `P = (H+L+C)/3`, `R1..R4 = C + 1.1·R/12, /6, /4, /2`, `S1..S4 = C − …`;
 * - woodie: `P = (H+L+2C)/4`, then R1, S1, R2, S2, R3, S3 as classic, `R4 = R3+R`, `S4 = S3−R` (Ken Wood's
 *   form on the previous close; some platforms, TradingView among them, put the current period's open in place of `C`).
 *
 * With `anchor: 'bar'` the previous period is the previous bar; with a calendar anchor it is the previous
 * local day/week/month (its highest high, lowest low and last close), and every bar of the current period
 * carries the same levels. A `NaN` high or low inside a period is skipped by the running max/min (unless it is
 * the period's first bar); a `NaN` last close makes the next period's levels `NaN`.
 *
 * @param bars - High, low, close (and `time` for a calendar anchor), equal lengths.
 * @param options - `method`, `anchor`, `utcOffset`; see {@link PivotPointsOptions}.
 * @returns `{ pivot, r1, r2, r3, r4, s1, s2, s3, s4 }` in price units, input length; `NaN` in the first period.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a missing `time`
 *   for a calendar anchor, or a bad option.
 *
 * @example
 * ```ts
 * import { pivotPoints } from '@aitrade/indicators'
 *
 * const p = pivotPoints({ high: [12, 13], low: [9, 10], close: [12, 11] })
 * p.pivot[1] // 11 = (12 + 9 + 12) / 3
 * p.r1[1] // 13 = 2 * 11 - 9
 * ```
 * @see StockCharts ChartSchool, "Pivot Points" (standard and Fibonacci); TradingView Help, "Pivot Points
 *   Standard" (Traditional R3/S3, Camarilla); Ken Wood (Woodie's CCI Club) for Woodie; Nick Scott, Camarilla
 *   equation (1989).
 */
export function pivotPoints(bars: PivotPointsInput, options: PivotPointsOptions = {}): PivotPointsOutput {
  const c = pivotConfig(options)
  const n =
    c.anchor === 'bar'
      ? checkBars(bars, ['high', 'low', 'close'])
      : checkBars(bars as Required<PivotPointsInput>, ['high', 'low', 'close', 'time'])
  const out = {} as PivotPointsOutput
  for (const k of KEYS) out[k] = new Float64Array(n)
  const { high, low, close } = bars
  const time = bars.time as ArrayLike<number>
  const lv = new Float64Array(9).fill(Number.NaN)
  const o0 = out.pivot
  const o1 = out.r1
  const o2 = out.r2
  const o3 = out.r3
  const o4 = out.r4
  const o5 = out.s1
  const o6 = out.s2
  const o7 = out.s3
  const o8 = out.s4
  let key = Number.NaN
  let curH = Number.NaN
  let curL = Number.NaN
  let curC = Number.NaN
  for (let i = 0; i < n; i++) {
    const h = high[i] as number
    const l = low[i] as number
    const k = c.anchor === 'bar' ? i : periodKey(time[i] as number, c.anchor, c.offsetMs)
    if (k !== key) {
      if (i > 0) levels(c.method, curH, curL, curC, lv)
      key = k
      curH = h
      curL = l
    } else {
      if (h > curH) curH = h
      if (l < curL) curL = l
    }
    curC = close[i] as number
    o0[i] = lv[0] as number
    o1[i] = lv[1] as number
    o2[i] = lv[2] as number
    o3[i] = lv[3] as number
    o4[i] = lv[4] as number
    o5[i] = lv[5] as number
    o6[i] = lv[6] as number
    o7[i] = lv[7] as number
    o8[i] = lv[8] as number
  }
  return out
}

/**
 * Streaming {@link pivotPoints}: O(1) per bar; equals the batch output bar by bar. Ready once a previous
 * period exists.
 *
 * @example
 * ```ts
 * import { PIVOTPOINTS } from '@aitrade/indicators'
 *
 * const p = new PIVOTPOINTS({ method: 'classic' })
 * p.update({ high: 12, low: 9, close: 12 })
 * p.update({ high: 13, low: 10, close: 11 }).pivot // 11
 * ```
 * @see {@link pivotPoints} for the formulas and sources.
 */
export class PIVOTPOINTS
  extends StateStream<PivotPointsBar, PivotLevels>
  implements StreamingIndicator<PivotPointsBar, PivotLevels>
{
  /** `1` (minimum; see {@link pivotPointsLookback}). */
  readonly lookback = 1
  private readonly cfg: PivotConfig
  private readonly lv = new Float64Array(9)

  /**
   * @param options - See {@link PivotPointsOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
   */
  constructor(options: PivotPointsOptions = {}) {
    const cfg = pivotConfig(options)
    // state: key, curH, curL, curC, prevH, prevL, prevC (previous period's values)
    super('PIVOTPOINTS', cfg.options, [
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ])
    this.cfg = cfg
  }

  /** `true` once a previous period exists (the levels are defined). */
  override get isReady(): boolean {
    return this.count > 1 && !Number.isNaN(this.s[4] as number)
  }

  protected step(bar: PivotPointsBar): PivotLevels {
    const s = this.s
    let k = this.count
    if (this.cfg.anchor !== 'bar') {
      if (typeof bar.time !== 'number')
        throw new InvalidArgumentError('bar.time', `is required for anchor '${this.cfg.anchor}'`)
      k = periodKey(bar.time, this.cfg.anchor, this.cfg.offsetMs)
    }
    if (k !== s[0]) {
      if (this.count > 1) {
        s[4] = s[1] as number
        s[5] = s[2] as number
        s[6] = s[3] as number
      }
      s[0] = k
      s[1] = bar.high
      s[2] = bar.low
    } else {
      if (bar.high > (s[1] as number)) s[1] = bar.high
      if (bar.low < (s[2] as number)) s[2] = bar.low
    }
    s[3] = bar.close
    const lv = this.lv
    levels(this.cfg.method, s[4] as number, s[5] as number, s[6] as number, lv)
    return {
      pivot: lv[0] as number,
      r1: lv[1] as number,
      r2: lv[2] as number,
      r3: lv[3] as number,
      r4: lv[4] as number,
      s1: lv[5] as number,
      s2: lv[6] as number,
      s3: lv[7] as number,
      s4: lv[8] as number,
    }
  }
}
