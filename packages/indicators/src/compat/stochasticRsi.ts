import { STOCHF, stochF } from '../momentum/stochF.js'
import { SMA as StreamSMA, smaRange } from '../overlap/sma.js'
import { checkPeriod } from '../validate.js'
import { TiRsi } from './rsi.js'
import { inCallerOrder, oldestFirst, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' StochasticRSI input. */
export interface StochasticRsiInput extends TiInput {
  /** Closes, oldest first. */
  values: number[]
  /** RSI period, integer ≥ 2. */
  rsiPeriod: number
  /** Stochastic look-back over the RSI, integer ≥ 1. */
  stochasticPeriod: number
  /** SMA period of the stochastic RSI (→ `k`), integer ≥ 2. */
  kPeriod: number
  /** SMA period of `k` (→ `d`), integer ≥ 2. */
  dPeriod: number
}

/** technicalindicators' StochasticRSI output. */
export interface StochasticRSIOutput {
  /** `100 · (RSI − lowest RSI) / (highest RSI − lowest RSI)` over `stochasticPeriod`, `0` on a flat window. */
  stochRSI: number
  /** SMA of `stochRSI` over `kPeriod`. */
  k: number
  /** SMA of `k` over `dPeriod`. */
  d: number
}

interface Config {
  rsiPeriod: number
  stochasticPeriod: number
  kPeriod: number
  dPeriod: number
}

function config(input: StochasticRsiInput): Config {
  return {
    rsiPeriod: checkPeriod('rsiPeriod', input.rsiPeriod, 2),
    stochasticPeriod: checkPeriod('stochasticPeriod', input.stochasticPeriod, 1),
    kPeriod: checkPeriod('kPeriod', input.kPeriod, 2),
    dPeriod: checkPeriod('dPeriod', input.dPeriod, 2),
  }
}

/**
 * Drop-in for technicalindicators' `StochasticRSI`, computed its way (which is not TA-Lib's `STOCHRSI`): the
 * RSI (technicalindicators' RSI, rounded to 2 decimals: see {@link RSI}), its fast stochastic over `stochasticPeriod`, then
 * `k` = SMA(kPeriod) of that and `d` = SMA(dPeriod) of `k`; outputs start once `d` is defined. Built on our
 * STOCHF and SMA kernels. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { StochasticRSI } from '@aitrade/indicators/compat'
 *
 * const closes = Array.from({ length: 60 }, (_, i) => 100 + Math.sin(i / 4) * 5)
 * StochasticRSI.calculate({ values: closes, rsiPeriod: 14, stochasticPeriod: 14, kPeriod: 3, dPeriod: 3 }).length // 29
 * ```
 * @see technicalindicators `StochasticRSI`; Tushar Chande and Stanley Kroll, *The New Technical Trader* (1994).
 */
export class StochasticRSI extends TiIndicator<number, StochasticRSIOutput> {
  /**
   * @param input - See {@link StochasticRsiInput}; `nextValue` takes a close.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  constructor(input: StochasticRsiInput) {
    const c = config(input)
    const r = new TiRsi(c.rsiPeriod)
    const st = new STOCHF({ fastKPeriod: c.stochasticPeriod, fastDPeriod: 1 })
    const k = new StreamSMA({ period: c.kPeriod })
    const d = new StreamSMA({ period: c.dPeriod })
    const fmt = input.format ?? ((v: number) => v)
    super((x) => {
      const rr = r.step(x)
      if (rr === undefined) return undefined
      const s = st.update({ high: rr, low: rr, close: rr }).fastK
      if (!st.isReady) return undefined
      const kv = k.update(s)
      if (!k.isReady) return undefined
      const dv = d.update(kv)
      return d.isReady ? { stochRSI: fmt(s), k: fmt(kv), d: fmt(dv) } : undefined
    }, input.values ?? [])
  }

  /**
   * Stochastic RSI of `input.values`, defined values only.
   * @param input - See {@link StochasticRsiInput}, plus `reversedInput` / `format`.
   * @returns `n − rsiPeriod − stochasticPeriod − kPeriod − dPeriod + 3` objects `{ stochRSI, k, d }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  static calculate(input: StochasticRsiInput): StochasticRSIOutput[] {
    const i = oldestFirst(input)
    const c = config(i)
    const n = i.values.length
    const result: StochasticRSIOutput[] = []
    if (n <= c.rsiPeriod) return result
    const r = new TiRsi(c.rsiPeriod)
    const rr = new Float64Array(n - c.rsiPeriod)
    for (let j = 0; j < n; j++) {
      const v = r.step(i.values[j] as number)
      if (v !== undefined) rr[j - c.rsiPeriod] = v
    }
    const m = rr.length
    const s = stochF({ high: rr, low: rr, close: rr }, { fastKPeriod: c.stochasticPeriod, fastDPeriod: 1 }).fastK
    const k = new Float64Array(m)
    const d = new Float64Array(m)
    const kStart = c.stochasticPeriod - 1
    smaRange(s, kStart, m, c.kPeriod, k)
    smaRange(k, kStart + c.kPeriod - 1, m, c.dPeriod, d)
    const fmt = i.format ?? ((v: number) => v)
    for (let j = kStart + c.kPeriod - 1 + c.dPeriod - 1; j < m; j++) {
      result.push({ stochRSI: fmt(s[j] as number), k: fmt(k[j] as number), d: fmt(d[j] as number) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `stochasticrsi(input)` is `StochasticRSI.calculate(input)`.
 * @param input - See {@link StochasticRsiInput}.
 * @returns As {@link StochasticRSI.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link StochasticRSI.calculate}.
 *
 * @example
 * ```ts
 * import { stochasticrsi } from '@aitrade/indicators/compat'
 *
 * stochasticrsi({ values: [1, 2, 3], rsiPeriod: 2, stochasticPeriod: 2, kPeriod: 2, dPeriod: 2 }) // [] (too short)
 * ```
 * @see {@link StochasticRSI} for the formula and how it relates to TA-Lib's.
 */
export function stochasticrsi(input: StochasticRsiInput): StochasticRSIOutput[] {
  return StochasticRSI.calculate(input)
}
