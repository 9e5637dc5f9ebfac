import type { StrategyContext } from '@aitrade/core'

/** Share of equity an all-in entry uses: backtesting.py's default `size` (`_FULL_EQUITY`, 1 − 2⁻⁵²). */
export const ALL_IN = 1 - Number.EPSILON

/** Closes the current position of the context's symbol with a reduce-only market order, if there is one. */
export function closePosition(ctx: StrategyContext, side?: 'long' | 'short'): void {
  const p = ctx.position()
  if (!p || (side !== undefined && p.side !== side)) return
  ctx.submit({
    symbol: p.symbol,
    side: p.side === 'long' ? 'sell' : 'buy',
    type: 'market',
    amount: p.amount,
    reduceOnly: true,
  })
}

/**
 * Enters with all available equity: the broker sizes the order at its fill price (`equityFraction`); `amount` is the
 * estimate from the last close that pre-trade checks see.
 */
export function enterAllIn(ctx: StrategyContext, side: 'buy' | 'sell', lastClose: number): void {
  const equity = ctx.account().equity.toNumber()
  const estimate = (equity * ALL_IN) / lastClose
  if (!(estimate > 0)) return
  ctx.submit({ symbol: ctx.symbol, side, type: 'market', amount: estimate.toPrecision(12), equityFraction: ALL_IN })
}

/** `true` when `a` crossed above `b` on this bar: `a[-2] < b[-2] && a[-1] > b[-1]` (backtesting.py's `crossover`). */
export function crossedAbove(prevA: number, prevB: number, a: number, b: number): boolean {
  return prevA < prevB && a > b
}
