import {
  Decimal,
  InvalidArgumentError,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  type RiskReason,
} from '@aitrade/core'

/**
 * Composes pre-trade checks into one. Every check runs and every reason is reported (each tagged with its check's
 * name). Any rejection rejects the order; otherwise the smallest resize applies, and the resized order is checked
 * once more by every check — if any of them still objects, the order is rejected — so the gate never lets through an
 * order that breaks a limit. `onAccepted` is forwarded to every check.
 *
 * @param checks - The checks, in reporting order.
 * @param name - Gate name. Default `riskGate`.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `checks` is empty or an entry is not a check.
 *
 * @example
 * ```ts
 * import { createRiskGate, maxOpenPositions, stopLossRequired } from '@aitrade/risk'
 *
 * const gate = createRiskGate([stopLossRequired(), maxOpenPositions({ max: 10 })])
 * gate.name // 'riskGate'
 * ```
 */
export function createRiskGate(checks: readonly PreTradeCheck[], name = 'riskGate'): PreTradeCheck {
  if (checks.length === 0) throw new InvalidArgumentError('checks', 'needs at least one check')
  checks.forEach((c, i) => {
    if (typeof c?.check !== 'function' || typeof c.name !== 'string') {
      throw new InvalidArgumentError(`checks.${i}`, 'not a PreTradeCheck')
    }
  })
  const list = [...checks]
  const tag = (c: PreTradeCheck, r: RiskReason): RiskReason => (r.check === undefined ? { ...r, check: c.name } : r)
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const reasons: RiskReason[] = []
      let rejected = false
      let amount: Decimal | undefined
      for (const c of list) {
        const d = c.check(order, ctx)
        if (d.action === 'allow') continue
        for (const r of d.reasons) reasons.push(tag(c, r))
        if (d.action === 'reject') rejected = true
        else amount = amount === undefined ? d.amount : Decimal.min(amount, d.amount)
      }
      if (rejected) return { action: 'reject', reasons }
      if (amount === undefined) return { action: 'allow' }
      const resized: OrderRequest = { ...order, amount }
      for (const c of list) {
        const d = c.check(resized, ctx)
        if (d.action === 'allow') continue
        for (const r of d.reasons) reasons.push(tag(c, r))
        return { action: 'reject', reasons }
      }
      return { action: 'resize', amount, reasons }
    },
    onAccepted(order: OrderRequest, ctx: PreTradeContext): void {
      for (const c of list) c.onAccepted?.(order, ctx)
    },
  }
}
