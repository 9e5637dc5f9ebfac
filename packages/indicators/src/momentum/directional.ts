import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { isTaZero } from './gainLoss.js'

/**
 * Which of Wilder's directional-movement outputs a kernel computes (TA-Lib PLUS_DM, MINUS_DM, PLUS_DI,
 * MINUS_DI, DX, ADX).
 * @internal
 */
export type DirectionalKind = 'plusDm' | 'minusDm' | 'plusDi' | 'minusDi' | 'dx' | 'adx'

// State slots: previous high/low/close, smoothed +DM, −DM, TR, previous output, ADX (or its seed sum).
const PH = 0
const PL = 1
const PC = 2
const PDM = 3
const MDM = 4
const TR = 5
const OUT = 6
const ADX = 7
/** Length of the state vector of {@link directionalStep}. @internal */
export const DIRECTIONAL_STATE = 8

/** Minimum period of each kind (TA-Lib's ranges). @internal */
export function directionalMinPeriod(kind: DirectionalKind): number {
  return kind === 'dx' || kind === 'adx' ? 2 : 1
}

/** Lookback of each kind for `period` (TA-Lib 0.6, unstable period 0). @internal */
export function directionalLookback(kind: DirectionalKind, period: number): number {
  switch (kind) {
    case 'plusDm':
    case 'minusDm':
      return period > 1 ? period - 1 : 1
    case 'plusDi':
    case 'minusDi':
      return Math.max(period, 1)
    case 'dx':
      return period
    default:
      return 2 * period - 1
  }
}

function trueRange(h: number, l: number, prevClose: number): number {
  let tr = h - l
  const a = Math.abs(h - prevClose)
  if (a > tr) tr = a
  const b = Math.abs(l - prevClose)
  if (b > tr) tr = b
  return tr
}

/**
 * Advances the directional-movement state `s` by bar number `count` (1-based) and returns the output of
 * `kind` for it (`NaN` during the lookback). Mirrors TA-Lib's order of floating-point operations:
 * +DM1/−DM1 from the larger outside move, sums over the first `period − 1` bars, then Wilder smoothing
 * `x − x/period + today`; DI = `100·DM/TR`; DX = `100·|−DI − +DI| / (−DI + +DI)`; ADX seeded with the
 * mean of `period` DX values, then `(ADX·(period−1) + DX)/period`.
 * @internal
 */
export function directionalStep(
  kind: DirectionalKind,
  period: number,
  s: Float64Array,
  count: number,
  high: number,
  low: number,
  close: number,
): number {
  if (count === 1) {
    s[PH] = high
    s[PL] = low
    s[PC] = close
    return Number.NaN
  }
  const diffP = high - (s[PH] as number)
  const diffM = (s[PL] as number) - low
  s[PH] = high
  s[PL] = low
  const plusCond = diffP > 0 && diffP > diffM
  const minusCond = diffM > 0 && diffP < diffM
  const i = count - 1
  const withTr = kind !== 'plusDm' && kind !== 'minusDm'
  const tr = withTr ? trueRange(high, low, s[PC] as number) : 0
  s[PC] = close
  if (period === 1) {
    if (kind === 'plusDm') return plusCond ? diffP : 0
    if (kind === 'minusDm') return minusCond ? diffM : 0
    if (kind === 'plusDi') return plusCond ? (isTaZero(tr) ? 0 : diffP / tr) : 0
    return minusCond ? (isTaZero(tr) ? 0 : diffM / tr) : 0
  }
  if (i < period) {
    if (minusCond) s[MDM] = (s[MDM] as number) + diffM
    else if (plusCond) s[PDM] = (s[PDM] as number) + diffP
    s[TR] = (s[TR] as number) + tr
    if (i === period - 1 && (kind === 'plusDm' || kind === 'minusDm'))
      return kind === 'plusDm' ? (s[PDM] as number) : (s[MDM] as number)
    return Number.NaN
  }
  let mdm = s[MDM] as number
  let pdm = s[PDM] as number
  mdm -= mdm / period
  pdm -= pdm / period
  if (minusCond) mdm += diffM
  else if (plusCond) pdm += diffP
  s[MDM] = mdm
  s[PDM] = pdm
  if (kind === 'plusDm') return pdm
  if (kind === 'minusDm') return mdm
  const prevTr = s[TR] as number
  const trSum = prevTr - prevTr / period + tr
  s[TR] = trSum
  if (kind === 'plusDi') return isTaZero(trSum) ? 0 : 100 * (pdm / trSum)
  if (kind === 'minusDi') return isTaZero(trSum) ? 0 : 100 * (mdm / trSum)
  let dx = 0
  let valid = false
  if (!isTaZero(trSum)) {
    const minusDi = 100 * (mdm / trSum)
    const plusDi = 100 * (pdm / trSum)
    const sum = minusDi + plusDi
    if (!isTaZero(sum)) {
      dx = 100 * (Math.abs(minusDi - plusDi) / sum)
      valid = true
    }
  }
  if (kind === 'dx') {
    const out = valid ? dx : i === period ? 0 : (s[OUT] as number)
    s[OUT] = out
    return out
  }
  if (i < 2 * period - 1) {
    if (valid) s[ADX] = (s[ADX] as number) + dx
    return Number.NaN
  }
  if (i === 2 * period - 1) {
    if (valid) s[ADX] = (s[ADX] as number) + dx
    s[ADX] = (s[ADX] as number) / period
  } else if (valid) {
    s[ADX] = ((s[ADX] as number) * (period - 1) + dx) / period
  }
  return s[ADX] as number
}

