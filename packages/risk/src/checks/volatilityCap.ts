import {
  Decimal,
  InvalidArgumentError,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, rejectWith, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema } from './limitSchemas.js'
import { contractSizeOf, currentNet, isReducing, netBySymbol, orderSign } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    volatility: z.record(z.string(), z.number().nonnegative().finite()),
    maxVolatility: z.number().positive().finite().optional(),
    maxVolatilityRiskFraction: EquityFractionSchema.optional(),
    unknown: z.enum(['reject', 'allow']).default('reject'),
  })
  .refine((c) => c.maxVolatility !== undefined || c.maxVolatilityRiskFraction !== undefined, {
    message: 'give maxVolatility and/or maxVolatilityRiskFraction',
    path: ['maxVolatility'],
  })

/** Options of {@link volatilityCap}. At least one limit is required. */
export interface VolatilityCapOptions {
  /** Check name used in reasons. Default `volatilityCap`. */
  name?: string
  /** Volatility per symbol: standard deviation of returns over your chosen period, as a fraction (`0.02` = 2 %). */
  volatility: Readonly<Record<string, number>>
  /** Refuse to open positions in symbols more volatile than this (same unit as `volatility`). */
  maxVolatility?: number
  /** Largest `position notional × volatility` as a fraction of equity (a one-σ move may cost at most this). */
  maxVolatilityRiskFraction?: number
  /** What to do when a symbol has no volatility: `reject` (default, code `VOLATILITY_UNKNOWN`) or `allow`. */
  unknown?: 'reject' | 'allow'
}

/** A {@link volatilityCap} check whose volatility table can be updated as new estimates arrive. */
export interface VolatilityCapCheck extends PreTradeCheck {
  /**
   * Sets the volatility of `symbol`.
   *
   * @param symbol - Instrument symbol.
   * @param volatility - Standard deviation of returns, fraction ≥ 0.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `volatility` is negative or not finite.
   */
  setVolatility(symbol: string, volatility: number): void
}

/**
 * Pre-trade volatility cap. Opening orders in a symbol with volatility above `maxVolatility` are rejected (code
 * `MAX_VOLATILITY`); the position after the order must satisfy `|lots| × contractSize × price × σ ≤
 * maxVolatilityRiskFraction × equity`, else the order is resized or rejected (code `MAX_VOLATILITY_RISK`).
 * Reducing orders pass.
 *
 * @param options - Volatility table and limits; see {@link VolatilityCapOptions}.
 * @returns A {@link VolatilityCapCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { volatilityCap } from '@aitrade/risk'
 *
 * const cap = volatilityCap({ volatility: { 'BTC/USDT': 0.04 }, maxVolatilityRiskFraction: 0.01 })
 * cap.setVolatility('ETH/USDT', 0.05)
 * ```
 */
export function volatilityCap(options: VolatilityCapOptions): VolatilityCapCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'volatilityCap'
  const vols = new Map(Object.entries(cfg.volatility))
  return {
    name,
    setVolatility(symbol: string, volatility: number): void {
      if (!Number.isFinite(volatility) || volatility < 0) {
        throw new InvalidArgumentError('volatility', `must be a finite number >= 0, got ${volatility}`)
      }
      vols.set(symbol, volatility)
    },
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const nets = netBySymbol(ctx)
      if (isReducing(order, nets)) return { action: 'allow' }
      const sigma = vols.get(order.symbol)
      if (sigma === undefined) {
        if (cfg.unknown === 'allow') return { action: 'allow' }
        return rejectWith(riskReason(name, 'VOLATILITY_UNKNOWN', `no volatility for ${order.symbol}`))
      }
      if (cfg.maxVolatility !== undefined && sigma > cfg.maxVolatility) {
        return rejectWith(
          riskReason(name, 'MAX_VOLATILITY', `volatility ${sigma} > ${cfg.maxVolatility}`, cfg.maxVolatility, sigma),
        )
      }
      if (cfg.maxVolatilityRiskFraction === undefined || sigma === 0) return { action: 'allow' }
      const n = currentNet(order, nets)
      const s = orderSign(order)
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price).mul(sigma)
      const eq = ctx.account.equity
      const f = cfg.maxVolatilityRiskFraction
      const actual = fractionOfEquity(n.add(order.amount.mul(s)).abs().mul(perLot), eq)
      const limits = new AmountLimits(order)
      limits.absNet(n, s, Decimal.max(eq, 0).mul(f).div(perLot), () =>
        riskReason(name, 'MAX_VOLATILITY_RISK', `volatility risk would be ${actual} of equity > ${f}`, f, actual),
      )
      return limits.decide(ctx.instrument)
    },
  }
}
