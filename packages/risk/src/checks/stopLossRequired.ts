import type { OrderRequest, PreTradeCheck, PreTradeContext, PreTradeDecision } from '@aitrade/core'
import { rejectWith, riskReason } from './decision.js'
import { isReducing, netBySymbol } from './positionMath.js'

/**
 * Pre-trade check requiring a stop-loss (`order.stopLoss`) on every order that opens or increases a position.
 * Orders that only reduce a position pass; others without a stop-loss are rejected with code `STOP_LOSS_REQUIRED`.
 *
 * @param name - Check name used in reasons. Default `stopLossRequired`.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 *
 * @example
 * ```ts
 * import { stopLossRequired } from '@aitrade/risk'
 *
 * stopLossRequired().name // 'stopLossRequired'
 * ```
 */
export function stopLossRequired(name = 'stopLossRequired'): PreTradeCheck {
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (order.stopLoss !== undefined || isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      return rejectWith(riskReason(name, 'STOP_LOSS_REQUIRED', 'an opening order needs a stop-loss'))
    },
  }
}
