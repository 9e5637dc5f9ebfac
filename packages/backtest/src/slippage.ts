import { type Instrument, InvalidArgumentError } from '@aitrade/core'

/** What a {@link SlippageModel} is told about one taker fill. Market data is `number`. */
export interface SlippageContext {
  /** `buy` or `sell`. */
  readonly side: 'buy' | 'sell'
  /** Price before slippage, quote currency. */
  readonly price: number
  /** Amount being filled, lots. */
  readonly amount: number
  /** Volume of the bar the fill happens in (base units). */
  readonly barVolume: number
  /** The instrument traded. */
  readonly instrument: Instrument
}

/** Returns the executed price after slippage (worse than `price` for the taker, or equal). */
export type SlippageModel = (fill: SlippageContext) => number

/**
 * Slippage of a fixed number of ticks against the taker: `price ± ticks × tickSize`.
 *
 * @param ticks - Number of ticks (≥ 0).
 * @returns A slippage model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `ticks` is negative or not finite.
 *
 * @example
 * ```ts
 * import { fixedTicksSlippage } from '@aitrade/backtest'
 *
 * const slip = fixedTicksSlippage(2)
 * ```
 */
export function fixedTicksSlippage(ticks: number): SlippageModel {
  if (!(ticks >= 0) || !Number.isFinite(ticks)) throw new InvalidArgumentError('ticks', 'must be a finite number >= 0')
  return (f) => {
    const d = ticks * f.instrument.tickSize.toNumber()
    return f.side === 'buy' ? f.price + d : Math.max(f.price - d, Number.MIN_VALUE)
  }
}

/**
 * Slippage as a fraction of price against the taker: `price × (1 ± fraction)`.
 *
 * @param fraction - e.g. `0.0005` = 5 bp; in [0, 1).
 * @returns A slippage model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when outside [0, 1).
 *
 * @example
 * ```ts
 * import { fractionSlippage } from '@aitrade/backtest'
 *
 * const slip = fractionSlippage(0.0005)
 * ```
 */
export function fractionSlippage(fraction: number): SlippageModel {
  if (!(fraction >= 0 && fraction < 1)) throw new InvalidArgumentError('fraction', 'must be in [0, 1)')
  return (f) => (f.side === 'buy' ? f.price * (1 + fraction) : f.price * (1 - fraction))
}

/**
 * Volume-share slippage (zipline's `VolumeShareSlippage`): the price moves against the taker by
 * `priceImpact × (amount × contractSize / barVolume)²` as a fraction of price. A bar with no volume gets the impact of
 * a full share (1).
 *
 * @param options - `priceImpact` (default 0.1).
 * @returns A slippage model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `priceImpact` is negative.
 * @see zipline `zipline/finance/slippage.py` VolumeShareSlippage.
 *
 * @example
 * ```ts
 * import { volumeShareSlippage } from '@aitrade/backtest'
 *
 * const slip = volumeShareSlippage({ priceImpact: 0.1 })
 * ```
 */
export function volumeShareSlippage(options: { priceImpact?: number } = {}): SlippageModel {
  const k = options.priceImpact ?? 0.1
  if (!(k >= 0) || !Number.isFinite(k)) throw new InvalidArgumentError('priceImpact', 'must be a finite number >= 0')
  return (f) => {
    const units = f.amount * f.instrument.contractSize.toNumber()
    const share = f.barVolume > 0 ? Math.min(1, units / f.barVolume) : 1
    const impact = k * share * share
    return f.side === 'buy' ? f.price * (1 + impact) : f.price * (1 - impact)
  }
}
