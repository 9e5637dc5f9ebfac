// Test support: backtesting.py's README example strategy `SmaCross(n1=10, n2=20)` written against core's Strategy with
// the streaming SMA of @aitrade/indicators and backtesting.py's order API (backtestingPyOrders).
import type { Strategy } from '@aitrade/core'
import { SMA } from '@aitrade/indicators'
import { backtestingPyOrders } from '../src/compat/backtestingPyOrders.js'

/**
 * `crossover(ma1, ma2)` → `buy()`, `crossover(ma2, ma1)` → `sell()`; with `exclusiveOrders` each entry first closes the
 * open trade. backtesting.lib.crossover: `a[-2] < b[-2] and a[-1] > b[-1]`.
 */
export function smaCross(n1 = 10, n2 = 20, exclusiveOrders = true): Strategy {
  const fast = new SMA({ period: n1 })
  const slow = new SMA({ period: n2 })
  const bt = backtestingPyOrders({ exclusiveOrders })
  let pf = Number.NaN
  let ps = Number.NaN
  return {
    onBar(bar, ctx) {
      const f = fast.update(bar.close)
      const s = slow.update(bar.close)
      if (pf < ps && f > s) bt.buy(ctx)
      else if (ps < pf && s > f) bt.sell(ctx)
      pf = f
      ps = s
    },
  }
}
