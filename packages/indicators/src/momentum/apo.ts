import type { OutputOptions } from '../types.js'
import {
  type PriceOscillatorOptions,
  PriceOscillatorStream,
  priceOscillatorBatch,
  priceOscillatorLookback,
  priceOscillatorParams,
} from './priceOscillator.js'

/** Options of {@link apo} and {@link APO}. */
export interface ApoOptions extends PriceOscillatorOptions {}

/**
 * Lookback of {@link apo}: the slow average's lookback.
 *
 * @param options - {@link ApoOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { apoLookback } from '@aitrade/indicators'
 * apoLookback({ fastPeriod: 12, slowPeriod: 26 }) // 25
 * ```
 * @see TA-Lib `TA_APO_Lookback`.
 */
export function apoLookback(options: ApoOptions = {}): number {
  return priceOscillatorLookback(priceOscillatorParams(options))
}

/**
 * Absolute Price Oscillator (TA-Lib `APO`): `MA(fast) − MA(slow)`, both averages of type `maType` computed from the first bar.
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates as in TA-Lib's averages.
 * @param options - {@link ApoOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in price units, `NaN` for the first {@link apoLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, when `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { apo } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * apo(close, { fastPeriod: 12, slowPeriod: 26, maType: 0 })[59] // ≈ 1.7808
 * ```
 * @see TA-Lib `TA_APO` (ta_APO.c); Gerald Appel, *The Moving Average Convergence-Divergence Trading Method* (1979) — the MACD line with selectable averages.
 */
export function apo(values: ArrayLike<number>, options: ApoOptions & OutputOptions = {}): Float64Array {
  return priceOscillatorBatch(values, priceOscillatorParams(options), options.out, false)
}

/**
 * Streaming {@link apo}: O(1) per update for the O(1) average types; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { APO } from '@aitrade/indicators'
 * const ind = new APO({ fastPeriod: 12, slowPeriod: 26 })
 * ind.update(101.5) // NaN until 26 values
 * ```
 * @see {@link apo} for the formula.
 */
export class APO extends PriceOscillatorStream {
  /**
   * @param options - {@link ApoOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: ApoOptions = {}) {
    super('APO', priceOscillatorParams(options), false)
  }
}
