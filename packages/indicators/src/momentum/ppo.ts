import type { OutputOptions } from '../types.js'
import {
  type PriceOscillatorOptions,
  PriceOscillatorStream,
  priceOscillatorBatch,
  priceOscillatorLookback,
  priceOscillatorParams,
} from './priceOscillator.js'

/** Options of {@link ppo} and {@link PPO}. */
export interface PpoOptions extends PriceOscillatorOptions {}

/**
 * Lookback of {@link ppo}: the slow average's lookback.
 *
 * @param options - {@link PpoOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { ppoLookback } from '@aitrade/indicators'
 * ppoLookback({ fastPeriod: 12, slowPeriod: 26 }) // 25
 * ```
 * @see TA-Lib `TA_PPO_Lookback`.
 */
export function ppoLookback(options: PpoOptions = {}): number {
  return priceOscillatorLookback(priceOscillatorParams(options))
}

/**
 * Percentage Price Oscillator (TA-Lib `PPO`): `(MA(fast) − MA(slow)) / MA(slow) · 100`, both averages of type `maType` computed from the first bar; `0` when the slow average is 0.
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates as in TA-Lib's averages.
 * @param options - {@link PpoOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent (`1.5` = 1.5 %), `NaN` for the first {@link ppoLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, when `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { ppo } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * ppo(close, { fastPeriod: 12, slowPeriod: 26, maType: 0 })[59] // ≈ 1.4475
 * ```
 * @see TA-Lib `TA_PPO` (ta_PPO.c); Gerald Appel, *Technical Analysis: Power Tools for Active Investors* (2005), the percentage form of MACD.
 */
export function ppo(values: ArrayLike<number>, options: PpoOptions & OutputOptions = {}): Float64Array {
  return priceOscillatorBatch(values, priceOscillatorParams(options), options.out, true)
}

/**
 * Streaming {@link ppo}: O(1) per update for the O(1) average types; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { PPO } from '@aitrade/indicators'
 * const ind = new PPO({ fastPeriod: 12, slowPeriod: 26 })
 * ind.update(101.5) // NaN until 26 values
 * ```
 * @see {@link ppo} for the formula.
 */
export class PPO extends PriceOscillatorStream {
  /**
   * @param options - {@link PpoOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: PpoOptions = {}) {
    super('PPO', priceOscillatorParams(options), true)
  }
}
