import {
  Decimal,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema } from './limitSchemas.js'
import { contractSizeOf, currentNet, netBySymbol, orderSign } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    symbols: z.array(z.string().min(1)).min(1),
    matrix: z.array(z.array(z.number().min(-1).max(1))),
    minCorrelation: z.number().min(0).max(1).default(0.7),
    maxEquityFraction: EquityFractionSchema,
  })
  .superRefine((c, ctx) => {
    const k = c.symbols.length
    if (new Set(c.symbols).size !== k) ctx.addIssue({ code: 'custom', path: ['symbols'], message: 'duplicate symbol' })
    if (c.matrix.length !== k) {
      ctx.addIssue({ code: 'custom', path: ['matrix'], message: `must be ${k}×${k}` })
      return
    }
    for (let i = 0; i < k; i++) {
      const row = c.matrix[i]!
      if (row.length !== k) ctx.addIssue({ code: 'custom', path: ['matrix', i], message: `row must have ${k} entries` })
      else if (row[i] !== 1) ctx.addIssue({ code: 'custom', path: ['matrix', i, i], message: 'diagonal must be 1' })
      else {
        for (let j = 0; j < i; j++) {
          if (row[j] !== c.matrix[j]![i])
            ctx.addIssue({ code: 'custom', path: ['matrix', i, j], message: 'matrix must be symmetric' })
        }
      }
    }
  })

/** Options of {@link correlatedExposure}. */
export interface CorrelatedExposureOptions {
  /** Check name used in reasons. Default `correlatedExposure`. */
  name?: string
  /** Symbols labelling the rows and columns of `matrix`. */
  symbols: readonly string[]
  /** Symmetric correlation matrix of returns, entries in [−1, 1], diagonal 1. */
  matrix: readonly (readonly number[])[]
  /** Symbols count as correlated with the order's symbol when |ρ| ≥ this. Default `0.7`. */
  minCorrelation?: number
  /** Largest correlation-weighted net exposure as a fraction of equity. */
  maxEquityFraction: number
}

/**
 * Pre-trade check on correlated exposure: for the order's symbol S, `|Σ_T ρ(S,T) × signedNotional(T)|` over the
 * symbols T with |ρ(S,T)| ≥ `minCorrelation` (S itself with ρ = 1, including the order), as a fraction of equity.
 * A long EUR/USD plus a long GBP/USD (ρ 0.9) add up; a long against a negatively correlated long nets out. Over the
 * limit the order is resized or rejected with code `MAX_CORRELATED_EXPOSURE`. Symbols absent from the matrix are
 * correlated only with themselves.
 *
 * @param options - Matrix and limit; see {@link CorrelatedExposureOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field (e.g. `options.matrix.1.0`
 *   when not symmetric).
 *
 * @example
 * ```ts
 * import { correlatedExposure } from '@aitrade/risk'
 *
 * correlatedExposure({ symbols: ['EUR/USD', 'GBP/USD'], matrix: [[1, 0.9], [0.9, 1]], maxEquityFraction: 3 }).name
 * // 'correlatedExposure'
 * ```
 */
export function correlatedExposure(options: CorrelatedExposureOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'correlatedExposure'
  const index = new Map(cfg.symbols.map((s, i) => [s, i]))
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const nets = netBySymbol(ctx)
      const n = currentNet(order, nets)
      const s = orderSign(order)
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const i = index.get(order.symbol)
      let others = new Decimal(0)
      if (i !== undefined) {
        for (const [symbol, { net, price }] of nets) {
          const j = index.get(symbol)
          if (symbol === order.symbol || j === undefined) continue
          const rho = cfg.matrix[i]![j]!
          if (Math.abs(rho) < cfg.minCorrelation) continue
          others = others.add(
            net
              .mul(contractSizeOf(symbol, order, ctx))
              .mul(price)
              .mul(rho),
          )
        }
      }
      const eq = ctx.account.equity
      const f = cfg.maxEquityFraction
      const after = others.add(n.add(order.amount.mul(s)).mul(perLot)).abs()
      const actual = fractionOfEquity(after, eq)
      const limits = new AmountLimits(order)
      const shifted = n.add(others.div(perLot))
      limits.absNet(shifted, s, eq.mul(f).div(perLot), () =>
        riskReason(
          name,
          'MAX_CORRELATED_EXPOSURE',
          `correlated exposure would be ${actual} of equity > ${f}`,
          f,
          actual,
        ),
      )
      return limits.decide(ctx.instrument)
    },
  }
}
