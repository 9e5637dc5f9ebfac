import { emaRange, EMA as StreamEMA } from '../overlap/ema.js'
import { SMA as StreamSMA, smaRange } from '../overlap/sma.js'
import { checkPeriod } from '../validate.js'
import { inCallerOrder, oldestFirst, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' MACD input. */
export interface MACDInput extends TiInput {
  /** Closes, oldest first. */
  values: number[]
  /** Fast average period, integer ≥ 2. */
  fastPeriod: number
  /** Slow average period, integer ≥ 2. */
  slowPeriod: number
  /** Signal average period, integer ≥ 2. */
  signalPeriod: number
  /** `true` for SMAs in the oscillator, `false` (or absent) for EMAs. */
  SimpleMAOscillator?: boolean
  /** `true` for an SMA signal line, `false` (or absent) for an EMA. */
  SimpleMASignal?: boolean
}

/** technicalindicators' MACD output: `signal` and `histogram` are `undefined` until the signal is defined. */
export interface MACDOutput {
  /** Fast average − slow average. */
  MACD?: number | undefined
  /** Average of `MACD` over `signalPeriod`. */
  signal?: number | undefined
  /** `MACD − signal`. */
  histogram?: number | undefined
}

interface MacdConfig {
  fast: number
  slow: number
  signal: number
  smaOsc: boolean
  smaSig: boolean
}

function macdConfig(input: MACDInput): MacdConfig {
  return {
    fast: checkPeriod('fastPeriod', input.fastPeriod, 2),
    slow: checkPeriod('slowPeriod', input.slowPeriod, 2),
    signal: checkPeriod('signalPeriod', input.signalPeriod, 2),
    smaOsc: input.SimpleMAOscillator === true,
    smaSig: input.SimpleMASignal === true,
  }
}

function average(
  src: ArrayLike<number>,
  from: number,
  n: number,
  period: number,
  simple: boolean,
  out: Float64Array,
): void {
  if (simple) smaRange(src, from, n, period, out)
  else emaRange(src, from, n, period, 2 / (period + 1), out)
}

/**
 * Drop-in for technicalindicators' `MACD`, computed its way: the fast and the slow average both start at the
 * first value (TA-Lib's `MACD` instead delays the fast EMA's seed to line up with the slow one, so its first
 * values differ), outputs start when the slow average is defined, `signal`/`histogram` stay `undefined` for the
 * next `signalPeriod − 1` outputs. Averages are EMAs (SMA-seeded) or SMAs per the two flags. Same numbers as
 * technicalindicators.
 *
 * @example
 * ```ts
 * import { MACD } from '@aitrade/indicators/compat'
 *
 * const closes = Array.from({ length: 40 }, (_, i) => 100 + Math.sin(i / 3) * 5)
 * const out = MACD.calculate({ values: closes, fastPeriod: 12, slowPeriod: 26, signalPeriod: 9, SimpleMAOscillator: false, SimpleMASignal: false })
 * out.length // 15 (40 − 26 + 1); out[0].signal is undefined, out[8].signal is defined
 * ```
 * @see technicalindicators `MACD`; Gerald Appel, *The Moving Average Convergence-Divergence Trading Method* (1979).
 */
export class MACD extends TiIndicator<number, MACDOutput> {
  /**
   * @param input - See {@link MACDInput}; `nextValue` takes a close.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  constructor(input: MACDInput) {
    const c = macdConfig(input)
    const make = (p: number, simple: boolean) => (simple ? new StreamSMA({ period: p }) : new StreamEMA({ period: p }))
    const fast = make(c.fast, c.smaOsc)
    const slow = make(c.slow, c.smaOsc)
    const signal = make(c.signal, c.smaSig)
    const fmt = input.format ?? ((v: number) => v)
    super((x) => {
      const f = fast.update(x)
      const s = slow.update(x)
      if (!slow.isReady || !fast.isReady) return undefined
      const m = f - s
      const sig = signal.update(m)
      return signal.isReady
        ? { MACD: fmt(m), signal: fmt(sig), histogram: fmt(m - sig) }
        : { MACD: fmt(m), signal: undefined, histogram: undefined }
    }, input.values ?? [])
  }

  /**
   * MACD of `input.values`, one object per bar from the bar where the slow average is defined.
   * @param input - See {@link MACDInput}, plus `reversedInput` / `format`.
   * @returns `values.length − slowPeriod + 1` objects `{ MACD, signal, histogram }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  static calculate(input: MACDInput): MACDOutput[] {
    const i = oldestFirst(input)
    const c = macdConfig(i)
    const n = i.values.length
    const fast = new Float64Array(n)
    const line = new Float64Array(n)
    const sig = new Float64Array(n)
    average(i.values, 0, n, c.fast, c.smaOsc, fast)
    average(i.values, 0, n, c.slow, c.smaOsc, line)
    const start = Math.max(c.fast, c.slow) - 1
    for (let k = start; k < n; k++) line[k] = (fast[k] as number) - (line[k] as number)
    average(line, start, n, c.signal, c.smaSig, sig)
    const sigStart = start + c.signal - 1
    const fmt = i.format ?? ((v: number) => v)
    const result: MACDOutput[] = []
    for (let k = start; k < n; k++) {
      const m = line[k] as number
      if (k < sigStart) result.push({ MACD: fmt(m), signal: undefined, histogram: undefined })
      else result.push({ MACD: fmt(m), signal: fmt(sig[k] as number), histogram: fmt(m - (sig[k] as number)) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `macd(input)` is `MACD.calculate(input)`.
 * @param input - See {@link MACDInput}.
 * @returns As {@link MACD.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link MACD.calculate}.
 *
 * @example
 * ```ts
 * import { macd } from '@aitrade/indicators/compat'
 *
 * macd({ values: [1, 2, 3, 4, 5], fastPeriod: 2, slowPeriod: 3, signalPeriod: 2 }).length // 3
 * ```
 * @see {@link MACD} for the formula and how it relates to TA-Lib's.
 */
export function macd(input: MACDInput): MACDOutput[] {
  return MACD.calculate(input)
}
