import { StateStream } from '../streamState.js'
// Ehlers' Hilbert-transform machinery shared by MAMA, HT_TRENDLINE and the HT_* cycle indicators, in
// TA-Lib 0.6's order of floating-point operations (ta_MAMA.c, ta_HT_*.c, ta_utility.h HILBERT macros).
// The whole state is a Float64Array (slots below) plus two 50-slot rings (smoothed and raw prices), so
// the streaming classes can save and restore it cheaply.

/** Size of the price rings (TA-Lib's `SMOOTH_PRICE_SIZE`). @internal */
export const HT_RING = 50

const A = 0.0962
const B = 0.5769
const RAD2DEG = 180.0 / (4.0 * Math.atan(1))
const DEG2RAD = 1.0 / RAD2DEG
const DEG2RAD_BY_360 = Math.atan(1) * 8.0

// sin/cos of the DFT angles `i · 2π / d` for every period d in 1..50 (row d at offset d·50), built on first use:
// the same Math.sin/Math.cos values the loop would compute, without ~100 trig calls per bar.
let dftSin: Float64Array | undefined
let dftCos: Float64Array | undefined
function dftTables(): [Float64Array, Float64Array] {
  if (dftSin === undefined || dftCos === undefined) {
    dftSin = new Float64Array(51 * 50)
    dftCos = new Float64Array(51 * 50)
    for (let d = 1; d <= 50; d++) {
      for (let i = 0; i < d; i++) {
        const angle = (i * DEG2RAD_BY_360) / d
        dftSin[d * 50 + i] = Math.sin(angle)
        dftCos[d * 50 + i] = Math.cos(angle)
      }
    }
  }
  return [dftSin, dftCos]
}

// Price WMA: running sub-total, weighted sum, trailing value.
const WSUB = 0
const WSUM = 1
const WTRAIL = 2
const HIDX = 3
// Four Hilbert filters (detrender, Q1, jI, jQ), 11 slots each: odd[3], even[3], value, prevOdd, prevEven,
// prevInputOdd, prevInputEven.
const DET = 4
const Q1 = 15
const JI = 26
const JQ = 37
const F_VALUE = 6
const F_PREV_ODD = 7
const F_PREV_EVEN = 8
const F_PREV_IN_ODD = 9
const F_PREV_IN_EVEN = 10
const PERIOD = 48
const PREV_I2 = 49
const PREV_Q2 = 50
const RE = 51
const IM = 52
const I1_ODD3 = 53
const I1_EVEN3 = 54
const I1_ODD2 = 55
const I1_EVEN2 = 56

/** Output slots of the state, read by the indicator wrappers. @internal */
export const HT = {
  /** Smoothed dominant cycle period (HT_DCPERIOD). */
  SMOOTH_PERIOD: 57,
  /** Dominant cycle phase in degrees (HT_DCPHASE). */
  DC_PHASE: 58,
  /** Previous bar's DC phase. */
  PREV_DC_PHASE: 59,
  /** Sine of the DC phase (HT_SINE). */
  SINE: 60,
  /** Sine of the DC phase + 45° (HT_SINE). */
  LEAD_SINE: 61,
  /** Previous sine / lead sine (HT_TRENDMODE). */
  PREV_SINE: 62,
  PREV_LEAD_SINE: 63,
  /** Instantaneous trendline (HT_TRENDLINE). */
  TRENDLINE: 64,
  ITREND1: 65,
  ITREND2: 66,
  ITREND3: 67,
  /** Bars since the last sine/lead-sine crossing (HT_TRENDMODE). */
  DAYS_IN_TREND: 68,
  /** 1 trend, 0 cycle (HT_TRENDMODE). */
  TREND: 69,
  /** Phasor components of this bar (HT_PHASOR). */
  IN_PHASE: 70,
  QUADRATURE: 71,
  /** Phase of the in-phase/quadrature pair in degrees (MAMA). */
  PHASE: 72,
  /** Previous bar's MAMA phase. */
  PREV_PHASE: 73,
  /** MAMA and FAMA lines. */
  MAMA: 74,
  FAMA: 75,
} as const

/** Length of the Hilbert state vector. @internal */
export const HT_STATE = 76

/** Bars consumed before the first output of MAMA, HT_DCPERIOD and HT_PHASOR. @internal */
export const HT_LOOKBACK_SHORT = 32
/** Bars consumed before the first output of HT_DCPHASE, HT_SINE, HT_TRENDLINE and HT_TRENDMODE. @internal */
export const HT_LOOKBACK_LONG = 63

function hilbert(s: Float64Array, f: number, input: number, even: boolean, adjustedPrevPeriod: number): number {
  const hidx = s[HIDX] as number
  const slot = f + (even ? 3 : 0) + hidx
  const prevSlot = f + (even ? F_PREV_EVEN : F_PREV_ODD)
  const prevInSlot = f + (even ? F_PREV_IN_EVEN : F_PREV_IN_ODD)
  const t = A * input
  let v = -(s[slot] as number)
  s[slot] = t
  v += t
  v -= s[prevSlot] as number
  const p = B * (s[prevInSlot] as number)
  s[prevSlot] = p
  v += p
  s[prevInSlot] = input
  v *= adjustedPrevPeriod
  s[f + F_VALUE] = v
  return v
}

