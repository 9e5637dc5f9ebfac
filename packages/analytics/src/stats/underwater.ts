import { InvalidArgumentError } from '@aitrade/core'

/**
 * Underwater (drawdown) series of an equity curve: `equity[i] / max(equity[0..i]) - 1`, so `0` at every new high and
 * negative below it (`-0.25` = 25 % under the running peak).
 *
 * This is pyfolio's `underwater` computed on the cumulative value (`running_max = cum.cummax(); underwater =
 * cum / running_max - 1`). backtesting.py's `DrawdownPct` column is the same number with the opposite sign.
 *
 * @param equity - Equity (or any cumulative value) per bar, >= 0 with the first > 0, oldest first. Values are measurements, not ledgers.
 * @returns `Float64Array` of the same length, each value in `[-1, 0]`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `equity` is empty or holds a value that is
 *   not a finite number `>= 0`, or the first value is `0` (the message names the index).
 *
 * @example
 * ```ts
 * import { underwater } from '@aitrade/analytics'
 *
 * Array.from(underwater([100, 120, 90, 130]))
 * // [0, 0, -0.25, 0]
 * ```
 * @see pyfolio `timeseries.gen_drawdown_table` / `plotting.plot_drawdown_underwater` (underwater = cum / cummax - 1).
 */
export function underwater(equity: ArrayLike<number>): Float64Array {
  const n = equity.length
  if (n === 0) throw new InvalidArgumentError('equity', 'must not be empty')
  const out = new Float64Array(n)
  let peak = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const v = equity[i] as number
    if (!(v >= 0) || !Number.isFinite(v) || (i === 0 && v === 0)) {
      throw new InvalidArgumentError('equity', `equity[${i}] = ${v} is not a finite number >= 0 (the first > 0)`)
    }
    if (v > peak) peak = v
    out[i] = v / peak - 1
  }
  return out
}
