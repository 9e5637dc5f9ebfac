import { RSI, rsiLookback } from '@aitrade/indicators'
import type { StrategyDefinition } from './definition.js'
import { closePosition, enterAllIn } from './orders.js'

/** Mean reversion on RSI: long when RSI(period) is below `lower`, flat when it rises above `upper`. */
export const rsiReversion: StrategyDefinition = {
  name: 'rsi-reversion',
  description: 'long when RSI < lower, exit when RSI > upper (Wilder RSI)',
  params: [
    { name: 'period', type: 'int', default: 14, min: 2, max: 1000, description: 'RSI period (bars)' },
    { name: 'lower', type: 'number', default: 30, min: 0, max: 100, description: 'oversold level' },
    { name: 'upper', type: 'number', default: 70, min: 0, max: 100, description: 'overbought level' },
  ],
  warmup: (p) => rsiLookback({ period: p.period! }),
  create(p) {
    const rsi = new RSI({ period: p.period! })
    return {
      name: 'rsi-reversion',
      onBar(bar, ctx) {
        const r = rsi.update(bar.close)
        if (Number.isNaN(r)) return
        const pos = ctx.position()
        if (!pos && r < p.lower!) enterAllIn(ctx, 'buy', bar.close)
        else if (pos && r > p.upper!) closePosition(ctx)
      },
    }
  },
}
