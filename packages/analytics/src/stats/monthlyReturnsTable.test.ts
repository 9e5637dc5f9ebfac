import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { monthlyReturnsTable } from './monthlyReturnsTable.js'

const DAY = 86_400_000

describe('monthlyReturnsTable', () => {
  it("empyrical's simple_benchmark fixture: Jan 0.01, Feb 0.030301, year 0.04060401", () => {
    // empyrical tests/test_stats.py: simple_benchmark = [0, 1, 0, 1, 0, 1, 0, 1, 0] / 100 daily from 2000-01-30;
    // test_aggregate_returns expects monthly [0.01, 0.030301] and yearly [0.04060401].
    const r = [0, 1, 0, 1, 0, 1, 0, 1, 0].map((x) => x / 100)
    const t = r.map((_, i) => Date.UTC(2000, 0, 30) + i * DAY)
    const m = monthlyReturnsTable(r, t)
    expect(m.years).toEqual([2000])
    expect(m.months[0]?.[0]).toBeCloseTo(0.01, 14)
    expect(m.months[0]?.[1]).toBeCloseTo(0.030301, 14)
    for (let k = 2; k < 12; k++) expect(m.months[0]?.[k]).toBeNaN()
    expect(m.yearly[0]).toBeCloseTo(0.04060401, 14)
  })

  it('spans years with gaps: months without data stay NaN, NaN returns count as 0', () => {
    const t = [
      Date.UTC(2021, 11, 30),
      Date.UTC(2021, 11, 31),
      Date.UTC(2022, 2, 1),
      Date.UTC(2022, 2, 2),
      Date.UTC(2023, 0, 3),
    ]
    const m = monthlyReturnsTable([0.1, -0.1, Number.NaN, 0.2, -0.5], t)
    expect(m.years).toEqual([2021, 2022, 2023])
    expect(m.months[0]?.[11]).toBeCloseTo(1.1 * 0.9 - 1, 14)
    expect(m.months[1]?.[2]).toBeCloseTo(0.2, 14)
    expect(m.months[1]?.[0]).toBeNaN()
    expect(m.yearly[1]).toBeCloseTo(0.2, 14)
    expect(m.yearly[2]).toBeCloseTo(-0.5, 14)
  })

  it('rejects mismatched lengths', () => {
    let err: unknown
    try {
      monthlyReturnsTable([0.1], [])
    } catch (e) {
      err = e
    }
    expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
    expect((err as Error).message).toMatch(/times/)
  })
})
