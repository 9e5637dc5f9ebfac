import { InvalidArgumentError } from '@aitrade/core'
import { type OptimizeResult, statNames } from './optimize.js'
import type { ParamValue } from './parameterSpace.js'

/** Options of {@link optimizationTable}. */
export interface OptimizationTableOptions {
  /** Column to sort by: a parameter name, `'objective'` (default) or a `tradeStats` field. */
  sortBy?: string
  /** Sort order; default: best first (descending when maximizing, ascending when minimizing). `NaN` is always last. */
  order?: 'ascending' | 'descending'
  /** Columns to include after the parameters and `'objective'`; default every `tradeStats` field. */
  stats?: readonly string[]
}

/** The runs of an optimization as a table. */
export interface OptimizationTable {
  /** Column names: the parameters, `'objective'`, then the statistics. */
  readonly columns: readonly string[]
  /** One row per run, index-aligned with `columns`. */
  readonly rows: readonly (readonly ParamValue[])[]
}

function compare(a: ParamValue, b: ParamValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/**
 * The runs of an optimization as a table sortable by any column (parameter, objective or statistic). The sort is
 * stable: equal values keep the runs' parameter-set order.
 *
 * @param result - An {@link OptimizeResult}.
 * @param options - Sort column and order, statistic columns; see {@link OptimizationTableOptions}.
 * @returns `{ columns, rows }`; statistics are fractions and ms as in `tradeStats`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `sortBy`, `order` or `stats` when
 *   a column is unknown.
 *
 * @example
 * ```ts
 * import { type OptimizeResult, optimizationTable } from '@aitrade/backtest'
 *
 * declare const result: OptimizeResult
 * const { columns, rows } = optimizationTable(result, { sortBy: 'return', stats: ['return', 'maxDrawdown'] })
 * // columns: ['fast', 'slow', 'objective', 'return', 'maxDrawdown'], rows best return first
 * ```
 */
export function optimizationTable(result: OptimizeResult, options: OptimizationTableOptions = {}): OptimizationTable {
  const all = statNames()
  const stats = options.stats ?? all
  for (const s of stats) if (!all.includes(s)) throw new InvalidArgumentError('stats', `unknown statistic "${s}"`)
  const columns = [...result.paramNames, 'objective', ...stats]
  const sortBy = options.sortBy ?? 'objective'
  const col = columns.indexOf(sortBy)
  if (col < 0) throw new InvalidArgumentError('sortBy', `unknown column "${sortBy}" (one of ${columns.join(', ')})`)
  const order = options.order ?? (result.direction === 'maximize' ? 'descending' : 'ascending')
  if (order !== 'ascending' && order !== 'descending')
    throw new InvalidArgumentError('order', "must be 'ascending' or 'descending'")
  const rows = result.runs.map((r) => [
    ...result.paramNames.map((n) => r.params[n] as ParamValue),
    r.objective,
    ...stats.map((s) => r.stats[s as keyof typeof r.stats]),
  ])
  const sign = order === 'ascending' ? 1 : -1
  rows.sort((x, y) => {
    const a = x[col] as ParamValue
    const b = y[col] as ParamValue
    const an = typeof a === 'number' && Number.isNaN(a)
    const bn = typeof b === 'number' && Number.isNaN(b)
    if (an || bn) return an === bn ? 0 : an ? 1 : -1
    return sign * compare(a, b)
  })
  return { columns, rows }
}
