import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/** Options of {@link bop}. */
export interface BopOptions extends OutputOptions {}

/**
 * Lookback of {@link bop}: 0 bars (every bar has a value).
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { bopLookback } from '@aitrade/indicators'
 * bopLookback() // 0
 * ```
 * @see TA-Lib `TA_BOP_Lookback`.
 */
export function bopLookback(): number {
  return 0
}

function bopValue(open: number, high: number, low: number, close: number): number {
  const range = high - low
  return range < 1e-14 ? 0.0 : (close - open) / range
}

/**
 * Balance of Power (TA-Lib `BOP`): `(close − open) / (high − low)`; `0` when the range is below `1e-14`.
 *
 * @param bars - `open`, `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link BopOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length, unitless in `[−1, 1]` for consistent bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a field is missing or of a different
 *   length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { bop } from '@aitrade/indicators'
 * bop({ open: [11.5], high: [13.1], low: [11.0], close: [12.3] })[0] // ≈ 0.381
 * ```
 * @see TA-Lib `TA_BOP` (ta_BOP.c); Igor Livshin, "Balance of Market Power", *Technical Analysis of Stocks &
 *   Commodities* (Aug. 2001).
 */
export function bop(bars: Pick<OhlcvInput, 'open' | 'high' | 'low' | 'close'>, options: BopOptions = {}): Float64Array {
  const n = checkBars(bars, ['open', 'high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { open, high, low, close } = bars
  for (let i = 0; i < n; i++)
    out[i] = bopValue(open[i] as number, high[i] as number, low[i] as number, close[i] as number)
  return out
}

/**
 * Streaming {@link bop}: stateless, O(1).
 *
 * @example
 * ```ts
 * import { BOP } from '@aitrade/indicators'
 * new BOP().update({ open: 11.5, high: 13.1, low: 11.0, close: 12.3 }) // ≈ 0.381
 * ```
 * @see {@link bop} for the formula.
 */
export class BOP extends StateStream<Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>, number> {
  readonly lookback = 0

  constructor() {
    super('BOP', {}, [])
  }

  protected step(bar: Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>): number {
    return bopValue(bar.open, bar.high, bar.low, bar.close)
  }
}
