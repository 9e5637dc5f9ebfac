import { describe, expect, it } from 'vitest'
import { talibRun } from '../../test-support/talibOracle.js'
import { extremeRange, WindowExtreme } from './windowExtreme.js'

/** Seeded series of small integers (many ties) with `NaN`s sprinkled in. */
function series(seed: number, n: number, nanRate: number): number[] {
  let s = seed
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
  return Array.from({ length: n }, () => (next() < nanRate ? Number.NaN : Math.floor(next() * 5)))
}

function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}

describe('windowExtreme (TA-Lib rescan semantics: ties and NaN)', () => {
  it('batch equals TA-Lib MAX/MIN/MAXINDEX/MININDEX and streaming equals batch, with ties and NaNs', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const x = series(seed, 80, seed % 3 === 0 ? 0 : 0.08)
      for (const period of [2, 3, 5]) {
        for (const max of [true, false]) {
          const val = new Float64Array(x.length).fill(Number.NaN)
          const idx = new Float64Array(x.length).fill(Number.NaN)
          extremeRange(x, 0, x.length, period, max, val, idx)
          const t = talibRun(max ? 'MAX' : 'MIN', { inReal: x }, { optInTimePeriod: period }).outReal as Float64Array
          const ti = talibRun(max ? 'MAXINDEX' : 'MININDEX', { inReal: x }, { optInTimePeriod: period })
            .outInteger as Float64Array
          const w = new WindowExtreme(period, max)
          for (let i = 0; i < x.length; i++) {
            w.push(x[i] as number)
            if (i < period - 1) continue
            const where = `seed ${seed} p${period} ${max ? 'max' : 'min'} [${i}]`
            expect(same(val[i] as number, t[i] as number), `${where} value vs TA-Lib`).toBe(true)
            expect(idx[i], `${where} index vs TA-Lib`).toBe(ti[i])
            expect(same(w.value, val[i] as number), `${where} streaming value`).toBe(true)
            expect(w.index, `${where} streaming index`).toBe(idx[i])
          }
        }
      }
    }
  })

  it('plain extreme matches TA-Lib MIDPOINT semantics (NaN only when the oldest value is NaN)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const x = series(seed, 60, 0.1)
      for (const period of [2, 4]) {
        const t = talibRun('MIDPOINT', { inReal: x }, { optInTimePeriod: period }).outReal as Float64Array
        const hi = new WindowExtreme(period, true)
        const lo = new WindowExtreme(period, false)
        for (let i = 0; i < x.length; i++) {
          hi.push(x[i] as number)
          lo.push(x[i] as number)
          if (i >= period - 1)
            expect(same((hi.plain + lo.plain) / 2, t[i] as number), `seed ${seed} p${period} [${i}]`).toBe(true)
        }
      }
    }
  })

  it('rollback undoes a push exactly', () => {
    const x = series(7, 200, 0.05)
    const a = new WindowExtreme(4, true)
    const b = new WindowExtreme(4, true)
    for (let i = 0; i < x.length; i++) {
      a.save()
      a.push((x[(i * 7) % x.length] as number) + 1)
      a.rollback()
      a.save()
      a.push(x[i] as number)
      b.push(x[i] as number)
      expect(same(a.value, b.value) && same(a.index, b.index) && same(a.plain, b.plain), `[${i}]`).toBe(true)
    }
  })
})
