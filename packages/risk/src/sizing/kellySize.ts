import { Decimal, InvalidArgumentError, toDecimal } from '@aitrade/core'
import { contractSizeFrom, finalizeSize, fractionIn01, positive, type SizeRounding } from './sizeRounding.js'

/**
 * Kelly fraction for a bet that wins `winLossRatio` per unit lost with probability `winRate`:
 * `f* = p − (1 − p) / b`, floored at 0.
 *
 * @param winRate - Probability of a win, in [0, 1].
 * @param winLossRatio - Average win / average loss, > 0.
 * @returns f*, a Decimal in [0, 1].
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an input is outside its domain.
 * @see J. L. Kelly Jr., "A New Interpretation of Information Rate", *Bell System Technical Journal* 35 (1956);
 *   E. O. Thorp, "The Kelly criterion in blackjack, sports betting and the stock market" (2006), eq. (3.1).
 *
 * @example
 * ```ts
 * import { kellyFraction } from '@aitrade/risk'
 *
 * kellyFraction(0.6, 1).toString() // '0.2'
 * ```
 */
export function kellyFraction(winRate: Decimal.Value, winLossRatio: Decimal.Value): Decimal {
  const p = toDecimal(winRate, 'winRate')
  if (p.lt(0) || p.gt(1)) throw new InvalidArgumentError('winRate', `must be in [0, 1], got ${String(winRate)}`)
  const b = positive(winLossRatio, 'winLossRatio')
  return Decimal.max(p.sub(new Decimal(1).sub(p).div(b)), 0)
}

/** Inputs of {@link kellySize}. */
export interface KellySizeParams extends SizeRounding {
  /** Account equity, account currency (> 0). */
  equity: Decimal.Value
  /** Probability of a winning trade, in [0, 1]. */
  winRate: Decimal.Value
  /** Average win / average loss (> 0). */
  winLossRatio: Decimal.Value
  /** Multiplier on the Kelly fraction, in (0, 1] (`0.5` = half Kelly). Default 1. */
  kellyMultiplier?: Decimal.Value
  /** Cap on the fraction of equity, in (0, 1]. Default `0.25`. */
  maxFraction?: Decimal.Value
  /** Entry-to-stop distance, quote currency per base unit: the fraction is risked to the stop. */
  stopDistance?: Decimal.Value
  /** Price, quote currency per base unit: without `stopDistance` the fraction is held as notional. */
  price?: Decimal.Value
  /** Base units per lot. Default: instrument's `contractSize`, else 1. */
  contractSize?: Decimal.Value
  /** Account currency per unit of quote currency. Default 1. */
  quoteToAccountRate?: Decimal.Value
}

/**
 * Capped Kelly sizing: `f = min(maxFraction, kellyMultiplier × f*)` of equity, risked to the stop
 * (`f × equity / (stopDistance × contractSize × rate)`) when `stopDistance` is given, else held as notional
 * (`f × equity / (price × contractSize × rate)`). Rounded down and clamped; 0 when the edge is not positive.
 *
 * @param params - See {@link KellySizeParams}.
 * @returns Amount in lots; 0 when f* ≤ 0 or below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad input, or `stopDistance` when
 *   neither it nor `price` is given.
 * @see {@link kellyFraction}
 *
 * @example
 * ```ts
 * import { kellySize } from '@aitrade/risk'
 *
 * // f* = 0.6 − 0.4/1.5 = 1/3, half Kelly = 1/6, capped at 0.1 → risk 1 000 of 10 000 to a 5-point stop
 * kellySize({ equity: '10000', winRate: '0.6', winLossRatio: '1.5', kellyMultiplier: '0.5', maxFraction: '0.1', stopDistance: '5' }).toString() // '200'
 * ```
 */
export function kellySize(params: KellySizeParams): Decimal {
  const equity = positive(params.equity, 'equity')
  const fStar = kellyFraction(params.winRate, params.winLossRatio)
  const mult = fractionIn01(params.kellyMultiplier ?? 1, 'kellyMultiplier')
  const cap = fractionIn01(params.maxFraction ?? '0.25', 'maxFraction')
  const f = Decimal.min(cap, fStar.mul(mult))
  const rate = positive(params.quoteToAccountRate ?? 1, 'quoteToAccountRate')
  const cs = contractSizeFrom(params.contractSize, params)
  let perLot: Decimal
  if (params.stopDistance !== undefined) perLot = positive(params.stopDistance, 'stopDistance')
  else if (params.price !== undefined) perLot = positive(params.price, 'price')
  else throw new InvalidArgumentError('stopDistance', 'give stopDistance (risk-based) or price (notional-based)')
  return finalizeSize(equity.mul(f).div(perLot.mul(cs).mul(rate)), params)
}
