import { InvalidArgumentError } from '@aitrade/core'
import { type OptimizeResult, statNames } from './optimize.js'
import type { ParamValue } from './parameterSpace.js'

/** Options of {@link optimizationHeatmap}. */
export interface OptimizationHeatmapOptions {
  /** Parameter on the horizontal axis. */
  x: string
  /** Parameter on the vertical axis. */
  y: string
  /** What each cell shows: `'objective'` (default) or a `tradeStats` field. */
  value?: string
  /**
   * How the runs that share a cell (when there are more than two parameters) are combined: `'max'`, `'min'` or
   * `'mean'` of the finite values. Default: `'max'` when maximizing, `'min'` when minimizing (the best per cell).
   */
  aggregate?: 'max' | 'min' | 'mean'
}

/** A 2-D grid of values over two parameters. */
export interface Heatmap {
  /** Name of the horizontal parameter. */
  readonly xName: string
  /** Name of the vertical parameter. */
  readonly yName: string
  /** Name of the value shown. */
  readonly valueName: string
  /** The horizontal parameter's values (numbers ascending, others in first-seen order). */
  readonly xValues: readonly ParamValue[]
  /** The vertical parameter's values. */
  readonly yValues: readonly ParamValue[]
  /** `z[yi][xi]`: the value at `(xValues[xi], yValues[yi])`, `NaN` where no run (e.g. excluded by the constraint). */
  readonly z: readonly (readonly number[])[]
}

function axisValues(values: ParamValue[]): ParamValue[] {
  const unique = [...new Set(values)]
  return unique.every((v) => typeof v === 'number') ? (unique as number[]).sort((a, b) => a - b) : unique
}

/**
 * The objective (or a statistic) of an optimization over two of its parameters, as a grid for a heatmap; render it
 * with {@link heatmapSvg}.
 *
 * @param result - An {@link OptimizeResult}.
 * @param options - The two parameters, the value and the aggregation; see {@link OptimizationHeatmapOptions}.
 * @returns `{ xName, yName, valueName, xValues, yValues, z }` with `z[yi][xi]`; see {@link Heatmap}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `x`, `y`, `value` or `aggregate`
 *   when it is unknown or `x` equals `y`.
 *
 * @example
 * ```ts
 * import { heatmapSvg, type OptimizeResult, optimizationHeatmap } from '@aitrade/backtest'
 *
 * declare const result: OptimizeResult
 * const svg = heatmapSvg(optimizationHeatmap(result, { x: 'fast', y: 'slow' }))
 * ```
 * @see backtesting.py `Backtest.optimize(return_heatmap=True)` and `backtesting.lib.plot_heatmaps` (max per cell).
 */
export function optimizationHeatmap(result: OptimizeResult, options: OptimizationHeatmapOptions): Heatmap {
  const { x, y } = options
  if (!result.paramNames.includes(x))
    throw new InvalidArgumentError('x', `unknown parameter "${x}" (one of ${result.paramNames.join(', ')})`)
  if (!result.paramNames.includes(y))
    throw new InvalidArgumentError('y', `unknown parameter "${y}" (one of ${result.paramNames.join(', ')})`)
  if (x === y) throw new InvalidArgumentError('y', 'must differ from x')
  const value = options.value ?? 'objective'
  if (value !== 'objective' && !statNames().includes(value))
    throw new InvalidArgumentError('value', `unknown value "${value}" ('objective' or a tradeStats field)`)
  const aggregate = options.aggregate ?? (result.direction === 'maximize' ? 'max' : 'min')
  if (aggregate !== 'max' && aggregate !== 'min' && aggregate !== 'mean')
    throw new InvalidArgumentError('aggregate', "must be 'max', 'min' or 'mean'")
  const xValues = axisValues(result.runs.map((r) => r.params[x] as ParamValue))
  const yValues = axisValues(result.runs.map((r) => r.params[y] as ParamValue))
  const acc = yValues.map(() => xValues.map(() => Number.NaN))
  const count = yValues.map(() => xValues.map(() => 0))
  for (const r of result.runs) {
    const v = value === 'objective' ? r.objective : (r.stats[value as keyof typeof r.stats] as number)
    if (!Number.isFinite(v)) continue
    const row = acc[yValues.indexOf(r.params[y] as ParamValue)] as number[]
    const cnt = count[yValues.indexOf(r.params[y] as ParamValue)] as number[]
    const xi = xValues.indexOf(r.params[x] as ParamValue)
    const cur = row[xi] as number
    cnt[xi] = (cnt[xi] as number) + 1
    if (Number.isNaN(cur)) row[xi] = v
    else if (aggregate === 'max') row[xi] = Math.max(cur, v)
    else if (aggregate === 'min') row[xi] = Math.min(cur, v)
    else row[xi] = cur + v
  }
  if (aggregate === 'mean')
    acc.forEach((row, yi) => {
      row.forEach((v, xi) => {
        row[xi] = v / (count[yi]?.[xi] as number)
      })
    })
  return { xName: x, yName: y, valueName: value, xValues, yValues, z: acc }
}
