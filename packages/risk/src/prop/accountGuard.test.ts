import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { AccountGuard } from './accountGuard.js'
import type { ChallengeViolation } from './challengeEvaluator.js'

const personal = {
  initialBalance: 10_000,
  timeZone: 'America/New_York',
  resetTime: '17:00',
  maxDailyLoss: { fraction: 0.05, basis: 'dayAnchor' as const, mode: 'pause' as const },
  maxLoss: { fraction: 0.2, basis: 'peak' as const, mode: 'trailingIntraday' as const },
}

describe('AccountGuard', () => {
  it('daily loss halts until the next trading day, then resumes; events fire once', () => {
    const g = new AccountGuard(personal)
    const events: string[] = []
    g.on('breach', (v) => events.push(`breach:${v.rule}`))
    g.on('stateChange', (s, p) => events.push(`${p}->${s}`))
    g.on('dayStart', () => events.push('day'))
    g.update({ time: Date.UTC(2024, 0, 8, 15), balance: 10_000, equity: 9_600 })
    expect(g.state).toBe('active')
    g.update({ time: Date.UTC(2024, 0, 8, 16), balance: 9_499, equity: 9_499 }) // floor 9 500
    g.update({ time: Date.UTC(2024, 0, 8, 17), balance: 9_400, equity: 9_400 })
    expect(g.state).toBe('halted')
    const cx = ctx({ positions: [position('XYZ', 'long', 1, 100)] })
    expect(g.check.check(order(), cx).action).toBe('reject')
    expect(g.check.check(order({ side: 'sell' }), cx).action).toBe('allow')
    g.update({ time: Date.UTC(2024, 0, 8, 22, 1), balance: 9_400, equity: 9_400 }) // 17:01 New York
    expect(g.state).toBe('active')
    expect(events).toEqual(['breach:maxDailyLoss', 'active->halted', 'day', 'halted->active'])
    // next day's floor is 5 % below 9 400
    expect(g.limits.dailyLossFloor!.toString()).toBe('8930')
  })

  it('max drawdown (20 % from the equity peak) halts for good', () => {
    const g = new AccountGuard(personal)
    g.update({ time: Date.UTC(2024, 0, 8, 15), balance: 10_000, equity: 12_000 })
    expect(g.limits.maxLossFloor!.toString()).toBe('9600')
    g.update({ time: Date.UTC(2024, 0, 9, 15), balance: 10_000, equity: 11_000 })
    g.update({ time: Date.UTC(2024, 0, 10, 15), balance: 10_000, equity: 10_500 })
    g.update({ time: Date.UTC(2024, 0, 11, 15), balance: 9_599, equity: 9_599 })
    expect(g.state).toBe('halted')
    g.update({ time: Date.UTC(2024, 0, 12, 15), balance: 9_599, equity: 9_599 })
    expect(g.state).toBe('halted')
    expect(() => g.resume()).toThrow(/fail rule/)
  })

  it('property: a breach is reported exactly when equity first crosses the floor in force', () => {
    const g0 = { initialBalance: 50_000, maxLoss: { amount: 2_500, mode: 'trailingIntraday' as const } }
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1500, max: 1500 }), { minLength: 1, maxLength: 80 }), (moves) => {
        const g = new AccountGuard(g0)
        const seen: ChallengeViolation[] = []
        g.on('breach', (v) => seen.push(v))
        let eq = 50_000
        let t = 0
        let floorBefore = g.limits.maxLossFloor!
        let crossedAt = -1
        moves.forEach((m, i) => {
          eq += m
          t += 60_000
          // independent oracle: peak-based floor; crossing happens when equity < max(floor before, peak − 2 500)
          const floorNow = Math.max(floorBefore.toNumber(), eq - 2_500)
          if (crossedAt < 0 && eq < floorNow) crossedAt = i
          g.update({ time: t, balance: eq, equity: eq })
          if (crossedAt < 0 || crossedAt === i) floorBefore = g.limits.maxLossFloor!
          if (i === crossedAt) expect(seen).toHaveLength(1)
          if (crossedAt < 0) expect(seen).toHaveLength(0)
        })
        expect(seen.length).toBe(crossedAt < 0 ? 0 : 1)
        if (crossedAt >= 0) expect(seen[0]!.time).toBe((crossedAt + 1) * 60_000)
      }),
      { numRuns: 500 },
    )
  })
})