/**
 * Batch kernel of the directional family over `bars`: the same arithmetic as {@link directionalStep}, with the
 * state in locals for speed. @internal
 */
export function directionalBatch(
  kind: DirectionalKind,
  bars: Pick<OhlcvInput, 'high' | 'low'> & Partial<Pick<OhlcvInput, 'close'>>,
  periodOption: number | undefined,
  outOption: Float64Array | undefined,
): Float64Array {
  const period = checkPeriod('period', periodOption ?? 14, directionalMinPeriod(kind))
  const withTr = kind !== 'plusDm' && kind !== 'minusDm'
  const n = withTr
    ? checkBars(bars as Pick<OhlcvInput, 'high' | 'low' | 'close'>, ['high', 'low', 'close'])
    : checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, outOption)
  const { high, low } = bars
  const close = (withTr ? bars.close : bars.high) as ArrayLike<number>
  if (period === 1 || n === 0) {
    const s = new Float64Array(DIRECTIONAL_STATE)
    for (let i = 0; i < n; i++) {
      out[i] = directionalStep(kind, period, s, i + 1, high[i] as number, low[i] as number, close[i] as number)
    }
    return out
  }
  const lookback = directionalLookback(kind, period)
  out.fill(Number.NaN, 0, Math.min(n, lookback))
  const isPlus = kind === 'plusDm' || kind === 'plusDi'
  const isDm = !withTr
  const isDi = kind === 'plusDi' || kind === 'minusDi'
  const isDx = kind === 'dx'
  let ph = high[0] as number
  let pl = low[0] as number
  let pc = close[0] as number
  let pdm = 0
  let mdm = 0
  let trSum = 0
  let prevOut = 0
  let adxv = 0
  const pm1 = period - 1
  for (let i = 1; i < n; i++) {
    const h = high[i] as number
    const l = low[i] as number
    const diffP = h - ph
    const diffM = pl - l
    ph = h
    pl = l
    let tr = 0
    if (withTr) {
      tr = h - l
      const a = Math.abs(h - pc)
      if (a > tr) tr = a
      const b = Math.abs(l - pc)
      if (b > tr) tr = b
      pc = close[i] as number
    }
    if (i < period) {
      if (diffM > 0 && diffP < diffM) mdm += diffM
      else if (diffP > 0 && diffP > diffM) pdm += diffP
      trSum += tr
      if (isDm && i === pm1) out[i] = isPlus ? pdm : mdm
      continue
    }
    mdm -= mdm / period
    pdm -= pdm / period
    if (diffM > 0 && diffP < diffM) mdm += diffM
    else if (diffP > 0 && diffP > diffM) pdm += diffP
    if (isDm) {
      out[i] = isPlus ? pdm : mdm
      continue
    }
    trSum = trSum - trSum / period + tr
    if (isDi) {
      out[i] = -1e-14 < trSum && trSum < 1e-14 ? 0 : 100 * ((isPlus ? pdm : mdm) / trSum)
      continue
    }
    let dx = 0
    let valid = false
    if (!(-1e-14 < trSum && trSum < 1e-14)) {
      const minusDi = 100 * (mdm / trSum)
      const plusDi = 100 * (pdm / trSum)
      const sum = minusDi + plusDi
      if (!(-1e-14 < sum && sum < 1e-14)) {
        dx = 100 * (Math.abs(minusDi - plusDi) / sum)
        valid = true
      }
    }
    if (isDx) {
      prevOut = valid ? dx : i === period ? 0 : prevOut
      out[i] = prevOut
      continue
    }
    if (i < 2 * period - 1) {
      if (valid) adxv += dx
    } else if (i === 2 * period - 1) {
      if (valid) adxv += dx
      adxv = adxv / period
      out[i] = adxv
    } else {
      if (valid) adxv = (adxv * pm1 + dx) / period
      out[i] = adxv
    }
  }
  return out
}

/** Streaming kernel of the directional family. @internal */
export abstract class DirectionalStream extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  protected constructor(
    name: string,
    private readonly kind: DirectionalKind,
    periodOption: number | undefined,
  ) {
    const period = checkPeriod('period', periodOption ?? 14, directionalMinPeriod(kind))
    super(name, { period }, new Float64Array(DIRECTIONAL_STATE))
    this.period = period
    this.lookback = directionalLookback(kind, period)
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    return directionalStep(this.kind, this.period, this.s, this.count, bar.high, bar.low, bar.close)
  }
}
