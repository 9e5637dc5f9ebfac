import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

const FIELDS = ['count', 'prevValue', 'gain', 'loss', 'savedCount', 'savedPrevValue', 'savedGain', 'savedLoss'] as const

import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'

/** TA-Lib's `TA_IS_ZERO`: `|x| < 1e-14`. @internal */
export function isTaZero(x: number): boolean {
  return -1e-14 < x && x < 1e-14
}

/**
 * Shared kernel of RSI and CMO (TA-Lib `TA_RSI`/`TA_CMO`, classic compatibility, unstable period 0):
 * Wilder-smoothed average gain `g` and loss `l`, seeded with the plain mean of the first `period`
 * changes; writes `100·g/(g+l)` (`cmo = false`) or `100·(g−l)/(g+l)` (`cmo = true`), `0` when
 * `|g+l| < 1e-14`. Lookback `period`.
 * @internal
 */
export function gainLossBatch(
  values: ArrayLike<number>,
  periodOption: number | undefined,
  outOption: Float64Array | undefined,
  cmo: boolean,
): Float64Array {
  const period = checkPeriod('period', periodOption ?? 14, 2)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, outOption)
  if (n <= period) {
    out.fill(Number.NaN, 0, n)
    return out
  }
  out.fill(Number.NaN, 0, period)
  let prev = values[0] as number
  let gain = 0
  let loss = 0
  for (let i = 1; i <= period; i++) {
    const v = values[i] as number
    const d = v - prev
    prev = v
    if (d < 0) loss -= d
    else gain += d
  }
  loss /= period
  gain /= period
  let sum = gain + loss
  const zero = -1e-14 < sum && sum < 1e-14
  out[period] = zero ? 0 : cmo ? 100 * ((gain - loss) / sum) : 100 * (gain / sum)
  const pm1 = period - 1
  if (cmo) {
    for (let i = period + 1; i < n; i++) {
      const v = values[i] as number
      const d = v - prev
      prev = v
      loss *= pm1
      gain *= pm1
      if (d < 0) loss -= d
      else gain += d
      loss /= period
      gain /= period
      sum = gain + loss
      out[i] = -1e-14 < sum && sum < 1e-14 ? 0 : 100 * ((gain - loss) / sum)
    }
  } else {
    for (let i = period + 1; i < n; i++) {
      const v = values[i] as number
      const d = v - prev
      prev = v
      loss *= pm1
      gain *= pm1
      if (d < 0) loss -= d
      else gain += d
      loss /= period
      gain /= period
      sum = gain + loss
      out[i] = -1e-14 < sum && sum < 1e-14 ? 0 : 100 * (gain / sum)
    }
  }
  return out
}

/**
 * Streaming form of {@link gainLossBatch}: O(1) per update, no allocation; `replace` restores the
 * fields saved by the last `update`.
 * @internal
 */
export abstract class GainLossStream implements StreamingIndicator<number, number> {
  readonly lookback: number
  private readonly period: number
  private count = 0
  private prevValue = Number.NaN
  private gain = 0
  private loss = 0
  private savedCount = 0
  private savedPrevValue = Number.NaN
  private savedGain = 0
  private savedLoss = 0

  protected constructor(
    private readonly indicatorName: string,
    periodOption: number | undefined,
    private readonly cmo: boolean,
  ) {
    this.period = checkPeriod('period', periodOption ?? 14, 2)
    this.lookback = this.period
  }

  get isReady(): boolean {
    return this.count > this.period
  }

  update(value: number): number {
    this.savedCount = this.count
    this.savedPrevValue = this.prevValue
    this.savedGain = this.gain
    this.savedLoss = this.loss
    return this.step(value)
  }

  replace(value: number): number {
    if (this.count === 0) throw noBarToReplace(this.indicatorName)
    this.count = this.savedCount
    this.prevValue = this.savedPrevValue
    this.gain = this.savedGain
    this.loss = this.savedLoss
    return this.step(value)
  }

  private step(value: number): number {
    const c = this.count++
    const p = this.period
    if (c === 0) {
      this.prevValue = value
      return Number.NaN
    }
    const d = value - this.prevValue
    this.prevValue = value
    if (c <= p) {
      if (d < 0) this.loss -= d
      else this.gain += d
      if (c < p) return Number.NaN
      this.loss /= p
      this.gain /= p
    } else {
      this.loss *= p - 1
      this.gain *= p - 1
      if (d < 0) this.loss -= d
      else this.gain += d
      this.loss /= p
      this.gain /= p
    }
    const sum = this.gain + this.loss
    if (isTaZero(sum)) return 0
    return this.cmo ? 100 * ((this.gain - this.loss) / sum) : 100 * (this.gain / sum)
  }

  reset(): void {
    this.count = 0
    this.prevValue = Number.NaN
    this.gain = 0
    this.loss = 0
    this.savedCount = 0
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, { period: this.period }, this, FIELDS)
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, { period: this.period }, this, FIELDS)
  }
}
