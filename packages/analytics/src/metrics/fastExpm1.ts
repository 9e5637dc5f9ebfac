/**
 * `eˣ − 1` for the hot loops of the rolling metrics, about twice as fast as `Math.expm1` in V8 and within
 * 2 ulp of it. Internal module.
 *
 * @module
 */

// 2^(j/32) for j = 0…31 as an unevaluated sum HI[j] + LO[j] (HI the nearest double, LO the nearest double to the
// rest), computed with 60-digit decimal arithmetic (Python `decimal`: `(Decimal(j) / 32 * Decimal(2).ln()).exp()`).
const HI = new Float64Array([
  1,
  1.0218971486541166,
  1.0442737824274138,
  1.0671404006768237,
  1.0905077326652577,
  1.1143867425958924,
  1.1387886347566916,
  1.1637248587775775,
  1.189207115002721,
  1.215247359980469,
  1.241857812073484,
  1.2690509571917332,
  1.2968395546510096,
  1.3252366431597413,
  1.3542555469368927,
  1.383909881963832,
  Math.SQRT2,
  1.4451808069770467,
  1.4768261459394993,
  1.5091644275934228,
  1.5422108254079407,
  1.5759808451078865,
  1.6104903319492543,
  1.645755478153965,
  1.681792830507429,
  1.718619298122478,
  1.7562521603732995,
  1.7947090750031072,
  1.8340080864093424,
  1.8741676341103,
  1.9152065613971474,
  1.9571441241754002,
])
const LO = new Float64Array([
  0, 5.109225028973444e-17, 8.551889705537965e-17, -7.899853966841582e-17, -3.046782079812471e-17,
  1.0410278456845571e-16, 8.912812676025408e-17, 3.8292048369240935e-17, 3.982015231465646e-17, -7.712630692681488e-17,
  4.658027591836937e-17, 2.667932131342186e-18, 2.5382502794888315e-17, -2.8587312100388614e-17, 7.70094837980299e-17,
  -6.770511658794786e-17, -9.667293313452913e-17, -3.0237581349939873e-17, -3.483994556892796e-17,
  -1.016455327754295e-16, 7.949834809697621e-17, -1.0136916471278304e-17, 2.4707192569797888e-17,
  -1.0125679913674773e-16, 8.199010020581497e-17, -1.851380418263111e-17, 2.960140695448873e-17, 1.8227458427912087e-17,
  3.283107224245627e-17, -6.122763413004143e-17, -1.0619946056195963e-16, 8.960767791036668e-17,
])
/** 2^e for e = −64…64 (index e + 64). */
const POW2 = Float64Array.from({ length: 129 }, (_, i) => 2 ** (i - 64))
/** 32 / ln 2. */
const INV_STEP = 32 / Math.LN2
/** ln 2 / 32 split as in fdlibm (`ln2_hi` has 32 significant bits, so `k · STEP_HI` is exact for |k| < 2²¹). */
const STEP_HI = 0.6931471803691238 / 32
const STEP_LO = 1.9082149292705877e-10 / 32
/** Adding and subtracting 1.5 · 2⁵² rounds a double of magnitude < 2⁵¹ to the nearest integer. */
const ROUND = 6755399441055744
/** Below this magnitude `expm1(x)` rounds to `x`. */
const TINY = 2 ** -54

/**
 * `eˣ − 1` with relative error below 2 ulp of the correctly rounded value (checked against `Math.expm1`, V8's port
 * of fdlibm). For `|x| < 40` it reduces `x = k·ln2/32 + r` with `|r| ≤ ln2/64`, takes `2^(k/32)` from a
 * double-double table and `e^r − 1` from its degree-7 Taylor polynomial, and subtracts 1 before adding the small
 * terms, so there is no cancellation near 0; elsewhere (and for `NaN`) it calls `Math.expm1`.
 *
 * @param x - Any number.
 * @returns `eˣ − 1` (`x` itself for `|x| < 2⁻⁵⁴`, including `−0`).
 * @see P. T. P. Tang, "Table-driven implementation of the exponential function in IEEE floating-point arithmetic",
 *   ACM TOMS 15(2), 1989 (the 32-entry table method); fdlibm `s_expm1.c` for the split of ln 2.
 * @internal
 */
export function fastExpm1(x: number): number {
  const a = Math.abs(x)
  if (!(a >= TINY && a < 40)) return a < TINY ? x : Math.expm1(x)
  const k = x * INV_STEP + ROUND - ROUND
  const ki = k | 0
  const r = x - k * STEP_HI - k * STEP_LO
  const j = ki & 31
  const scale = POW2[(ki >> 5) + 64]!
  const r2 = r * r
  // e^r − 1 = r + r²/2! + … + r⁷/7!, truncation below 2⁻⁶⁰·|r| for |r| ≤ ln2/64 (Estrin's scheme)
  const p = r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720 + r * (1 / 5040))))
  const hi = HI[j]! * scale
  const lo = LO[j]! * scale
  // 2^(k/32)·e^r − 1 = (hi − 1) + (lo + (hi + lo)·p); hi − 1 is exact where it cancels (Sterbenz)
  return hi - 1 + (lo + (hi + lo) * p)
}
