import { tradeStats } from '@aitrade/analytics'
import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { optimizationHeatmap } from './optimizationHeatmap.js'
import { optimizationTable } from './optimizationTable.js'
import type { OptimizeResult, OptimizeRun } from './optimize.js'

const base = tradeStats([], { time: [0], equity: [1] })
function run(fast: number, slow: number, objective: number, ret: number): OptimizeRun {
  return { params: { fast, slow }, stats: { ...base, return: ret }, objective, resumed: false }
}
// Hand-built result: 2 × 3 grid with one cell excluded (fast 20 / slow 20) and one NaN objective.
const result: OptimizeResult = {
  runs: [
    run(10, 20, 0.5, 0.1),
    run(10, 30, Number.NaN, 0.3),
    run(10, 40, 0.9, -0.2),
    run(20, 30, 0.7, 0.25),
    run(20, 40, 0.2, 0.05),
  ],
  best: run(10, 40, 0.9, -0.2),
  objective: 'sharpeRatio',
  direction: 'maximize',
  paramNames: ['fast', 'slow'],
  resumed: 0,
}

describe('optimizationTable', () => {
  it('sorts best first by default, NaN last, by any column in either order', () => {
    const t = optimizationTable(result, { stats: ['return'] })
    expect(t.columns).toEqual(['fast', 'slow', 'objective', 'return'])
    expect(t.rows.map((r) => r[2])).toEqual([0.9, 0.7, 0.5, 0.2, Number.NaN])
    const byReturn = optimizationTable(result, { sortBy: 'return', order: 'ascending', stats: ['return'] })
    expect(byReturn.rows.map((r) => r[3])).toEqual([-0.2, 0.05, 0.1, 0.25, 0.3])
    // stable on ties: fast 10 rows keep parameter order
    const bySlow = optimizationTable(result, { sortBy: 'fast', order: 'ascending', stats: [] })
    expect(bySlow.rows.map((r) => `${r[0]}/${r[1]}`)).toEqual(['10/20', '10/30', '10/40', '20/30', '20/40'])
    expect(optimizationTable(result).columns).toHaveLength(3 + Object.keys(base).length)
  })

  it('names a bad column', () => {
    for (const [opts, arg] of [
      [{ sortBy: 'sharpe' }, 'sortBy'],
      [{ stats: ['nope'] }, 'stats'],
      [{ order: 'up' }, 'order'],
    ] as const) {
      try {
        optimizationTable(result, opts as never)
        expect.unreachable()
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument).toBe(arg)
      }
    }
  })
})

describe('optimizationHeatmap', () => {
  it('maps the objective over two parameters with NaN where no run or no value', () => {
    const h = optimizationHeatmap(result, { x: 'fast', y: 'slow' })
    expect(h.xValues).toEqual([10, 20])
    expect(h.yValues).toEqual([20, 30, 40])
    expect(h.z).toEqual([
      [0.5, Number.NaN],
      [Number.NaN, 0.7],
      [0.9, 0.2],
    ])
    const r = optimizationHeatmap(result, { x: 'slow', y: 'fast', value: 'return' })
    expect(r.z).toEqual([
      [0.1, 0.3, -0.2],
      [Number.NaN, 0.25, 0.05],
    ])
  })

  it('aggregates the runs sharing a cell when there are more parameters', () => {
    const three: OptimizeResult = {
      ...result,
      paramNames: ['fast', 'slow', 'k'],
      runs: [1, 2, 3].map((k) => ({ params: { fast: 1, slow: 2, k }, stats: base, objective: k * 10, resumed: false })),
    }
    expect(optimizationHeatmap(three, { x: 'fast', y: 'slow' }).z).toEqual([[30]])
    expect(optimizationHeatmap(three, { x: 'fast', y: 'slow', aggregate: 'min' }).z).toEqual([[10]])
    expect(optimizationHeatmap(three, { x: 'fast', y: 'slow', aggregate: 'mean' }).z).toEqual([[20]])
  })

  it('names a bad axis', () => {
    for (const [opts, arg] of [
      [{ x: 'nope', y: 'slow' }, 'x'],
      [{ x: 'fast', y: 'fast' }, 'y'],
      [{ x: 'fast', y: 'slow', value: 'x' }, 'value'],
      [{ x: 'fast', y: 'slow', aggregate: 'median' }, 'aggregate'],
    ] as const) {
      try {
        optimizationHeatmap(result, opts as never)
        expect.unreachable()
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument).toBe(arg)
      }
    }
  })
})
