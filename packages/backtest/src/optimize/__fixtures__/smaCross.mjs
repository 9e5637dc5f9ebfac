// Plain-JS SMA crossover (long only, all-in at the next open, closed on the opposite cross) for the optimizer tests:
// worker threads import it as is, without a build step.

/** @param {{ fast: number, slow: number }} params */
export function createSmaCross(params) {
  const { fast, slow } = params
  let prevDiff = Number.NaN
  return {
    name: `sma-cross ${fast}/${slow}`,
    onBar(_bar, ctx) {
      const close = ctx.bars().close
      const n = close.length
      if (n < slow) return
      let sumFast = 0
      let sumSlow = 0
      for (let i = n - slow; i < n; i++) {
        sumSlow += close[i]
        if (i >= n - fast) sumFast += close[i]
      }
      const diff = sumFast / fast - sumSlow / slow
      const pos = ctx.position()
      if (prevDiff <= 0 && diff > 0 && !pos)
        ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1, equityFraction: 1 })
      else if (prevDiff >= 0 && diff < 0 && pos)
        ctx.submit({ symbol: ctx.symbol, side: 'sell', type: 'market', amount: pos.amount })
      prevDiff = diff
    },
  }
}

/** Function-valued run options built inside the worker: a commission of `setup.rate` × notional. */
export function smaCrossOptions(_params, setup) {
  return { commission: (fill) => fill.notional.mul(setup.rate) }
}

/** A factory that always throws, to test error reporting from workers. */
export function createBroken() {
  throw new Error('broken strategy')
}
