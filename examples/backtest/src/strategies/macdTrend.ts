import { EMA, emaLookback, MACD, macdLookback } from '@aitrade/indicators'
import type { StrategyDefinition } from './definition.js'
import { closePosition, crossedAbove, enterAllIn } from './orders.js'

/** Trend following with MACD: long when MACD crosses above its signal line above the EMA(trend) filter. */
export const macdTrend: StrategyDefinition = {
  name: 'macd-trend',
  description: 'long when MACD crosses above its signal while close > EMA(trend); exit on the cross below',
  params: [
    { name: 'fast', type: 'int', default: 12, min: 2, max: 1000, description: 'fast EMA period' },
    { name: 'slow', type: 'int', default: 26, min: 2, max: 1000, description: 'slow EMA period' },
    { name: 'signal', type: 'int', default: 9, min: 1, max: 1000, description: 'signal EMA period' },
    { name: 'trend', type: 'int', default: 200, min: 2, max: 5000, description: 'trend filter EMA period' },
  ],
  constraint: (p) => p.fast! < p.slow!,
  warmup: (p) =>
    Math.max(
      macdLookback({ fastPeriod: p.fast!, slowPeriod: p.slow!, signalPeriod: p.signal! }),
      emaLookback({ period: p.trend! }),
    ),
  create(p) {
    const macd = new MACD({ fastPeriod: p.fast!, slowPeriod: p.slow!, signalPeriod: p.signal! })
    const trend = new EMA({ period: p.trend! })
    let pm = Number.NaN
    let ps = Number.NaN
    return {
      name: 'macd-trend',
      onBar(bar, ctx) {
        const m = macd.update(bar.close)
        const t = trend.update(bar.close)
        const up = crossedAbove(pm, ps, m.macd, m.signal)
        const down = crossedAbove(ps, pm, m.signal, m.macd)
        pm = m.macd
        ps = m.signal
        const pos = ctx.position()
        if (!pos && up && bar.close > t) enterAllIn(ctx, 'buy', bar.close)
        else if (pos && down) closePosition(ctx)
      },
    }
  },
}
