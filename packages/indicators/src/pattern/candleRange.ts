// Candle measurements shared by every candlestick pattern: TA-Lib's candle macros (ta_utility.h) written as
// functions over columnar bars. Comparisons keep C's operand order so NaN inputs behave exactly as in TA-Lib.
// Internal to the package: not exported from the entry.
import type { CandleSetting } from './candleSettings.js'

/**
 * Columnar open/high/low/close arrays read by the patterns. Always built by {@link candles}, so every pattern sees
 * one object shape with `Float64Array` fields and its property loads stay monomorphic.
 * @internal
 */
export interface Candles {
  readonly open: Float64Array
  readonly high: Float64Array
  readonly low: Float64Array
  readonly close: Float64Array
}

function f64(x: ArrayLike<number>): Float64Array {
  return x instanceof Float64Array ? x : Float64Array.from(x)
}

/**
 * The {@link Candles} view of four price arrays (copied only when not already `Float64Array`s).
 * @internal
 */
export function candles(
  open: ArrayLike<number>,
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
): Candles {
  return { open: f64(open), high: f64(high), low: f64(low), close: f64(close) }
}

/** Open of bar `i`. @internal */
export function op(b: Candles, i: number): number {
  return b.open[i] as number
}
/** High of bar `i`. @internal */
export function hi(b: Candles, i: number): number {
  return b.high[i] as number
}
/** Low of bar `i`. @internal */
export function lo(b: Candles, i: number): number {
  return b.low[i] as number
}
/** Close of bar `i`. @internal */
export function cl(b: Candles, i: number): number {
  return b.close[i] as number
}

/** C's `max` macro: `a > b ? a : b` (differs from `Math.max` on NaN). @internal */
export function cmax(a: number, b: number): number {
  // biome-ignore lint/complexity/useMathMinMax: C's macro semantics (Math.max/min differ on NaN)
  return a > b ? a : b
}
/** C's `min` macro: `a < b ? a : b` (differs from `Math.min` on NaN). @internal */
export function cmin(a: number, b: number): number {
  // biome-ignore lint/complexity/useMathMinMax: C's macro semantics (Math.max/min differ on NaN)
  return a < b ? a : b
}

/** Real body `|close − open|` (TA_REALBODY). @internal */
export function realBody(b: Candles, i: number): number {
  return Math.abs((b.close[i] as number) - (b.open[i] as number))
}

/** Upper shadow `high − max(open, close)` (TA_UPPERSHADOW). @internal */
export function upperShadow(b: Candles, i: number): number {
  const c = b.close[i] as number
  const o = b.open[i] as number
  // biome-ignore lint/complexity/useMathMinMax: C's macro semantics (Math.max/min differ on NaN)
  return (b.high[i] as number) - (c >= o ? c : o)
}

/** Lower shadow `min(open, close) − low` (TA_LOWERSHADOW). @internal */
export function lowerShadow(b: Candles, i: number): number {
  const c = b.close[i] as number
  const o = b.open[i] as number
  // biome-ignore lint/complexity/useMathMinMax: C's macro semantics (Math.max/min differ on NaN)
  return (c >= o ? o : c) - (b.low[i] as number)
}

/** Range `high − low` (TA_HIGHLOWRANGE). @internal */
export function highLowRange(b: Candles, i: number): number {
  return (b.high[i] as number) - (b.low[i] as number)
}

/** `1` for a white candle (close ≥ open), `-1` for a black one (TA_CANDLECOLOR). @internal */
export function color(b: Candles, i: number): number {
  return (b.close[i] as number) >= (b.open[i] as number) ? 1 : -1
}

/** The quantity `setting` measures on bar `i` (TA_CANDLERANGE). @internal */
export function candleRange(setting: CandleSetting, b: Candles, i: number): number {
  switch (setting.rangeType) {
    case 'realBody':
      return realBody(b, i)
    case 'highLow':
      return highLowRange(b, i)
    default:
      return upperShadow(b, i) + lowerShadow(b, i)
  }
}

/**
 * The threshold of `setting` for bar `i`, given `totals[k]`, the running total of its range over the
 * `avgPeriod` bars before bar `i` (TA_CANDLEAVERAGE).
 * @internal
 */
/** Numeric code of each range type, for loops that should not read {@link CandleSetting} objects per bar. */
export const RANGE_KIND: Readonly<Record<CandleSetting['rangeType'], number>> = { realBody: 0, highLow: 1, shadows: 2 }

/** {@link candleRange} for a {@link RANGE_KIND} code. */
export function rangeOfKind(kind: number, b: Candles, i: number): number {
  return kind === 0 ? realBody(b, i) : kind === 1 ? highLowRange(b, i) : upperShadow(b, i) + lowerShadow(b, i)
}

export function candleAverage(setting: CandleSetting, totals: Float64Array, k: number, b: Candles, i: number): number {
  return (
    (setting.factor *
      (setting.avgPeriod !== 0 ? (totals[k] as number) / setting.avgPeriod : candleRange(setting, b, i))) /
    (setting.rangeType === 'shadows' ? 2.0 : 1.0)
  )
}

/** Real body of bar `i2` entirely above the real body of bar `i1` (TA_REALBODYGAPUP). @internal */
export function realBodyGapUp(b: Candles, i2: number, i1: number): boolean {
  return cmin(op(b, i2), cl(b, i2)) > cmax(op(b, i1), cl(b, i1))
}

/** Real body of bar `i2` entirely below the real body of bar `i1` (TA_REALBODYGAPDOWN). @internal */
export function realBodyGapDown(b: Candles, i2: number, i1: number): boolean {
  return cmax(op(b, i2), cl(b, i2)) < cmin(op(b, i1), cl(b, i1))
}

/** Low of bar `i2` above the high of bar `i1`: the shadows don't touch (TA_CANDLEGAPUP). @internal */
export function candleGapUp(b: Candles, i2: number, i1: number): boolean {
  return lo(b, i2) > hi(b, i1)
}

/** High of bar `i2` below the low of bar `i1`: the shadows don't touch (TA_CANDLEGAPDOWN). @internal */
export function candleGapDown(b: Candles, i2: number, i1: number): boolean {
  return hi(b, i2) < lo(b, i1)
}
