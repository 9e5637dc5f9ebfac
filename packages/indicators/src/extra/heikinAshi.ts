import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/** Output of {@link heikinAshi}: the Heikin-Ashi candles, each array the input's length, in price units. */
export interface HeikinAshiOutput {
  /** HA open: `(prevHaOpen + prevHaClose) / 2`, the first bar `(open + close) / 2`. */
  open: Float64Array
  /** HA high: `max(high, haOpen, haClose)`. */
  high: Float64Array
  /** HA low: `min(low, haOpen, haClose)`. */
  low: Float64Array
  /** HA close: `(open + high + low + close) / 4`. */
  close: Float64Array
}

/** Options of {@link heikinAshi}: optional output buffers. */
export interface HeikinAshiOptions {
  /** Buffer for {@link HeikinAshiOutput.open}. */
  outOpen?: Float64Array
  /** Buffer for {@link HeikinAshiOutput.high}. */
  outHigh?: Float64Array
  /** Buffer for {@link HeikinAshiOutput.low}. */
  outLow?: Float64Array
  /** Buffer for {@link HeikinAshiOutput.close}. */
  outClose?: Float64Array
}

/**
 * Lookback of {@link heikinAshi}: `0` (every bar has a candle; the first is seeded from the real bar).
 * @returns `0`.
 * @example
 * ```ts
 * import { heikinAshiLookback } from '@aitrade/indicators'
 *
 * heikinAshiLookback() // 0
 * ```
 * @see {@link heikinAshi} for the formula and its source.
 */
export function heikinAshiLookback(): number {
  return 0
}

/**
 * Heikin-Ashi candles: `haClose = (O + H + L + C) / 4`, `haOpen = (haOpen[-1] + haClose[-1]) / 2` (first bar:
 * `(O + C) / 2`), `haHigh = max(H, haOpen, haClose)`, `haLow = min(L, haOpen, haClose)`. A `NaN` in the
 * input propagates to every later `open` (it is recursive).
 *
 * @param bars - Open, high, low, close of equal lengths.
 * @param options - Optional output buffers.
 * @returns `{ open, high, low, close }` in price units, each of the input's length.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths or a short buffer.
 *
 * @example
 * ```ts
 * import { heikinAshi } from '@aitrade/indicators'
 *
 * const ha = heikinAshi({ open: [10, 11], high: [12, 13], low: [9, 10], close: [11, 12] })
 * ha.close[0] // 10.5
 * ha.open[1] // 10.5 = (10.5 + 10.5) / 2
 * ```
 * @see Dan Valcu, "Using the Heikin-Ashi Technique", *Technical Analysis of Stocks & Commodities*, Feb 2004;
 *   StockCharts ChartSchool, "Heikin-Ashi".
 */
export function heikinAshi(
  bars: Pick<OhlcvInput, 'open' | 'high' | 'low' | 'close'>,
  options: HeikinAshiOptions = {},
): HeikinAshiOutput {
  const n = checkBars(bars, ['open', 'high', 'low', 'close'])
  const oo = outputBuffer(n, options.outOpen, 'outOpen')
  const oh = outputBuffer(n, options.outHigh, 'outHigh')
  const ol = outputBuffer(n, options.outLow, 'outLow')
  const oc = outputBuffer(n, options.outClose, 'outClose')
  const { open, high, low, close } = bars
  let pO = Number.NaN
  let pC = Number.NaN
  for (let i = 0; i < n; i++) {
    const o = open[i] as number
    const h = high[i] as number
    const l = low[i] as number
    const c = close[i] as number
    const haC = (o + h + l + c) / 4
    const haO = i === 0 ? (o + c) / 2 : (pO + pC) / 2
    oo[i] = haO
    oc[i] = haC
    oh[i] = Math.max(h, haO, haC)
    ol[i] = Math.min(l, haO, haC)
    pO = haO
    pC = haC
  }
  return { open: oo, high: oh, low: ol, close: oc }
}

/** One streaming Heikin-Ashi candle. */
export interface HeikinAshiCandle {
  /** HA open. */
  open: number
  /** HA high. */
  high: number
  /** HA low. */
  low: number
  /** HA close. */
  close: number
}

/**
 * Streaming {@link heikinAshi}, O(1) per bar; equals the batch output bar by bar.
 *
 * @example
 * ```ts
 * import { HEIKINASHI } from '@aitrade/indicators'
 *
 * const ha = new HEIKINASHI()
 * ha.update({ open: 10, high: 12, low: 9, close: 11 }).close // 10.5
 * ```
 * @see {@link heikinAshi} for the formula and source.
 */
export class HEIKINASHI
  extends StateStream<Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>, HeikinAshiCandle>
  implements StreamingIndicator<Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>, HeikinAshiCandle>
{
  /** `0`. */
  readonly lookback = 0

  constructor() {
    // state: previous HA open, previous HA close
    super('HEIKINASHI', {}, [Number.NaN, Number.NaN])
  }

  protected step(bar: Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>): HeikinAshiCandle {
    const s = this.s
    const close = (bar.open + bar.high + bar.low + bar.close) / 4
    const open = this.count === 1 ? (bar.open + bar.close) / 2 : ((s[0] as number) + (s[1] as number)) / 2
    s[0] = open
    s[1] = close
    return { open, high: Math.max(bar.high, open, close), low: Math.min(bar.low, open, close), close }
  }
}
