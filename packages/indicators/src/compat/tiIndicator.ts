/**
 * Options every `technicalindicators` input accepts, on top of the indicator's own fields.
 */
export interface TiInput {
  /** The input arrays are newest-first: they are reversed for the computation and the result is reversed back (`calculate` only). */
  reversedInput?: boolean
  /** Applied to every output number, as technicalindicators does (e.g. `(v) => +v.toFixed(2)`). Default: none. */
  format?: (value: number) => number
}

const ARRAY_FIELDS = ['values', 'open', 'high', 'low', 'close', 'volume', 'timestamp'] as const

/**
 * `input` with its arrays oldest-first (reversed copies when `reversedInput`; the caller's arrays are never mutated).
 * @internal
 */
export function oldestFirst<I extends TiInput>(input: I): I {
  if (!input.reversedInput) return input
  const copy = { ...input } as Record<string, unknown>
  for (const f of ARRAY_FIELDS) {
    const a = (input as Record<string, unknown>)[f]
    if (Array.isArray(a)) copy[f] = a.slice().reverse()
  }
  return copy as I
}

/**
 * The result in the caller's order (reversed back when `reversedInput`).
 * @internal
 */
export function inCallerOrder<T>(result: T[], input: TiInput): T[] {
  return input.reversedInput ? result.reverse() : result
}

/**
 * `out[start..]` as a plain array, each value passed through `format` — technicalindicators returns only the
 * defined values, without warm-up padding.
 * @internal
 */
export function definedFrom(out: ArrayLike<number>, start: number, format?: (value: number) => number): number[] {
  const from = Math.max(0, start)
  const result: number[] = new Array(Math.max(0, out.length - from))
  for (let i = from; i < out.length; i++) {
    const v = out[i] as number
    result[i - from] = format ? format(v) : v
  }
  return result
}

/**
 * technicalindicators' rounding of RSI and MFI, `parseFloat(value.toFixed(2))`, without the string round trip
 * where it cannot matter: away from a half-cent tie `Math.round(100·v) / 100` is the same double (the division is
 * correctly rounded), so only near-ties take the exact `toFixed` path.
 * @internal
 */
export function round2(value: number): number {
  const x = value * 100
  const frac = x - Math.floor(x)
  if (!(Math.abs(frac - 0.5) > 1e-6) || !Number.isFinite(x)) return Number.parseFloat(value.toFixed(2))
  return Math.round(x) / 100
}

/**
 * Base of the compat classes: technicalindicators' object API over one of our streaming indicators.
 * `new X(input)` computes {@link TiIndicator.result} for the input's values; {@link TiIndicator.nextValue}
 * continues from there one tick at a time.
 *
 * @typeParam Tick - What `nextValue` takes: a number, or a bar object `{ high, low, close, volume }`.
 * @typeParam Out - One output: a number or an object such as `{ MACD, signal, histogram }`.
 *
 * @example
 * ```ts
 * import { SMA, type TiIndicator } from '@aitrade/indicators/compat'
 *
 * const sma: TiIndicator<number, number> = new SMA({ period: 3, values: [1, 2, 3] })
 * sma.getResult() // [2]
 * sma.nextValue(4) // 3
 * ```
 * @see technicalindicators' `Indicator` base class (its `getResult` / `nextValue` contract), which this mirrors.
 */
export class TiIndicator<Tick, Out> {
  /** The outputs for the values given to the constructor, defined values only. */
  result: Out[] = []
  readonly #step: (tick: Tick) => Out | undefined

  /**
   * @param step - Consumes one tick; returns its output, or `undefined` while warming up.
   * @param ticks - The constructor input's ticks, oldest first.
   */
  protected constructor(step: (tick: Tick) => Out | undefined, ticks: readonly Tick[]) {
    this.#step = step
    for (const t of ticks) {
      const r = step(t)
      if (r !== undefined) this.result.push(r)
    }
  }

  /**
   * Consumes the next tick.
   * @param tick - The next value (or bar).
   * @returns The newest output, or `undefined` while the indicator is warming up (technicalindicators' convention).
   */
  nextValue(tick: Tick): Out | undefined {
    return this.#step(tick)
  }

  /**
   * @returns {@link TiIndicator.result}.
   */
  getResult(): Out[] {
    return this.result
  }
}

/**
 * `NaN` (not ready) → `undefined`, else the formatted value.
 * @internal
 */
export function readyOrUndefined(v: number, format?: (value: number) => number): number | undefined {
  if (Number.isNaN(v)) return undefined
  return format ? format(v) : v
}

/** A bar as technicalindicators' `nextValue` takes it. */
export interface TiBar {
  /** Open. */
  open?: number
  /** High. */
  high: number
  /** Low. */
  low: number
  /** Close. */
  close: number
  /** Volume. */
  volume?: number
}

/**
 * The bars of columnar input as tick objects (missing columns read as `NaN`).
 * @internal
 */
export function barTicks(input: { high?: number[]; low?: number[]; close?: number[]; volume?: number[] }): TiBar[] {
  const n = (input.close ?? input.high ?? input.low ?? []).length
  const ticks: TiBar[] = []
  for (let i = 0; i < n; i++) {
    ticks.push({
      high: input.high?.[i] ?? Number.NaN,
      low: input.low?.[i] ?? Number.NaN,
      close: input.close?.[i] ?? Number.NaN,
      volume: input.volume?.[i] ?? Number.NaN,
    })
  }
  return ticks
}
