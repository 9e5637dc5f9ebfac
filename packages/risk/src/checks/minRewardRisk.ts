import {
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { rejectWith, riskReason } from './decision.js'
import { CheckNameSchema } from './limitSchemas.js'
import { entryPrice, isReducing, netBySymbol } from './positionMath.js'

const Schema = z.object({
  name: CheckNameSchema,
  minRatio: z.number().positive().finite(),
  requireBracket: z.boolean().default(false),
})

/** Options of {@link minRewardRisk}. */
export interface MinRewardRiskOptions {
  /** Check name used in reasons. Default `minRewardRisk`. */
  name?: string
  /** Smallest reward:risk ratio, e.g. `1.5` = the take-profit distance is at least 1.5 × the stop-loss distance. */
  minRatio: number
  /** Reject opening orders that lack a stop-loss or take-profit (code `REWARD_RISK_UNKNOWN`). Default `false`. */
  requireBracket?: boolean
}

/**
 * Pre-trade check on the reward:risk ratio of an opening order with both a stop-loss and a take-profit:
 * `|takeProfit − entry| / |entry − stopLoss|`, entry = limit price, else stop trigger, else the context price.
 * Below `minRatio` the order is rejected with code `MIN_REWARD_RISK` (an order cannot be resized into a better
 * ratio). Orders that only reduce a position pass.
 *
 * @param options - The minimum ratio; see {@link MinRewardRiskOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `options.minRatio` is not > 0.
 *
 * @example
 * ```ts
 * import { minRewardRisk } from '@aitrade/risk'
 *
 * minRewardRisk({ minRatio: 1.5 }).name // 'minRewardRisk'
 * ```
 */
export function minRewardRisk(options: MinRewardRiskOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'minRewardRisk'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      if (order.stopLoss === undefined || order.takeProfit === undefined) {
        if (!cfg.requireBracket) return { action: 'allow' }
        return rejectWith(
          riskReason(name, 'REWARD_RISK_UNKNOWN', 'a stop-loss and a take-profit are required', cfg.minRatio),
        )
      }
      const entry = entryPrice(order, ctx)
      const risk = entry.sub(order.stopLoss.price).abs()
      const reward = order.takeProfit.price.sub(entry).abs()
      const dir = order.side === 'buy' ? 1 : -1
      const wrongSide =
        order.stopLoss.price.sub(entry).mul(dir).gte(0) || order.takeProfit.price.sub(entry).mul(dir).lte(0)
      if (risk.isZero() || wrongSide) {
        return rejectWith(
          riskReason(name, 'MIN_REWARD_RISK', 'stop-loss/take-profit on the wrong side of the entry', cfg.minRatio, 0),
        )
      }
      const ratio = reward.div(risk)
      if (ratio.gte(cfg.minRatio)) return { action: 'allow' }
      const actual = ratio.toSignificantDigits(8)
      return rejectWith(
        riskReason(name, 'MIN_REWARD_RISK', `reward:risk ${actual} < ${cfg.minRatio}`, cfg.minRatio, actual),
      )
    },
  }
}
