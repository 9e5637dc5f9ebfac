import { checkMaType, createMa, type MaType, maRange, maTypeLookback } from '../overlap/ma.js'
import { checkPeriod, checkSeries } from '../validate.js'
import { type MacdOutput, type MacdOutputOptions, MacdStream, macdBuffers, macdFinish } from './macdStream.js'

/** Parameters of {@link macdExt} and {@link MACDEXT}. */
export interface MacdExtOptions {
  /** Fast average period, integer ≥ 2. Default `12` (TA-Lib `optInFastPeriod`). */
  fastPeriod?: number
  /** Fast average type ({@link MaType}). Default `0` SMA (TA-Lib `optInFastMAType`). */
  fastMaType?: MaType
  /** Slow average period, integer ≥ 2. Default `26` (TA-Lib `optInSlowPeriod`). Swapped with the fast one (with its type) if smaller. */
  slowPeriod?: number
  /** Slow average type ({@link MaType}). Default `0` SMA (TA-Lib `optInSlowMAType`). */
  slowMaType?: MaType
  /** Signal average period, integer ≥ 1. Default `9` (TA-Lib `optInSignalPeriod`). */
  signalPeriod?: number
  /** Signal average type ({@link MaType}). Default `0` SMA (TA-Lib `optInSignalMAType`). */
  signalMaType?: MaType
}

interface MacdExtConfig {
  fastPeriod: number
  fastMaType: MaType
  slowPeriod: number
  slowMaType: MaType
  signalPeriod: number
  signalMaType: MaType
}

function macdExtParams(o: MacdExtOptions): MacdExtConfig {
  return {
    fastPeriod: checkPeriod('fastPeriod', o.fastPeriod ?? 12, 2),
    fastMaType: checkMaType('fastMaType', o.fastMaType ?? 0),
    slowPeriod: checkPeriod('slowPeriod', o.slowPeriod ?? 26, 2),
    slowMaType: checkMaType('slowMaType', o.slowMaType ?? 0),
    signalPeriod: checkPeriod('signalPeriod', o.signalPeriod ?? 9, 1),
    signalMaType: checkMaType('signalMaType', o.signalMaType ?? 0),
  }
}

/** Periods and types after TA-Lib's swap, plus the start bars and lookbacks. */
function plan(c: MacdExtConfig) {
  const swap = c.slowPeriod < c.fastPeriod
  const fast = swap ? c.slowPeriod : c.fastPeriod
  const fastType = swap ? c.slowMaType : c.fastMaType
  const slow = swap ? c.fastPeriod : c.slowPeriod
  const slowType = swap ? c.fastMaType : c.slowMaType
  const lbFast = maTypeLookback(fast, fastType)
  const lbSlow = maTypeLookback(slow, slowType)
  const largest = Math.max(lbFast, lbSlow)
  return {
    fast,
    fastType,
    slow,
    slowType,
    fastStart: largest - lbFast,
    slowStart: largest - lbSlow,
    macdStart: largest,
    lookback: largest + maTypeLookback(c.signalPeriod, c.signalMaType),
  }
}

/**
 * Lookback of {@link macdExt}: the larger of the fast and slow average lookbacks plus the signal's.
 *
 * @param options - {@link MacdExtOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { MaType, macdExtLookback } from '@aitrade/indicators'
 * macdExtLookback({ fastMaType: MaType.EMA, slowMaType: MaType.EMA, signalMaType: MaType.EMA }) // 33
 * ```
 * @see TA-Lib `TA_MACDEXT_Lookback`.
 */
export function macdExtLookback(options: MacdExtOptions = {}): number {
  return plan(macdExtParams(options)).lookback
}

/**
 * MACD with selectable averages (TA-Lib `MACDEXT`): `macd = MA(fast) − MA(slow)`, `signal = MA(macd)`,
 * `histogram = macd − signal`, each average of any {@link MaType}. As in TA-Lib, the average with the
 * shorter lookback is started late so that both are first defined on the same bar.
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates as in TA-Lib's averages.
 * @param options - {@link MacdExtOptions} and {@link MacdOutputOptions}.
 * @returns `{ macd, signal, histogram }`, `Float64Array`s of the input's length in price units, `NaN` for the first
 *   {@link macdExtLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, when `values` is not array-like or a buffer is too short.
 * @example
 * ```ts
 * import { MaType, macdExt } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * const r = macdExt(close, { fastMaType: MaType.EMA, slowMaType: MaType.EMA, signalMaType: MaType.SMA })
 * r.signal[59] // ≈ 2.7379
 * ```
 * @see TA-Lib `TA_MACDEXT` (ta_MACDEXT.c); Gerald Appel, *The Moving Average Convergence-Divergence Trading
 *   Method* (1979).
 */
export function macdExt(values: ArrayLike<number>, options: MacdExtOptions & MacdOutputOptions = {}): MacdOutput {
  const c = macdExtParams(options)
  const p = plan(c)
  const n = checkSeries('values', values)
  const r = macdBuffers(n, options)
  if (n > p.lookback) {
    maRange(values, p.slowStart, n, p.slow, p.slowType, r.histogram)
    maRange(values, p.fastStart, n, p.fast, p.fastType, r.macd)
    const m = r.macd
    const h = r.histogram
    for (let i = p.macdStart; i < n; i++) m[i] = (m[i] as number) - (h[i] as number)
    maRange(m, p.macdStart, n, c.signalPeriod, c.signalMaType, r.signal)
  }
  return macdFinish(r, n, p.lookback)
}

/**
 * Streaming {@link macdExt}: O(1) per update for the O(1) average types; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MACDEXT, MaType } from '@aitrade/indicators'
 * const ind = new MACDEXT({ fastMaType: MaType.EMA, slowMaType: MaType.EMA, signalMaType: MaType.EMA })
 * ind.update(101.5).histogram // NaN until ready
 * ```
 * @see {@link macdExt} for the formula.
 */
export class MACDEXT extends MacdStream {
  /**
   * @param options - {@link MacdExtOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: MacdExtOptions = {}) {
    const c = macdExtParams(options)
    const p = plan(c)
    super(
      'MACDEXT',
      { ...c },
      p.lookback,
      createMa(p.slowType, p.slow),
      p.slowStart,
      createMa(p.fastType, p.fast),
      p.fastStart,
      p.macdStart,
      createMa(c.signalMaType, c.signalPeriod),
    )
  }
}
