import { StateStream } from '../streamState.js'
import type { OhlcvBar } from '../types.js'
import { checkPeriod } from '../validate.js'
import { EXT_HI, EXT_INIT, EXT_LO, trackExtremes } from './windowExtremes.js'

/** `(close − LL) / ((HH − LL) / 100)` as TA-Lib writes it; `0` for a flat window. */
function fastKValue(hi: number, lo: number, close: number): number {
  const diff = (hi - lo) / 100.0
  return diff !== 0.0 ? (close - lo) / diff : 0.0
}

/**
 * Lane's raw %K over `[from, n)` of the given series (TA-Lib `STOCHF` first stage): for each bar from
 * `from + period − 1` on, `100 · (close − lowest low) / (highest high − lowest low)` over the last `period`
 * bars; `0` for a flat window. Writes `out[from + period − 1 .. n)`. @internal
 */
export function fastKRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  from: number,
  n: number,
  period: number,
  out: Float64Array,
): void {
  const s = Float64Array.from(EXT_INIT)
  for (let today = from + period - 1; today < n; today++) {
    trackExtremes(s, 0, high, low, n, today, today - period + 1, false)
    out[today] = fastKValue(s[EXT_HI] as number, s[EXT_LO] as number, close[today] as number)
  }
}

/** Streaming raw %K (see {@link fastKRange}), the first stage of STOCH, STOCHF and STOCHRSI. @internal */
export class FastKStream extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  constructor(periodOption: number, name = 'FastK') {
    const period = checkPeriod('fastKPeriod', periodOption, 1)
    super(name, { period }, EXT_INIT, { count: 2, length: period })
    this.period = period
    this.lookback = period - 1
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const today = this.count - 1
    const p = this.period
    const hiRing = this.rings[0] as Float64Array
    const loRing = this.rings[1] as Float64Array
    hiRing[today % p] = bar.high
    loRing[today % p] = bar.low
    if (today < p - 1) return Number.NaN
    trackExtremes(this.s, 0, hiRing, loRing, p, today, today - p + 1, false)
    return fastKValue(this.s[EXT_HI] as number, this.s[EXT_LO] as number, bar.close)
  }
}
