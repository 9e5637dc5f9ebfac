import { BBANDS, bbandsLookback } from '@aitrade/indicators'
import type { StrategyDefinition } from './definition.js'
import { closePosition, enterAllIn } from './orders.js'

/** Volatility breakout: long when the close breaks above the upper Bollinger band, flat below the middle band. */
export const bbandsBreakout: StrategyDefinition = {
  name: 'bbands-breakout',
  description: 'long on a close above the upper Bollinger band, exit below the middle band',
  params: [
    { name: 'period', type: 'int', default: 20, min: 2, max: 1000, description: 'band period (bars)' },
    { name: 'nbDev', type: 'number', default: 2, min: 0.1, max: 10, description: 'band width in standard deviations' },
  ],
  warmup: (p) => bbandsLookback({ period: p.period! }),
  create(p) {
    const bb = new BBANDS({ period: p.period!, nbDevUp: p.nbDev!, nbDevDn: p.nbDev! })
    return {
      name: 'bbands-breakout',
      onBar(bar, ctx) {
        const { upper, middle } = bb.update(bar.close)
        if (Number.isNaN(upper)) return
        const pos = ctx.position()
        if (!pos && bar.close > upper) enterAllIn(ctx, 'buy', bar.close)
        else if (pos && bar.close < middle) closePosition(ctx)
      },
    }
  },
}
