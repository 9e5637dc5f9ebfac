import { Decimal, isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { exposureBreakdown } from './exposureBreakdown.js'

function expectError(fn: () => unknown, msg: RegExp) {
  let err: unknown
  try {
    fn()
  } catch (e) {
    err = e
  }
  expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
  expect((err as Error).message).toMatch(msg)
}

describe('exposureBreakdown (hand-worked)', () => {
  const positions = [
    { symbol: 'AAPL', side: 'long' as const, amount: new Decimal(10), markPrice: new Decimal(150), sector: 'Tech' },
    { symbol: 'MSFT', side: 'long' as const, amount: 2, markPrice: 300, sector: 'Tech' },
    { symbol: 'XOM', side: 'short' as const, amount: 5, markPrice: 100 },
    {
      symbol: 'EUR/USD',
      side: 'short' as const,
      amount: 0.1,
      markPrice: 1.1,
      contractSize: 100_000,
      assetClass: 'forex',
    },
  ]

  it('groups by sector with label maps, totals, weights and Herfindahl', () => {
    const b = exposureBreakdown(positions, { by: 'sector', sectors: { XOM: 'Energy' }, equity: 20_000 })
    // Tech long 1500 + 600 = 2100; Energy short 500; unclassified (EUR/USD) short 11 000
    expect(b.groups.map((g) => [g.key, g.long, g.short])).toEqual([
      ['unclassified', 0, 11_000],
      ['Tech', 2100, 0],
      ['Energy', 0, 500],
    ])
    const gross = 13_600
    expect(b.total).toMatchObject({ long: 2100, short: 11_500, net: 2100 - 11_500, gross })
    expect(b.total.netFraction).toBeCloseTo((2100 - 11_500) / 20_000, 15)
    const hhi = (11_000 / gross) ** 2 + (2100 / gross) ** 2 + (500 / gross) ** 2
    expect(b.herfindahl).toBeCloseTo(hhi, 15)
    expect(b.effectiveCount).toBeCloseTo(1 / hhi, 12)
  })

  it('by symbol: one group per symbol; by asset class uses the map, else unclassified', () => {
    expect(exposureBreakdown(positions).groups).toHaveLength(4)
    const a = exposureBreakdown(positions, {
      by: 'assetClass',
      assetClasses: { AAPL: 'stock', MSFT: 'stock', XOM: 'stock' },
    })
    expect(a.groups.map((g) => g.key).sort()).toEqual(['forex', 'stock'])
    expect(a.total.netFraction).toBeNaN()
  })

  it('an empty book has NaN concentration; bad positions are rejected by index', () => {
    expect(exposureBreakdown([]).herfindahl).toBeNaN()
    expectError(
      () => exposureBreakdown([{ symbol: 'X', side: 'long', amount: 0, markPrice: 1 }]),
      /positions\[0\]\.amount/,
    )
    expectError(() => exposureBreakdown([{ symbol: 'X', side: 'up' as 'long', amount: 1, markPrice: 1 }]), /side/)
    expectError(() => exposureBreakdown([], { equity: -1 }), /equity/)
    expectError(() => exposureBreakdown([], { by: 'region' as 'symbol' }), /by/)
  })
})
