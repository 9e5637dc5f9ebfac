import { EMA } from '../overlap/ema.js'
import { createMa, MaType } from '../overlap/ma.js'
import { checkPeriod, checkSeries } from '../validate.js'
import { type MacdOutput, type MacdOutputOptions, MacdStream, macdBuffers } from './macdStream.js'

/** Parameters of {@link macd} and {@link MACD}. */
export interface MacdOptions {
  /** Fast EMA period, integer ≥ 2. Default `12` (TA-Lib `optInFastPeriod`). Swapped with `slowPeriod` if larger. */
  fastPeriod?: number
  /** Slow EMA period, integer ≥ 2. Default `26` (TA-Lib `optInSlowPeriod`). */
  slowPeriod?: number
  /** Signal EMA period, integer ≥ 1. Default `9` (TA-Lib `optInSignalPeriod`). */
  signalPeriod?: number
}

function macdParams(o: MacdOptions): { fastPeriod: number; slowPeriod: number; signalPeriod: number } {
  return {
    fastPeriod: checkPeriod('fastPeriod', o.fastPeriod ?? 12, 2),
    slowPeriod: checkPeriod('slowPeriod', o.slowPeriod ?? 26, 2),
    signalPeriod: checkPeriod('signalPeriod', o.signalPeriod ?? 9, 1),
  }
}

/**
 * Lookback of {@link macd}: `(max(fast, slow) − 1) + (signalPeriod − 1)` bars.
 *
 * @param options - {@link MacdOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period that is out of range.
 * @example
 * ```ts
 * import { macdLookback } from '@aitrade/indicators'
 * macdLookback() // 33
 * ```
 * @see TA-Lib `TA_MACD_Lookback`.
 */
export function macdLookback(options: MacdOptions = {}): number {
  const p = macdParams(options)
  return Math.max(p.fastPeriod, p.slowPeriod) - 1 + (p.signalPeriod - 1)
}

/**
 * MACD kernel over `values` with EMA factors `kFast`/`kSlow` (TA-Lib `INT_MACD`), fused into one pass for speed:
 * the slow EMA is seeded with the mean of the first `slow` values, the fast EMA with the mean of the `fast`
 * values ending on the same bar (`slow − 1`); the signal EMA (`2/(signal+1)`, seeded with the mean of the first
 * `signal` MACD values; a copy of the MACD line for period 1) runs on their difference. Same recurrences
 * `e = (x − e)·k + e` and summation order as TA-Lib and as the streaming {@link EMA}. @internal
 */
export function macdKernel(
  values: ArrayLike<number>,
  n: number,
  fast: number,
  slow: number,
  signal: number,
  kFast: number,
  kSlow: number,
  r: MacdOutput,
): MacdOutput {
  const start = slow - 1
  const lookback = start + signal - 1
  const { macd: m, signal: sg, histogram: h } = r
  if (n > lookback) {
    let s = 0
    for (let i = 0; i <= start; i++) s += values[i] as number
    s /= slow
    let f = 0
    for (let i = slow - fast; i <= start; i++) f += values[i] as number
    f /= fast
    let mv = f - s
    const kSig = 2 / (signal + 1)
    let sig = mv
    if (signal > 1) {
      let sum = mv
      for (let i = start + 1; i <= lookback; i++) {
        const x = values[i] as number
        s = (x - s) * kSlow + s
        f = (x - f) * kFast + f
        mv = f - s
        m[i] = mv
        sum += mv
      }
      sig = sum / signal
    }
    m[lookback] = mv
    sg[lookback] = sig
    h[lookback] = mv - sig
    for (let i = lookback + 1; i < n; i++) {
      const x = values[i] as number
      s = (x - s) * kSlow + s
      f = (x - f) * kFast + f
      mv = f - s
      sig = signal > 1 ? (mv - sig) * kSig + sig : mv
      m[i] = mv
      sg[i] = sig
      h[i] = mv - sig
    }
  }
  const lb = Math.min(n, lookback)
  m.fill(Number.NaN, 0, lb)
  sg.fill(Number.NaN, 0, lb)
  h.fill(Number.NaN, 0, lb)
  return r
}

/**
 * Moving Average Convergence/Divergence (TA-Lib `MACD`): `macd = EMA(fast) − EMA(slow)`, `signal = EMA(macd,
 * signalPeriod)`, `histogram = macd − signal`. As in TA-Lib, both EMAs are first defined on bar `slow − 1`:
 * the fast EMA is seeded there with the mean of the last `fast` prices rather than on bar `fast − 1`.
 *
 * With `signalPeriod` 1 the signal equals the MACD line. (TA-Lib 0.6 takes a 1-period EMA's lookback as −1 there:
 * it writes an uninitialised value one bar early and shifts its signal line; its MACD line agrees with ours.)
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link MacdOptions} and {@link MacdOutputOptions}.
 * @returns `{ macd, signal, histogram }`, `Float64Array`s of the input's length in price units, `NaN` for the first
 *   {@link macdLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period that is not an integer in
 *   range (`fastPeriod`/`slowPeriod` ≥ 2, `signalPeriod` ≥ 1), when `values` is not array-like or a buffer is too short.
 * @example
 * ```ts
 * import { macd } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * const r = macd(close, { fastPeriod: 12, slowPeriod: 26, signalPeriod: 9 })
 * r.macd[59] // ≈ 3.6059
 * r.signal[59] // ≈ 3.0412
 * ```
 * @see TA-Lib `TA_MACD` (ta_MACD.c); Gerald Appel, *The Moving Average Convergence-Divergence Trading Method* (1979).
 */
export function macd(values: ArrayLike<number>, options: MacdOptions & MacdOutputOptions = {}): MacdOutput {
  const p = macdParams(options)
  const n = checkSeries('values', values)
  const fast = Math.min(p.fastPeriod, p.slowPeriod)
  const slow = Math.max(p.fastPeriod, p.slowPeriod)
  return macdKernel(values, n, fast, slow, p.signalPeriod, 2 / (fast + 1), 2 / (slow + 1), macdBuffers(n, options))
}

/**
 * Streaming {@link macd}: O(1) per update; returns a new `{ macd, signal, histogram }` object (`NaN`s before ready);
 * `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MACD } from '@aitrade/indicators'
 * const ind = new MACD({ fastPeriod: 12, slowPeriod: 26, signalPeriod: 9 })
 * ind.update(101.5).macd // NaN until 34 values
 * ```
 * @see {@link macd} for the formula.
 */
export class MACD extends MacdStream {
  /**
   * @param options - {@link MacdOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period that is out of range.
   */
  constructor(options: MacdOptions = {}) {
    const p = macdParams(options)
    const fast = Math.min(p.fastPeriod, p.slowPeriod)
    const slow = Math.max(p.fastPeriod, p.slowPeriod)
    super(
      'MACD',
      p,
      slow - 1 + p.signalPeriod - 1,
      new EMA({ period: slow }),
      0,
      new EMA({ period: fast }),
      slow - fast,
      slow - 1,
      createMa(MaType.EMA, p.signalPeriod),
    )
  }
}
