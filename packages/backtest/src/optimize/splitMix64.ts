import { InvalidArgumentError } from '@aitrade/core'

const TWO_32 = 4_294_967_296
const TWO_53 = 9_007_199_254_740_992

/**
 * Low 64 bits of the product of two unsigned 64-bit integers given as 32-bit halves, written into `out`
 * (`out[0]` = high half, `out[1]` = low half). Exact in doubles: every partial product stays below 2^53.
 */
function mul64(ah: number, al: number, bh: number, bl: number, out: Uint32Array): void {
  const a0 = al & 0xffff
  const a1 = al >>> 16
  const b0 = bl & 0xffff
  const b1 = bl >>> 16
  const mid = a0 * b1 + a1 * b0
  const lo = a0 * b0 + (mid % 65_536) * 65_536
  const hi = a1 * b1 + Math.floor(mid / 65_536) + Math.floor(lo / TWO_32) + Math.imul(ah, bl) + Math.imul(al, bh)
  out[0] = hi >>> 0
  out[1] = lo >>> 0
}

/**
 * SplitMix64, the seeded pseudo-random generator of Steele, Lea and Flood (Java's `SplittableRandom`, and the
 * seeder Vigna recommends for xoshiro): a Weyl sequence `state += 0x9E3779B97F4A7C15` mixed by
 * `z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9; z = (z ^ z >>> 27) * 0x94D049BB133111EB; z ^ z >>> 31`.
 * Period 2^64; passes BigCrush. Implemented on 32-bit halves (no `BigInt` in the hot path), so one draw costs a
 * few integer multiplications. Not cryptographic.
 *
 * Every random choice in this package (random search, Monte Carlo resampling) draws from it, so a run is
 * reproducible from its `seed`; `Math.random` is never used.
 *
 * @example
 * ```ts
 * import { SplitMix64 } from '@aitrade/backtest'
 *
 * const rng = new SplitMix64(1234567)
 * rng.nextBigInt() // 6457827717110365317n (the published reference sequence)
 * rng.next() // a float in [0, 1)
 * ```
 * @see Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014
 *   (https://doi.org/10.1145/2660193.2660195); reference C code https://prng.di.unimi.it/splitmix64.c;
 *   reference outputs https://rosettacode.org/wiki/Pseudo-random_numbers/Splitmix64
 */
export class SplitMix64 {
  private hi: number
  private lo: number
  private readonly tmp = new Uint32Array(2)
  private outHi = 0
  private outLo = 0

  /**
   * @param seed - Initial state: an integer in `[0, 2^53)` as a `number`, or any `bigint` (taken modulo 2^64).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `seed` is not a non-negative safe
   *   integer or a bigint.
   */
  constructor(seed: number | bigint) {
    if (typeof seed === 'bigint') {
      const s = BigInt.asUintN(64, seed)
      this.hi = Number(s >> 32n)
      this.lo = Number(s & 0xffffffffn)
    } else {
      if (!Number.isSafeInteger(seed) || seed < 0)
        throw new InvalidArgumentError('seed', `must be a non-negative safe integer or a bigint, got ${seed}`)
      this.hi = Math.floor(seed / TWO_32)
      this.lo = seed % TWO_32
    }
  }

  private step(): void {
    // state += golden gamma 0x9E3779B97F4A7C15
    const lo = this.lo + 0x7f4a7c15
    this.lo = lo >>> 0
    this.hi = (this.hi + 0x9e3779b9 + (lo >= TWO_32 ? 1 : 0)) >>> 0
    const t = this.tmp
    // z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
    let zh = this.hi
    let zl = this.lo
    let sl = ((zl >>> 30) | (zh << 2)) >>> 0
    let sh = zh >>> 30
    mul64((zh ^ sh) >>> 0, (zl ^ sl) >>> 0, 0xbf58476d, 0x1ce4e5b9, t)
    zh = t[0] as number
    zl = t[1] as number
    // z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
    sl = ((zl >>> 27) | (zh << 5)) >>> 0
    sh = zh >>> 27
    mul64((zh ^ sh) >>> 0, (zl ^ sl) >>> 0, 0x94d049bb, 0x133111eb, t)
    zh = t[0] as number
    zl = t[1] as number
    // z ^ (z >>> 31)
    this.outLo = (zl ^ ((zl >>> 31) | (zh << 1))) >>> 0
    this.outHi = (zh ^ (zh >>> 31)) >>> 0
  }

  /**
   * The next output as a float: its top 53 bits divided by 2^53.
   *
   * @returns A number in `[0, 1)`.
   */
  next(): number {
    this.step()
    return (this.outHi * 2_097_152 + (this.outLo >>> 11)) / TWO_53
  }

  /**
   * A uniform integer in `[0, n)` (`floor(next() * n)`).
   *
   * @param n - Exclusive upper bound, a positive safe integer.
   * @returns An integer in `[0, n)`.
   */
  nextInt(n: number): number {
    return Math.floor(this.next() * n)
  }

  /**
   * The next raw 64-bit output.
   *
   * @returns An unsigned 64-bit integer as a `bigint`.
   */
  nextBigInt(): bigint {
    this.step()
    return (BigInt(this.outHi) << 32n) | BigInt(this.outLo)
  }
}
