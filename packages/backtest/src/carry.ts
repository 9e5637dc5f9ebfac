import { Decimal, type Instrument, InvalidArgumentError, type Position, toDecimal } from '@aitrade/core'

/**
 * Carry cost of holding `position` from `from` to `to` (epoch ms): the signed amount to book on the balance, account
 * currency (negative = paid). Called at every bar of the position's symbol.
 */
export type CarryModel = (position: Position, instrument: Instrument, from: number, to: number) => Decimal

const DAY = 86_400_000

/**
 * FX swap (rollover) as MetaTrader books it: once per day at the rollover hour, `swapLong` or `swapShort` per lot in the
 * account currency, tripled on `tripleDay` (Wednesday by default: the weekend's rollovers are charged then).
 *
 * @param options - `swapLong`/`swapShort` per lot per night (signed: negative = paid), `rolloverHourUtc` (default 21,
 *   5 pm New York in summer), `tripleDay` (0 = Sunday … 6 = Saturday; default 3).
 * @returns A carry model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is outside its domain.
 *
 * @example
 * ```ts
 * import { fxSwapCarry } from '@aitrade/backtest'
 *
 * const swap = fxSwapCarry({ swapLong: '-6.5', swapShort: '1.2' })
 * ```
 */
export function fxSwapCarry(options: {
  swapLong: Decimal.Value
  swapShort: Decimal.Value
  rolloverHourUtc?: number
  tripleDay?: number
}): CarryModel {
  const long = toDecimal(options.swapLong, 'swapLong')
  const short = toDecimal(options.swapShort, 'swapShort')
  const hour = options.rolloverHourUtc ?? 21
  const triple = options.tripleDay ?? 3
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new InvalidArgumentError('rolloverHourUtc', 'must be an integer in [0, 23]')
  if (!Number.isInteger(triple) || triple < 0 || triple > 6)
    throw new InvalidArgumentError('tripleDay', 'must be an integer in [0, 6]')
  return (p, _i, from, to) => {
    let nights = 0
    // rollover instants r = day start + hour, with from < r <= to
    let r = Math.floor((from - hour * 3_600_000) / DAY) * DAY + hour * 3_600_000 + DAY
    for (; r <= to; r += DAY) {
      const dow = new Date(r).getUTCDay()
      if (dow === 0 || dow === 6) continue
      nights += dow === triple ? 3 : 1
    }
    if (nights === 0) return new Decimal(0)
    return (p.side === 'long' ? long : short).mul(p.amount).mul(nights)
  }
}

/**
 * Perpetual-futures funding: at every funding time (multiples of `intervalMs` since the epoch, 00:00/08:00/16:00 UTC by
 * default) longs pay `rate × notional` to shorts (a negative rate reverses it), notional at the position's mark.
 *
 * @param options - `rate` per interval (fraction, e.g. `0.0001`), or a function of the funding time; `intervalMs`
 *   (default 8 h).
 * @returns A carry model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `intervalMs` is not positive.
 *
 * @example
 * ```ts
 * import { fundingRateCarry } from '@aitrade/backtest'
 *
 * const funding = fundingRateCarry({ rate: 0.0001 })
 * ```
 */
export function fundingRateCarry(options: {
  rate: number | ((time: number) => number)
  intervalMs?: number
}): CarryModel {
  const interval = options.intervalMs ?? 8 * 3_600_000
  if (!(interval > 0) || !Number.isFinite(interval))
    throw new InvalidArgumentError('intervalMs', 'must be a positive number')
  const rateAt = typeof options.rate === 'function' ? options.rate : () => options.rate as number
  return (p, instrument, from, to) => {
    let total = new Decimal(0)
    for (let t = Math.floor(from / interval) * interval + interval; t <= to; t += interval) {
      const rate = rateAt(t)
      if (!Number.isFinite(rate)) throw new InvalidArgumentError('rate', `not finite at ${t}`)
      const notional = p.markPrice.mul(p.amount).mul(instrument.contractSize)
      total = total.plus(notional.mul(rate).mul(p.side === 'long' ? -1 : 1))
    }
    return total
  }
}
