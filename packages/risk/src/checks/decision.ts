import {
  Decimal,
  type Instrument,
  type OrderRequest,
  type PreTradeDecision,
  type RiskReason,
  roundToLot,
} from '@aitrade/core'
import { maxAmountForAbsNet } from './positionMath.js'

/** Builds a {@link RiskReason} with decimal values written as strings. @internal */
export function riskReason(
  check: string,
  code: string,
  message: string,
  limit?: Decimal | number | string,
  actual?: Decimal | number | string,
): RiskReason {
  const r: { code: string; message: string; check: string; limit?: number | string; actual?: number | string } = {
    code,
    message,
    check,
  }
  if (limit !== undefined) r.limit = Decimal.isDecimal(limit) ? limit.toString() : limit
  if (actual !== undefined) r.actual = Decimal.isDecimal(actual) ? actual.toString() : actual
  return r
}

/** Rejection decision with one reason. @internal */
export function rejectWith(reason: RiskReason): PreTradeDecision {
  return { action: 'reject', reasons: [reason] }
}

/** A fraction `value / equity` for reporting (8 significant digits), `Infinity` when equity ≤ 0. @internal */
export function fractionOfEquity(value: Decimal, equity: Decimal): Decimal {
  return equity.gt(0) ? value.div(equity).toSignificantDigits(8) : new Decimal(Infinity)
}

/**
 * Collects the largest order amount allowed by several limits and turns it into a decision: allow when the order
 * fits all, else resize to the smallest allowed amount rounded down to the instrument's lot step, else (nothing
 * tradable fits) reject. Every violated limit contributes its reason. @internal
 */
export class AmountLimits {
  private best: Decimal | undefined
  private readonly reasons: RiskReason[] = []
  constructor(private readonly order: OrderRequest) {}

  /** Limits the order amount to `maxAmount` lots. */
  amount(maxAmount: Decimal, reason: () => RiskReason): void {
    if (this.order.amount.lte(maxAmount)) return
    this.reasons.push(reason())
    const m = maxAmount.isNaN() ? new Decimal(0) : Decimal.max(maxAmount, 0)
    this.best = this.best === undefined ? m : Decimal.min(this.best, m)
  }

  /** Limits the resulting `|net + sign·amount|` to `maxAbsNet` lots (never blocks a non-increasing order). */
  absNet(net: Decimal, sign: 1 | -1, maxAbsNet: Decimal, reason: () => RiskReason): void {
    this.amount(maxAmountForAbsNet(net, sign, maxAbsNet), reason)
  }

  /** Rejects the order outright. */
  reject(reason: RiskReason): void {
    this.reasons.push(reason)
    this.best = new Decimal(0)
  }

  /** The decision. */
  decide(instrument: Instrument | undefined): PreTradeDecision {
    if (this.best === undefined) return { action: 'allow' }
    let fit = this.best
    if (instrument !== undefined && fit.gt(0)) fit = roundToLot(instrument, fit, Decimal.ROUND_DOWN)
    const min = instrument?.minAmount ?? new Decimal(0)
    if (fit.lte(0) || fit.lt(min)) return { action: 'reject', reasons: this.reasons }
    return { action: 'resize', amount: fit, reasons: this.reasons }
  }
}
