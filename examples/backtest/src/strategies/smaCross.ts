import type { Strategy } from '@aitrade/core'
import { SMA, smaLookback } from '@aitrade/indicators'
import type { StrategyDefinition } from './definition.js'
import { closePosition, crossedAbove, enterAllIn } from './orders.js'

function smaCrossStrategy(fast: number, slow: number, longOnly: boolean, allowShort: boolean): Strategy {
  const f = new SMA({ period: fast })
  const s = new SMA({ period: slow })
  let pf = Number.NaN
  let ps = Number.NaN
  return {
    name: longOnly ? 'sma-cross-long' : 'sma-cross',
    onBar(bar, ctx) {
      const a = f.update(bar.close)
      const b = s.update(bar.close)
      const up = crossedAbove(pf, ps, a, b)
      const down = crossedAbove(ps, pf, b, a)
      pf = a
      ps = b
      if (up) {
        closePosition(ctx, 'short')
        enterAllIn(ctx, 'buy', bar.close)
      } else if (down) {
        closePosition(ctx, 'long')
        if (!longOnly && allowShort) enterAllIn(ctx, 'sell', bar.close)
      }
    },
  }
}

const params = [
  { name: 'fast', type: 'int', default: 10, min: 1, max: 10_000, description: 'fast SMA period (bars)' },
  { name: 'slow', type: 'int', default: 20, min: 2, max: 10_000, description: 'slow SMA period (bars)' },
] as const

/**
 * backtesting.py's SmaCross: when SMA(fast) crosses above SMA(slow) close any short and go long with all equity; when
 * it crosses below, close any long and go short.
 */
export const smaCross: StrategyDefinition = {
  name: 'sma-cross',
  description: 'SMA(fast) / SMA(slow) crossover, long and short (backtesting.py SmaCross)',
  params,
  constraint: (p) => p.fast! < p.slow!,
  warmup: (p) => smaLookback({ period: Math.max(p.fast!, p.slow!) }),
  create: (p, env) => smaCrossStrategy(p.fast!, p.slow!, false, env.allowShort),
}

/** The long-only SMA crossover: long on the cross above, flat on the cross below. */
export const smaCrossLong: StrategyDefinition = {
  name: 'sma-cross-long',
  description: 'SMA(fast) / SMA(slow) crossover, long only',
  params,
  constraint: (p) => p.fast! < p.slow!,
  warmup: (p) => smaLookback({ period: Math.max(p.fast!, p.slow!) }),
  create: (p, env) => smaCrossStrategy(p.fast!, p.slow!, true, env.allowShort),
}