/**
 * Advances the Hilbert state by input `value` at bar index `t` (0-based). TA-Lib alternates two symmetric
 * filter banks on even and odd bars, so which bank starts does not change any value. Bars 0–2 seed the 4-bar price WMA, the next `prime` bars only run
 * the WMA (9 for the 32-bar family, 34 for the 63-bar family), then every bar runs the full transform:
 * detrender, in-phase/quadrature, homodyne period (clamped, smoothed), smoothed period, DC phase from a
 * DFT of the smoothed prices, sine/lead sine, instantaneous trendline and trend mode (the last four only for
 * the 63-bar family, `prime` 34), MAMA phase.
 * `smooth` and `raw` are the 50-slot rings (slot `t % 50`). Returns `true` when the full transform ran.
 * @internal
 */
export function hilbertStep(
  s: Float64Array,
  smooth: Float64Array,
  raw: Float64Array,
  t: number,
  value: number,
  prime: number,
): boolean {
  const slot = t % HT_RING
  raw[slot] = value
  if (t < 3) {
    if (t === 0) {
      s[WSUB] = value
      s[WSUM] = value
    } else {
      s[WSUB] = (s[WSUB] as number) + value
      s[WSUM] = (s[WSUM] as number) + value * (t === 1 ? 2.0 : 3.0)
    }
    s[WTRAIL] = 0
    return false
  }
  // DO_PRICE_WMA
  let sub = (s[WSUB] as number) + value
  sub -= s[WTRAIL] as number
  let sum = (s[WSUM] as number) + value * 4.0
  s[WTRAIL] = raw[(t - 3) % HT_RING] as number
  const smoothed = sum * 0.1
  sum -= sub
  s[WSUB] = sub
  s[WSUM] = sum
  if (t < 3 + prime) return false

  const period0 = s[PERIOD] as number
  const adj = 0.075 * period0 + 0.54
  smooth[slot] = smoothed
  const even = t % 2 === 0
  let q2: number
  let i2: number
  if (even) {
    const det = hilbert(s, DET, smoothed, true, adj)
    const q1 = hilbert(s, Q1, det, true, adj)
    const i1 = s[I1_EVEN3] as number
    const ji = hilbert(s, JI, i1, true, adj)
    const jq = hilbert(s, JQ, q1, true, adj)
    const h = (s[HIDX] as number) + 1
    s[HIDX] = h === 3 ? 0 : h
    q2 = 0.2 * (q1 + ji) + 0.8 * (s[PREV_Q2] as number)
    i2 = 0.2 * (i1 - jq) + 0.8 * (s[PREV_I2] as number)
    s[HT.QUADRATURE] = q1
    s[HT.IN_PHASE] = i1
    s[I1_ODD3] = s[I1_ODD2] as number
    s[I1_ODD2] = det
    s[HT.PHASE] = i1 !== 0.0 ? Math.atan(q1 / i1) * RAD2DEG : 0.0
  } else {
    const det = hilbert(s, DET, smoothed, false, adj)
    const q1 = hilbert(s, Q1, det, false, adj)
    const i1 = s[I1_ODD3] as number
    const ji = hilbert(s, JI, i1, false, adj)
    const jq = hilbert(s, JQ, q1, false, adj)
    q2 = 0.2 * (q1 + ji) + 0.8 * (s[PREV_Q2] as number)
    i2 = 0.2 * (i1 - jq) + 0.8 * (s[PREV_I2] as number)
    s[HT.QUADRATURE] = q1
    s[HT.IN_PHASE] = i1
    s[I1_EVEN3] = s[I1_EVEN2] as number
    s[I1_EVEN2] = det
    s[HT.PHASE] = i1 !== 0.0 ? Math.atan(q1 / i1) * RAD2DEG : 0.0
  }
  const prevI2 = s[PREV_I2] as number
  const prevQ2 = s[PREV_Q2] as number
  const re = 0.2 * (i2 * prevI2 + q2 * prevQ2) + 0.8 * (s[RE] as number)
  const im = 0.2 * (i2 * prevQ2 - q2 * prevI2) + 0.8 * (s[IM] as number)
  s[RE] = re
  s[IM] = im
  s[PREV_Q2] = q2
  s[PREV_I2] = i2
  let period = period0
  if (im !== 0.0 && re !== 0.0) period = 360.0 / (Math.atan(im / re) * RAD2DEG)
  let lim = 1.5 * period0
  if (period > lim) period = lim
  lim = 0.67 * period0
  if (period < lim) period = lim
  if (period < 6) period = 6
  else if (period > 50) period = 50
  period = 0.2 * period + 0.8 * period0
  s[PERIOD] = period
  const smoothPeriod = 0.33 * period + 0.67 * (s[HT.SMOOTH_PERIOD] as number)
  s[HT.SMOOTH_PERIOD] = smoothPeriod
  if (prime < 34) return true

  // DC phase (HT_DCPHASE, HT_SINE, HT_TRENDMODE)
  const prevDcPhase = s[HT.DC_PHASE] as number
  s[HT.PREV_DC_PHASE] = prevDcPhase
  const dcPeriodInt = Math.trunc(smoothPeriod + 0.5)
  let realPart = 0.0
  let imagPart = 0.0
  let idx = slot
  const [sin, cos] = dftTables()
  const row = dcPeriodInt * 50
  for (let i = 0; i < dcPeriodInt; i++) {
    const v = smooth[idx] as number
    realPart += (sin[row + i] as number) * v
    imagPart += (cos[row + i] as number) * v
    idx = idx === 0 ? HT_RING - 1 : idx - 1
  }
  let dcPhase = prevDcPhase
  const absImag = Math.abs(imagPart)
  if (absImag > 0.0) dcPhase = Math.atan(realPart / imagPart) * RAD2DEG
  else if (absImag <= 0.01) {
    if (realPart < 0.0) dcPhase -= 90.0
    else if (realPart > 0.0) dcPhase += 90.0
  }
  dcPhase += 90.0
  dcPhase += 360.0 / smoothPeriod
  if (imagPart < 0.0) dcPhase += 180.0
  if (dcPhase > 315.0) dcPhase -= 360.0
  s[HT.DC_PHASE] = dcPhase
  const prevSine = s[HT.SINE] as number
  const prevLeadSine = s[HT.LEAD_SINE] as number
  s[HT.PREV_SINE] = prevSine
  s[HT.PREV_LEAD_SINE] = prevLeadSine
  const sine = Math.sin(dcPhase * DEG2RAD)
  const leadSine = Math.sin((dcPhase + 45) * DEG2RAD)
  s[HT.SINE] = sine
  s[HT.LEAD_SINE] = leadSine

  // Instantaneous trendline (HT_TRENDLINE, HT_TRENDMODE)
  let avg = 0.0
  idx = slot
  for (let i = 0; i < dcPeriodInt; i++) {
    avg += raw[idx] as number
    idx = idx === 0 ? HT_RING - 1 : idx - 1
  }
  if (dcPeriodInt > 0) avg = avg / dcPeriodInt
  const it1 = s[HT.ITREND1] as number
  const it2 = s[HT.ITREND2] as number
  const it3 = s[HT.ITREND3] as number
  const trendline = (4.0 * avg + 3.0 * it1 + 2.0 * it2 + it3) / 10.0
  s[HT.ITREND3] = it2
  s[HT.ITREND2] = it1
  s[HT.ITREND1] = avg
  s[HT.TRENDLINE] = trendline

  // Trend mode (HT_TRENDMODE)
  let trend = 1
  if ((sine > leadSine && prevSine <= prevLeadSine) || (sine < leadSine && prevSine >= prevLeadSine)) {
    s[HT.DAYS_IN_TREND] = 0
    trend = 0
  }
  const days = (s[HT.DAYS_IN_TREND] as number) + 1
  s[HT.DAYS_IN_TREND] = days
  if (days < 0.5 * smoothPeriod) trend = 0
  const dPhase = dcPhase - prevDcPhase
  if (smoothPeriod !== 0.0 && dPhase > (0.67 * 360.0) / smoothPeriod && dPhase < (1.5 * 360.0) / smoothPeriod) trend = 0
  if (trendline !== 0.0 && Math.abs((smoothed - trendline) / trendline) >= 0.015) trend = 1
  s[HT.TREND] = trend
  return true
}

