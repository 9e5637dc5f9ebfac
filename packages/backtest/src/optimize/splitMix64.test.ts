import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { SplitMix64 } from './splitMix64.js'

// Oracle: the reference outputs published on Rosetta Code's "Pseudo-random numbers/Splitmix64" task
// (computed there from Vigna's C reference, https://prng.di.unimi.it/splitmix64.c).
describe('SplitMix64', () => {
  it('reproduces the published sequence for seed 1234567', () => {
    const rng = new SplitMix64(1234567)
    expect([rng.nextBigInt(), rng.nextBigInt(), rng.nextBigInt(), rng.nextBigInt(), rng.nextBigInt()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ])
  })

  it('reproduces the published floor(5·x) counts of 100 000 floats for seed 987654321', () => {
    const rng = new SplitMix64(987654321)
    const counts = [0, 0, 0, 0, 0]
    for (let i = 0; i < 100_000; i++) counts[rng.nextInt(5)]!++
    expect(counts).toEqual([20027, 19892, 20073, 19978, 20030])
  })

  it('takes bigint seeds modulo 2^64 and matches the number seed', () => {
    const a = new SplitMix64(1234567)
    const b = new SplitMix64(1234567n + (1n << 64n))
    for (let i = 0; i < 10; i++) expect(a.next()).toBe(b.next())
  })

  it('rejects seeds that are not non-negative safe integers', () => {
    for (const seed of [-1, 1.5, Number.NaN, 2 ** 53]) {
      try {
        new SplitMix64(seed)
        expect.unreachable()
      } catch (e) {
        expect(isAitradeError(e) && e.code).toBe('INVALID_ARGUMENT')
        expect((e as Error).message).toContain('"seed"')
      }
    }
  })
})
