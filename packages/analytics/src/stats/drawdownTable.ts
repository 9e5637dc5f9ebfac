import { InvalidArgumentError } from '@aitrade/core'
import { underwater } from './underwater.js'

/** One row of {@link drawdownTable}: a drawdown period as pyfolio's `gen_drawdown_table` reports it. */
export interface DrawdownPeriod {
  /** Net drawdown `(E[peak] - E[valley]) / E[peak]` as a positive fraction (`0.25` = 25 %; pyfolio "Net drawdown in %" / 100). */
  netDrawdown: number
  /** Bar index of the peak (the last bar at the running maximum before the valley). */
  peakIndex: number
  /** Bar index of the valley (the lowest point of the period). */
  valleyIndex: number
  /** Bar index of the recovery (the first bar back at the peak level), `NaN` when not recovered. */
  recoveryIndex: number
  /** Peak time, epoch ms UTC. */
  peakTime: number
  /** Valley time, epoch ms UTC. */
  valleyTime: number
  /** Recovery time, epoch ms UTC, `NaN` when not recovered (pyfolio's `NaT`). */
  recoveryTime: number
  /** `recoveryTime - peakTime` in ms, `NaN` when not recovered. */
  duration: number
  /**
   * pyfolio's "Duration": business days (Monday–Friday) from peak to recovery, both ends counted
   * (`len(pd.date_range(peak, recovery, freq='B'))`), `NaN` when not recovered.
   */
  businessDays: number
}

/** Options of {@link drawdownTable}. */
export interface DrawdownTableOptions {
  /** Maximum number of drawdown periods to return, an integer `>= 1`. Default `10` (pyfolio's default). */
  top?: number
}

const DAY_MS = 86_400_000

/** Weekdays in `peak + k days <= recovery`, k >= 0 (pandas `date_range(peak, recovery, freq='B')` rolls a weekend start forward). */
function businessDaysBetween(peak: number, recovery: number): number {
  let count = 0
  for (let t = peak; t <= recovery; t += DAY_MS) {
    const weekday = (Math.floor(t / DAY_MS) + 3) % 7 // Monday = 0
    if (weekday < 5) count++
  }
  return count
}

/**
 * The worst drawdown periods of an equity curve, deepest first, by pyfolio's algorithm (`get_top_drawdowns`): take the
 * deepest point of the underwater series, walk back to the last peak and forward to the recovery, cut that period out
 * (keeping its peak and recovery bars) and repeat; a period that has not recovered truncates the search to the bars
 * before its peak. Stops after `top` periods or when nothing is left under water. Like pyfolio, a curve that never
 * falls yields one zero-depth period at its first bar.
 *
 * @param equity - Equity or cumulative value per bar, `>= 0` with the first `> 0`, oldest first.
 * @param times - Bar times, epoch ms UTC, strictly ascending, same length as `equity`.
 * @param options - `top`: how many periods (default 10).
 * @returns Up to `top` {@link DrawdownPeriod} rows, deepest first.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `equity` is empty or holds an invalid value,
 *   the lengths differ, `times` is not strictly ascending, or `top` is not an integer `>= 1`.
 *
 * @example
 * ```ts
 * import { drawdownTable } from '@aitrade/analytics'
 *
 * const day = 86_400_000
 * const [worst] = drawdownTable([100, 120, 90, 125], [0, day, 2 * day, 3 * day])
 * worst?.netDrawdown // 0.25 (from 120 down to 90)
 * worst?.recoveryIndex // 3
 * ```
 * @see pyfolio `timeseries.gen_drawdown_table`, `get_top_drawdowns`, `get_max_drawdown_underwater`
 *   (https://github.com/quantopian/pyfolio).
 */
export function drawdownTable(
  equity: ArrayLike<number>,
  times: ArrayLike<number>,
  options: DrawdownTableOptions = {},
): DrawdownPeriod[] {
  const top = options.top ?? 10
  if (!Number.isInteger(top) || top < 1) throw new InvalidArgumentError('top', `must be an integer >= 1, got ${top}`)
  const uw = underwater(equity)
  const n = uw.length
  if (times.length !== n) {
    throw new InvalidArgumentError('times', `length ${times.length} differs from the equity length ${n}`)
  }
  for (let i = 1; i < n; i++) {
    if (!((times[i] as number) > (times[i - 1] as number))) {
      throw new InvalidArgumentError('times', `times[${i}] = ${times[i]} is not after times[${i - 1}]`)
    }
  }
  // Bars still in play: pyfolio drops the interior of each recovered period and truncates after an open one.
  const alive = new Uint8Array(n).fill(1)
  let end = n // exclusive
  const rows: DrawdownPeriod[] = []
  for (let k = 0; k < top; k++) {
    let valley = -1
    for (let i = 0; i < end; i++) {
      if (alive[i] && (valley < 0 || (uw[i] as number) < (uw[valley] as number))) valley = i
    }
    let peak = valley
    for (let i = valley; i >= 0; i--) {
      if (alive[i] && uw[i] === 0) {
        peak = i
        break
      }
    }
    let recovery = -1
    for (let i = valley; i < end; i++) {
      if (alive[i] && uw[i] === 0) {
        recovery = i
        break
      }
    }
    if (recovery >= 0) {
      for (let i = peak + 1; i < recovery; i++) alive[i] = 0
    } else {
      end = peak + 1
    }
    const peakTime = times[peak] as number
    const recoveryTime = recovery >= 0 ? (times[recovery] as number) : Number.NaN
    const ePeak = equity[peak] as number
    rows.push({
      netDrawdown: (ePeak - (equity[valley] as number)) / ePeak,
      peakIndex: peak,
      valleyIndex: valley,
      recoveryIndex: recovery >= 0 ? recovery : Number.NaN,
      peakTime,
      valleyTime: times[valley] as number,
      recoveryTime,
      duration: recoveryTime - peakTime,
      businessDays: recovery >= 0 ? businessDaysBetween(peakTime, recoveryTime) : Number.NaN,
    })
    let min = 0
    let any = false
    for (let i = 0; i < end; i++) {
      if (!alive[i]) continue
      any = true
      if ((uw[i] as number) < min) min = uw[i] as number
    }
    if (!any || min === 0) break
  }
  return rows
}