/**
 * Runs {@link hilbertStep} over `values` and calls `emit(s, i)` after each bar that ran the full transform.
 * @internal
 */
export function hilbertRun(
  values: ArrayLike<number>,
  n: number,
  prime: number,
  emit: (s: Float64Array, i: number) => void,
): void {
  const s = new Float64Array(HT_STATE)
  const smooth = new Float64Array(HT_RING)
  const raw = new Float64Array(HT_RING)
  for (let i = 0; i < n; i++) {
    if (hilbertStep(s, smooth, raw, i, values[i] as number, prime)) emit(s, i)
  }
}

/**
 * Streaming base of the Hilbert-transform indicators: the state vector plus the two price rings, saved
 * and restored by {@link StateStream} for `replace`. Subclasses read their outputs from the state in
 * {@link HilbertStream.read}.
 * @internal
 */
export abstract class HilbertStream<Out> extends StateStream<number, Out> {
  protected constructor(
    name: string,
    options: Readonly<Record<string, unknown>>,
    readonly lookback: number,
    private readonly prime: number,
  ) {
    super(name, options, new Float64Array(HT_STATE), { count: 2, length: HT_RING })
  }

  /** Output for the bar just consumed; `ran` is `false` while the WMA is still priming. */
  protected abstract read(ran: boolean, value: number): Out

  protected step(value: number): Out {
    const ran = hilbertStep(
      this.s,
      this.rings[0] as Float64Array,
      this.rings[1] as Float64Array,
      this.count - 1,
      value,
      this.prime,
    )
    return this.read(ran, value)
  }
}
